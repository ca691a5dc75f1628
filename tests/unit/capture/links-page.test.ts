/**
 * A links or partners page: list entries that name another party beside its account, and
 * "Website" links to several different sites, are others', not the site's. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const html = `<!doctype html><html lang="en-GB"><head><title>Links | Penarth Bowls Club</title></head><body>
  <header><a href="/"><img src="/img/pbc-logo.png" alt="Penarth Bowls Club"></a>
  <a href="https://www.facebook.com/penarthbowls">Facebook</a></header>
  <main><h1>Links</h1><ul>
  <li>Dinas Powys Bowls Club – <a href="https://www.dinasbowls.example/">Website</a> · <a href="https://www.instagram.com/dinasbowls/">Instagram</a></li>
  <li>Vale Indoor Bowls Centre – <a href="https://www.valeindoor.example/">Website</a> · <a href="https://x.com/ValeIndoorBowls">X</a></li>
  </ul></main>
  <footer><p>Penarth Bowls Club, Alexandra Park, Penarth CF64 3AB</p></footer></body></html>`;

describe('a links page', () => {
  it("keeps the listed clubs' accounts out of the club's socials", () => {
    const r = extractFromHtml(html, 'https://www.penarthbowls.example/links/');
    expect(r.socials).toEqual(['https://www.facebook.com/penarthbowls']);
  });

  it("takes none of the listed clubs' websites as its url", () => {
    const r = extractFromHtml(html, 'https://www.penarthbowls.example/links/');
    expect(r.url).toBe('https://www.penarthbowls.example/');
  });

  it('keeps an own list whose entries only name the platform', () => {
    const own = `<!doctype html><html lang="en"><head><title>Follow us | Harrow Vale Choir</title></head><body>
      <main><h1>Follow us</h1><ul><li>Instagram: <a href="https://www.instagram.com/hvchoir/">@hvchoir</a></li>
      <li>YouTube channel: <a href="https://www.youtube.com/@hvchoir">Harrow Vale Choir</a></li></ul></main></body></html>`;
    const r = extractFromHtml(own, 'https://www.harrowvalechoir.example/follow/');
    expect(r.socials).toEqual([
      'https://www.instagram.com/hvchoir/',
      'https://www.youtube.com/@hvchoir',
    ]);
  });
});
