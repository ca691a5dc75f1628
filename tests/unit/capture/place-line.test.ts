/**
 * Where a listed seller, artist or charity is based, written without a street on a platform page
 * ("Whitby, North Yorkshire, United Kingdom", "Missoula, Montana · 812 sales"). Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { placeOf } from '../../../lib/capture/rules/place-line';

describe('place lines on hosted pages', () => {
  it("reads a marketplace shop's town, county and country", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Saltwick Soap Co on Craftery</title>
      <meta property="og:site_name" content="Craftery"><meta property="og:title" content="Saltwick Soap Co"></head><body>
      <header><a href="/"><img src="/craftery.png" alt="Craftery"></a></header>
      <main><h1>Saltwick Soap Co</h1><p>Whitby, North Yorkshire, United Kingdom · 1,204 sales</p>
      <p>Cold-process soap made by the sea. More at <a href="https://saltwicksoap.co.uk/">saltwicksoap.co.uk</a></p></main>
      <footer><a href="https://www.instagram.com/craftery">Instagram</a> © 2026 Craftery Ltd</footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.craftery.example/shop/SaltwickSoapCo');
    expect(r.hosted).toBe(true);
    expect(r.address).toEqual({
      locality: 'Whitby',
      region: 'North Yorkshire',
      country: 'United Kingdom',
    });
  });

  it('reads "Town, Region" and "Town, Country" but not other comma pairs', () => {
    expect(placeOf('Missoula, Montana')).toEqual({ locality: 'Missoula', region: 'Montana' });
    expect(placeOf('Galway, Ireland')).toEqual({ locality: 'Galway', country: 'Ireland' });
    expect(placeOf('Folk, Bluegrass')).toBeUndefined();
    expect(placeOf('Cheese, milk and yogurt')).toBeUndefined();
  });

  it("leaves an own site's 'From: Town, Country' line alone", () => {
    const html = `<!doctype html><html lang="en"><head><title>Ana Ruiz</title></head><body>
      <main><h1>Ana Ruiz</h1><dl class="location"><dd>From</dd><dd>Valencia, Spain</dd></dl></main></body></html>`;
    const r = extractFromHtml(html, 'https://anaruiz.example.com/');
    expect(r.address).toBeUndefined();
  });
});
