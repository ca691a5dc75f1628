/**
 * An organisation's shop, help or docs sub-domain whose header logo links to the main site's home:
 * the sub-domain is the organisation's own (not a tenant of a platform), its logo and contacts are
 * kept, and the main site's home page is the website. Page invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("an organisation's own sub-domain", () => {
  it("keeps a co-op shop's contacts and takes the main site as its website", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Basket</title>
      <meta property="og:type" content="product"><meta property="og:title" content="Wholemeal Flour, 1.5kg">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Wholemeal Flour, 1.5kg"}</script>
      </head><body>
      <header><a href="https://ashgrovecoop.org"><img src="/static/ashgrove-logo.png" alt="Ashgrove Food Co-operative"></a></header>
      <main><h1>Wholemeal Flour, 1.5kg</h1><p>£2.10</p></main>
      <footer><p>Ashgrove Food Co-operative, 9 Elm Row, Leeds LS6 2AA · 0113 496 0388 ·
      <a href="mailto:shop@ashgrovecoop.org">shop@ashgrovecoop.org</a></p>
      <p>© 2026 Ashgrove Food Co-operative Ltd.</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://shop.ashgrovecoop.org/products/wholemeal-flour');
    expect(r.name).toBe('Ashgrove Food Co-operative');
    expect(r.url).toBe('https://ashgrovecoop.org/');
    expect(r.logo).toBe('https://shop.ashgrovecoop.org/static/ashgrove-logo.png');
    expect(r.emails).toEqual(['shop@ashgrovecoop.org']);
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['01134960388']);
  });

  it("keeps a docs sub-domain's own accounts when the domain spells its name in the plural", () => {
    const html = `<!doctype html><html lang="en"><head><title>Home | Docs</title>
      <meta property="og:site_name" content="Marsh County Library Network"></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Marsh County Library Network"></a>
      <a href="https://marshcountylibraries.org">Main site</a> <a href="https://github.com/marsh-libraries">GitHub</a></header>
      <main><h1>Home</h1><p>Guides for staff.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://docs.marshcountylibraries.org/');
    expect(r.url).toBe('https://marshcountylibraries.org/');
    expect(r.socials).toEqual(['https://github.com/marsh-libraries']);
  });
});
