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
    expect(looksStreet('123ABC')).toBe(false);
    expect(looksStreet('12B Mill Lane')).toBe(true);
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

describe('not towns and not streets', () => {
  const address = (body: string) =>
    extractFromHtml(
      `<!doctype html><html><head><title>Gigs</title></head><body>${body}</body></html>`,
      'https://www.gigs.example/artists/marlow-quartet',
    ).address;

  it('does not take a button\'s "I was there" after a postal code as the town', () => {
    const a = address(`<ul><li><p>Hafenfest,</p><p>Rheinweg 12, 4057</p><p>I was there</p>
      <p>Sunday 10 August 2014</p></li></ul>`);
    expect(a?.locality).not.toBe('I was there');
  });

  it('reads no street from a date written the ISO way or a month and day', () => {
    const iso = address(
      '<table><tr><td>2014-12-01</td><td>123ABC</td><td>Boiler Works 3000</td></tr></table>',
    );
    expect(iso?.street ?? '').not.toMatch(/2014-12-01/);
    const day = address(
      '<p>They played the Corn Exchange on January 20, 1968 and toured Europe in the spring.</p>',
    );
    expect(day?.street ?? '').not.toMatch(/January/);
  });
});

describe('a year after a word', () => {
  it('does not read "Since 1994" after a numbered line as a town and its code', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Marlow Quartet</title></head><body>
<p>The quartet recorded 12 albums, and is scheduled to tour in 2027.</p><p>Since 1994</p></body></html>`,
      'https://www.marlowquartet.example/about',
    );
    expect(r.address?.locality).not.toBe('Since');
  });

  it("reads no address from a booking's pickup place or a parcel's ship-to", () => {
    const booking = `<!doctype html><html><head><title>Booking #7781 – Harbour Shuttles</title></head><body>
<p>Booking #7781</p><p>Passenger: Ada Lewis</p><p>Shuttle company: Harbour Shuttles</p>
<p>Pickup location: Quayside Hotel<br>14 Dock Road<br>Portsmouth PO1 3AX</p>
<p>Pickup time: 2026-12-02 08:15</p></body></html>`;
    const r = extractFromHtml(booking, 'https://book.example.com/shuttle/7781');
    expect(r.name).toBe('Harbour Shuttles');
    expect(r.address).toBeUndefined();
    const order = `<!doctype html><html><head><title>Order shipped | Pine Press</title></head><body>
<p>Your order has shipped.</p><p>Ship to: Ada Lewis<br>9 Elm Grove<br>Leeds LS6 2AB</p></body></html>`;
    expect(
      extractFromHtml(order, 'https://www.pinepress.example/orders/4410').address,
    ).toBeUndefined();
  });

  it("reads no address from a product's table of measures", () => {
    const html = `<!doctype html><html><head><title>Robot vacuum R2 | Shop</title></head><body>
<h1>Robot vacuum R2</h1><table><tr><th>Model</th><td>R1</td><td>R2</td></tr>
<tr><th>Suction power</th><td>800 Pa</td><td>1000 Pa</td></tr>
<tr><th>Battery</th><td>2600 mAh</td><td>3200 mAh</td></tr></table></body></html>`;
    expect(extractFromHtml(html, 'https://shop.example.com/r2').address).toBeUndefined();
  });
});
