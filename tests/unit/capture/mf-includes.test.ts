/**
 * The microformats include pattern: a classic microformat takes properties written elsewhere in
 * the page by id (itemref, an include link or object, a table cell's headers). Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseDocument } from '../../../lib/capture/parse-html';
import { withIncludes } from '../../../lib/capture/mf-includes';

describe('the microformats include pattern', () => {
  it("reads an event's place from the block its include object names", () => {
    const html = `<!doctype html><html><head><title>Harbour Code Days sessions</title></head><body>
      <div class="vevent"><span class="summary">Accessible forms in practice</span> -
        <time class="dtstart" datetime="2026-10-30T11:45:00+01:00">Fri 11:45</time>
        <object data="#conf" class="include" type="text/html" height="0" width="0"></object></div>
      <div id="conf"><p class="location adr"><span class="locality">Eastvale</span>,
        <span class="country-name">United Kingdom</span></p></div></body></html>`;
    const r = extractFromHtml(html, 'https://codedays.example/sessions');
    expect(r.type).toBe('Event');
    expect(r.address).toEqual({ locality: 'Eastvale', country: 'United Kingdom' });
  });

  it('reads the organisation and its site that every card of a staff table includes', () => {
    const html = `<!doctype html><html><head><title>Tidewell team</title></head><body><table>
      <tr><th id="org"><a class="url org" href="https://dev.tidewell.example/">Tidewell</a></th></tr>
      <tr><td class="vcard" headers="org"><span class="fn">Ada Mensah</span></td></tr>
      <tr><td class="vcard" headers="org"><span class="fn">Ben Okafor</span></td></tr></table></body></html>`;
    const r = extractFromHtml(html, 'https://www.tidewell.example/team');
    expect(r.name).toBe('Tidewell');
    expect(r.url).toBe('https://dev.tidewell.example/');
    expect(r.type).toBe('Organization');
  });

  it('copies an itemref target in once, and never the root into itself', () => {
    const doc =
      parseDocument(`<body><div id="a" class="vevent" itemref="a b b"><span class="summary">Talk</span></div>
      <p id="b"><span class="locality">Eastvale</span></p></body>`);
    const out = withIncludes(doc.getElementById('a')!, doc);
    expect(out.match(/Eastvale/g)).toHaveLength(1);
    expect(out.match(/Talk/g)).toHaveLength(1);
  });
});
