/**
 * Lines that look like an address's parts to a pattern but are not: a discography's "2011Album",
 * a release "2007EP" beside a title, and a sentence that ends in "place.".
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { looksStreet } from '../../../lib/capture/address';

describe('not addresses', () => {
  it('does not read a year run into a word, or a sentence, as a street', () => {
    expect(looksStreet('2011Album')).toBe(false);
    expect(looksStreet('all in one place.')).toBe(false);
    expect(looksStreet('12 Mill Lane')).toBe(true);
    expect(looksStreet('rue de la Paix')).toBe(true);
  });

  it("reads no address from an artist page's discography", () => {
    const html = `<!doctype html><html><head><title>The Lanterns | Listen</title></head><body>
<h1>The Lanterns</h1><p>Artist · 12K monthly listeners.</p>
<h2>Discography</h2>
<div><a href="/album/1">Harbour Lights</a><div>2011Album</div></div>
<div><a href="/album/2">Northern Line</a><div>2007EP</div></div>
<div><a href="/album/3">Paper Moons</a><div>2019Single</div></div>
<footer><p>Music for everyone, all in one place.</p><p>Top Hits 2006</p><p>España</p></footer>
</body></html>`;
    const r = extractFromHtml(html, 'https://listen.example.com/artist/the-lanterns');
    expect(r.address).toBeUndefined();
  });

  it('reads no address from a footer whose list title starts with a year', () => {
    const html = `<!doctype html><html><head><title>Channel News</title></head><body>
<h1>Channel News</h1><p>Stories for resellers.</p>
<footer><p>Featured IN</p><p><a href="/lists/pty2016.htm">2016 Partners of the Year</a></p><p>Our yearly list of the best partners.</p></footer>
</body></html>`;
    const r = extractFromHtml(html, 'https://channelnews.example.com/');
    expect(r.address).toBeUndefined();
  });
});
