/**
 * A hosted page's subject linking to its own site without saying "website": the link whose
 * domain the subject's name spells gives its home page; a link to someone else's site does not.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (href: string): string => `<!doctype html><html lang="en"><head>
  <title>Riverside Food Bank | Volunteerly</title>
  <meta property="og:site_name" content="Volunteerly"><meta property="og:title" content="Riverside Food Bank"></head><body>
  <header><a href="https://www.volunteerly.example/"><img src="/v.svg" alt="Volunteerly"></a></header>
  <main><h1>Riverside Food Bank</h1>
  <p>Organised by volunteers from six churches. Read how donations are used <a href="${href}">in our latest report</a>.</p>
  <h2>Open roles</h2><p>Warehouse sorter · Saturday driver</p></main>
  <footer><p>© Volunteerly</p></footer></body></html>`;
const url = 'https://www.volunteerly.example/orgs/riverside-food-bank';

describe("a hosted subject's link to its own site", () => {
  it('takes the home page of the site its name spells', () => {
    const r = extractFromHtml(page('https://www.riversidefoodbank.org/reports/2025-impact'), url);
    expect(r.url).toBe('https://www.riversidefoodbank.org/');
  });

  it("does not take another body's site", () => {
    const r = extractFromHtml(page('https://www.trusselltrustfund.org/reports/2025'), url);
    expect(r.url ?? '').not.toContain('trusselltrustfund');
  });

  it("takes a tenant's header logo link to its own site", () => {
    const html = `<!doctype html><html lang="en"><head><title>Book a court | Westbury Tennis Club</title>
      <meta property="og:site_name" content="Westbury Tennis Club"></head><body>
      <header><a href="https://www.westburytennisclub.org/"><img src="/logo.png" alt="Westbury Tennis Club"></a></header>
      <main><h1>Book a court</h1><p>Courts 1–4, floodlit until 10pm.</p></main>
      <footer><p>Bookings powered by <a href="https://courtly.example/">Courtly</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://westburytennis.courtly.example/book');
    expect(r.url).toBe('https://www.westburytennisclub.org/');
  });
});
