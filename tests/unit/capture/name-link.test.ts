/**
 * A page that writes its subject's name as a link away from the page gives that link as the
 * subject's website — not a supported body's name inside a longer name, not a reference record.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("the subject's name as a link", () => {
  it('takes the link on the name as its website', () => {
    const r = extractFromHtml(
      page(
        'Cedar Valley Food Bank – Partners',
        `<h1>Cedar Valley Food Bank</h1>
<p><a href="https://cedarvalleyfood.example.org/">Cedar Valley Food Bank</a> is supported by
<a href="https://millers.example.com/">Miller's Grocers</a>.</p>`,
      ),
      'https://partners.example.net/food-banks/cedar-valley',
    );
    expect(r.url).toBe('https://cedarvalleyfood.example.org/');
  });

  it('takes a link on most of the name, as a sentence writes it', () => {
    const r = extractFromHtml(
      page(
        'The 2027 Harbour Half Marathon',
        `<h1>The 2027 Harbour Half Marathon</h1>
<p>The 2027 <a href="https://harbourhalf.example/race/">Harbour Half Marathon</a> starts at the quay.</p>`,
      ),
      'https://events.example.org/2027/harbour-half',
    );
    expect(r.url).toBe('https://harbourhalf.example/race/');
  });

  it("does not take the link on a supported body's name inside the subject's", () => {
    const r = extractFromHtml(
      page(
        'Friends of Alder Street Library Association',
        `<h1>Friends of Alder Street Library Association</h1>
<p>We support <a href="https://alderstreetlibrary.example.gov/">Alder Street Library</a>.</p>
<p>See also <a href="https://en.wikipedia.org/wiki/Friends_of_Alder_Street_Library_Association">Friends of Alder Street Library Association</a>.</p>`,
      ),
      'https://directory.example.net/groups/friends-of-alder-street-library',
    );
    expect(r.url).toBeUndefined();
  });

  it('takes a link after "URL:" as the website', () => {
    const r = extractFromHtml(
      page(
        'Atelier Lumière',
        `<h1>Atelier Lumière</h1>
Contact details: 12 rue des Lilas, 69003 Lyon
URL: <a href="http://www.atelierlumiere.example">www.atelierlumiere.example</a>`,
      ),
      'https://annuaire.example.org/associations/atelier-lumiere',
    );
    expect(r.url).toBe('http://www.atelierlumiere.example/');
  });

  it('takes the one link that says it is the official website among several website links', () => {
    const r = extractFromHtml(
      page(
        'Lough Derg Cycle Trail',
        `<h1>Lough Derg Cycle Trail</h1><p>Ninety kilometres around the lake.</p>
<a href="https://www.loughdergtrail.example.ie/en">Official Website</a>
<div class="event"><h2>Event: Autumn Ride</h2><a href="https://www.loughdergtrail.example.ie/events/autumn">Event Website</a></div>
<div><h2>Portroe Café</h2><a href="https://portroecafe.example.ie">Website</a></div>
<div><h2>Dromineer Boats</h2><a href="https://dromineerboats.example.ie">Website</a></div>`,
      ),
      'https://visit.example.org/trails/lough-derg',
    );
    expect(r.url).toBe('https://www.loughdergtrail.example.ie/en');
  });
});
