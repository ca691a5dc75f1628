/**
 * Logos that are someone else's in the header: a parent body's or sister brand's logo marked as
 * a logo but linking to its own domain under its own name, and an unlinked trust mark whose file
 * says logo and whose alt names its issuer. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("someone else's logo in the header", () => {
  it("does not take a county's logo linking to the county's site as its library's logo", () => {
    const html = `<!doctype html><html lang="en"><head><title>Branches | Marlow Vale Libraries</title></head><body>
      <header><a href="https://www.marlowvale-county.example/" class="county-logo"><img src="/img/county.svg" alt="Marlow Vale County Council"></a>
      <a href="/" class="site-name">Marlow Vale Libraries</a></header>
      <main><h1>Branches</h1><p>Six branches across the county.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.marlowvalelibraries.example/branches/');
    expect(r.logo).toBeUndefined();
  });

  it("takes the logo linking home over an accreditation's unlinked mark", () => {
    const html = `<!doctype html><html lang="en"><head><title>Visit | Oakhurst Mill Museum</title></head><body>
      <header><div class="top"><img src="/img/quality-mark-logo.png" alt="Accredited by the Heritage Standards Board"></div>
      <a href="/"><img src="/img/om-2024.svg" alt="Oakhurst Mill Museum — back to the start page"></a></header>
      <main><h1>Visit</h1></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.oakhurstmill.example/visit/');
    expect(r.logo).toBe('https://www.oakhurstmill.example/img/om-2024.svg');
  });

  it('keeps an unlinked header logo whose alt is a tagline when nothing else links home', () => {
    const html = `<!doctype html><html lang="en"><head><title>Services | Tillbrook Veterinary Practice</title></head><body>
      <header><img src="/img/tvp-logo.png" alt="Caring for Tillbrook's animals since 1996"></header>
      <main><h1>Services</h1></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.tillbrookvets.example/services/');
    expect(r.logo).toBe('https://www.tillbrookvets.example/img/tvp-logo.png');
  });

  it("keeps a festival microsite's logo linking to its main site under its own name", () => {
    const html = `<!doctype html><html lang="en"><head><title>Line-up | Kelso Harbour Festival</title></head><body>
      <header><a href="https://www.kelsoharbour.example/" class="logo"><img src="/img/khf.png" alt="Kelso Harbour Festival"></a></header>
      <main><h1>Line-up</h1></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.khf2026.example/line-up/');
    expect(r.logo).toBe('https://www.khf2026.example/img/khf.png');
  });
});
