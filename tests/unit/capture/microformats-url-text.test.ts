/**
 * A card's url property written as text ("bobdylan.com" in a <span class="url">): a parser
 * resolves that text against the page as if it were a path; a reader sees a host name.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (body: string) =>
  `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;

describe("a card's website written as text", () => {
  it('reads a host name written in a classic card as that site, not a page beside this one', () => {
    const r = extractFromHtml(
      page(`<table class="infobox vcard"><tr><th class="fn">Marta Quill</th></tr>
<tr><th>Born</th><td>1961</td></tr>
<tr><th>Website</th><td><span class="url"><a class="external" href="http://martaquill.co.uk">martaquill<wbr>.co.uk</a></span></td></tr></table>`),
      'https://encyclopedia.example.org/wiki/Marta_Quill',
    );
    expect(r.url).toBe('http://martaquill.co.uk/');
  });

  it('keeps a relative page address written as a card url', () => {
    const r = extractFromHtml(
      page(
        `<div class="h-card"><a class="p-name u-url" href="about.html">Harrow Lane Library</a></div>`,
      ),
      'https://harrowlane.example.org/visit/',
    );
    expect(r.url).toBe('https://harrowlane.example.org/visit/about.html');
  });
});
