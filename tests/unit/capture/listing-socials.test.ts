/**
 * Socials on listing pages: a platform whose accounts drop the brand's leading "The" (or its
 * legal form) still owns them, and a profile's event or product cards written as <article>
 * elements do not make the page a news story whose body links are the author's. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('socials on listing pages', () => {
  it("sets aside a platform's promo accounts whose handle drops its leading 'The'", () => {
    const html = `<!doctype html><html lang="en"><head><title>Saltmarsh Kayak Club | The Paddle Post</title>
      <meta property="og:site_name" content="The Paddle Post"><meta property="og:title" content="Saltmarsh Kayak Club"></head><body>
      <header><a href="https://www.thepaddlepost.example/"><img src="/pp.svg" alt="The Paddle Post"></a></header>
      <main><h1>Saltmarsh Kayak Club</h1><p>Organised by volunteers on the Blackwater estuary.</p>
      <p><a href="https://www.instagram.com/saltmarshkayaks/">Instagram</a></p>
      <aside class="promo"><p>Follow us for trips near you</p>
      <a href="https://www.instagram.com/paddlepostapp/">Instagram</a></aside></main>
      <footer><p>© 2026 The Paddle Post Ltd</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.thepaddlepost.example/clubs/saltmarsh-kayak-club');
    expect(r.socials).toEqual(['https://www.instagram.com/saltmarshkayaks/']);
  });

  it("keeps a profile's own links when its events are listed as <article> cards", () => {
    const html = `<!doctype html><html lang="en"><head><title>Northgate Chess Club</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Northgate Chess Club"></a></header>
      <main><h1>Northgate Chess Club</h1><p>Club nights every Tuesday in the library.</p>
      <p><a href="https://www.facebook.com/northgatechess">Facebook</a></p>
      <article class="card"><h3>Winter rapidplay</h3><p>Sat 6 Dec</p></article>
      <article class="card"><h3>Junior coaching</h3><p>Tue 9 Dec</p></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.northgatechess.example/');
    expect(r.socials).toEqual(['https://www.facebook.com/northgatechess']);
  });
});
