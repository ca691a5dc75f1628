/**
 * Profiles of other organisations on a page — a sponsor's or funder's account beside its logo, a
 * partner's account beside its name — are theirs, not the page's subject's. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("other organisations' social profiles", () => {
  it("keeps a sponsor's account, next to its linked logo, out of the club's socials", () => {
    const html = `<!doctype html><html lang="en"><head><title>Home | Harbourside Rowing Club</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Harbourside Rowing Club"></a></header>
      <main><h1>Welcome</h1><p>Learn to row on Saturday mornings.</p>
      <div class="sponsors"><p>Our sponsors</p>
      <a href="https://www.baysidemarine.example.com/"><img src="/s/bayside.png" alt="Bayside Marine Supplies"></a>
      <a href="https://www.instagram.com/baysidemarinesupplies">@baysidemarinesupplies</a></div></main>
      <footer><a href="https://www.facebook.com/harbourside.rowing">Facebook</a>
      <a href="mailto:crew@harbourside-rowing.org">crew@harbourside-rowing.org</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.harbourside-rowing.org/');
    expect(r.socials).toEqual(['https://www.facebook.com/harbourside.rowing']);
    expect(
      r.candidates.some((c) => c.field === 'socials' && c.value.includes('baysidemarine')),
    ).toBe(true);
  });

  it("does not take a linked picture's caption for another organisation's name", () => {
    const html = `<!doctype html><html lang="en"><head><title>Reading the season's data</title></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Tidewell"></a></header>
      <main><h1>Reading the season's data</h1><p>What the audience told us.</p>
      <a href="https://cdn.filehost.example/blog/season-chart.png"><img src="https://cdn.filehost.example/blog/season-chart-small.png" alt="Season 2026 - Tidewell Insights - Audience Ages"></a></main>
      <footer><div class="footer-social"><a href="https://www.instagram.com/tidewell"><img src="/i/ig.svg" alt="Instagram"></a>
      <a href="https://www.facebook.com/tidewellco"><img src="/i/fb.svg" alt="Facebook"></a></div></footer></body></html>`;
    const r = extractFromHtml(html, 'https://blog.tidewell.example/reading-the-season');
    expect(r.socials).toEqual([
      'https://www.instagram.com/tidewell',
      'https://www.facebook.com/tidewellco',
    ]);
  });

  it("keeps the site's own accounts beside a linked body named after it ('Friends of …')", () => {
    const html = `<!doctype html><html lang="en"><head><title>Opening Hours | Elmfield Public Library</title></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Home"></a></header>
      <main><h1>Opening Hours</h1><table><tr><td>Monday</td><td>9–5</td></tr></table></main>
      <footer><a href="https://www.friendsofelmfield.example/"><img src="/friends.png" alt="Friends of the Elmfield Library"></a>
      <ul class="social-links"><li><a href="https://www.facebook.com/ElmfieldLibrary/" aria-label="Facebook">f</a></li>
      <li><a href="https://www.instagram.com/elmfieldlibrary/" aria-label="Instagram">i</a></li></ul></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.elmfieldlibrary.example/hours');
    expect(r.socials).toEqual([
      'https://www.facebook.com/ElmfieldLibrary/',
      'https://www.instagram.com/elmfieldlibrary/',
    ]);
  });

  it("keeps the page's own subject's account when its name links to its own site", () => {
    const html = `<!doctype html><html lang="en"><head><title>Maple Street Bakery | Local Eats</title>
      <meta property="og:site_name" content="Local Eats"></head><body>
      <header><a href="/"><img src="/le.png" alt="Local Eats"></a></header>
      <main><h1>Maple Street Bakery</h1><p>Sourdough and cinnamon buns since 1998.</p>
      <p><a href="https://maplestreetbakery.example.com/">Maple Street Bakery</a> ·
      <a href="https://www.instagram.com/maplestreetbakery">Instagram</a></p></main>
      <footer><a href="https://twitter.com/localeats">Twitter</a><p>© 2026 Local Eats</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.localeats.example/places/maple-street-bakery');
    expect(r.socials).toContain('https://www.instagram.com/maplestreetbakery');
  });
});
