/**
 * A bare page that lists one event (a fragment: its name, a date, its venue, a way to book) is
 * about the event, whatever site it sits on; the title's other segment names that site.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('a bare event listing', () => {
  it('is the event, not the site its title names', () => {
    const r = extractFromHtml(
      page(
        'Paper Boats: Folding the Sea - Tidewater Museum',
        `<div><h2><a href="https://www.tidewatermuseum.org/whatson/paper-boats/">Paper Boats: Folding the Sea</a></h2>
  <p><time datetime="2027-04-03">Sat 3 April 2027</time>–<time datetime="2027-09-26">Sun 26 September 2027</time></p>
  <p>Two hundred boats folded from charts, letters and ledgers, from the museum's archive.</p>
  <a href="https://www.tidewatermuseum.org/whatson/paper-boats/book/">Book tickets</a></div>`,
      ),
      'https://www.tidewatermuseum.org/whatson/paper-boats/',
    );
    expect(r.name).toBe('Paper Boats: Folding the Sea');
    expect(r.type).toBe('Event');
    expect(r.url).toBeUndefined();
  });

  it("reads a labelled listing's name and kind", () => {
    const r = extractFromHtml(
      page(
        'Lanterns on the Quay | Harbour Arts Centre',
        `<div><h1>Lanterns on the Quay</h1>
  <p>A night walk of paper lanterns made by the town's schools.</p>
  <div><strong>Venue:</strong> The North Quay</div>
  <p><strong>Date and Time:</strong><br>March 12, 2027, 7:30 PM</p>
  <div><strong>Tickets:</strong> free</div></div>`,
      ),
      'https://harbourarts.example.org/en/event/2211',
    );
    expect(r.name).toBe('Lanterns on the Quay');
    expect(r.type).toBe('Event');
  });

  it("keeps an organisation's bare page with a founding date and a location an organisation", () => {
    const r = extractFromHtml(
      page(
        'Fenwick Rowing Club',
        `<div><h1>Fenwick Rowing Club</h1>
  <p>Founded: 3 March 1921</p>
  <p>Location: Fenwick, Ayrshire</p>
  <p>Rowing for all ages on the river since 1921.</p></div>`,
      ),
      'https://fenwickrowing.example.org/',
    );
    expect(r.name).toBe('Fenwick Rowing Club');
    expect(r.type).toBe('Organization');
  });

  it("keeps a site's own event page, with its header and footer, the site's", () => {
    const r = extractFromHtml(
      page(
        'Quiz Night | Ashby Community Hall',
        `<header><a href="/"><img src="/logo.png" alt="Ashby Community Hall"></a>
  <nav><a href="/">Home</a> <a href="/events/">Events</a> <a href="/hire/">Hire the hall</a></nav></header>
  <main><h1>Quiz Night</h1><p>Friday 14 May 2027, 7:30 pm</p><p>Teams of up to six.</p>
  <a href="/events/quiz/book">Book tickets</a></main>
  <footer><p>Ashby Community Hall, 12 Mill Lane, Ashby LE65 1AB</p><p>01530 412 987</p></footer>`,
      ),
      'https://www.ashbycommunityhall.org.uk/events/quiz-night/',
    );
    expect(r.name).toBe('Ashby Community Hall');
    expect(r.type).toBe('Organization');
  });

  it("reads a concert's calendar tile and its performers' heading as a listing", () => {
    const r = extractFromHtml(
      page(
        'Sea Symphony – Harbour Concert Hall',
        `<div><h2>Sea Symphony</h2><div><div>Jun<span>14</span></div><div>7:30 PM</div></div>
  <p>The county youth orchestra plays Vaughan Williams.</p>
  <h3>Performers</h3><div><a href="/performer?id=12">County Youth Orchestra</a></div></div>`,
      ),
      'https://www.harbourconcerthall.example.org/events/sea-symphony',
    );
    expect(r.name).toBe('Sea Symphony');
    expect(r.type).toBe('Event');
  });

  it("reads an unmarked first line that the title starts with as the event's name", () => {
    const r = extractFromHtml(
      page(
        'Tidewater Circus - Low Tide High Wire – Centre des arts de la Baie',
        `Tidewater Circus - Low Tide High Wire

Tuesday, April 28, 2027 | 7:00 pm

Salle Principale

Eight acrobats and one musician on a stage built like a harbour wall.

Regular tickets: $38

<a href="https://tickets.example.com/tidewater-circus/20270428">Purchase</a>`,
      ),
      'https://www.centredesartsdelabaie.example.ca/spectacle/tidewater-circus',
    );
    expect(r.name).toBe('Tidewater Circus - Low Tide High Wire');
    expect(r.type).toBe('Event');
    expect(r.url).toBeUndefined();
  });
});
