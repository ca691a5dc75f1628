/**
 * Theme markup that marks the logo one step away from the image: the box around the home link
 * (`<div id="logo"><a href="/"><img>`) outside any header landmark, and a home link with a query
 * (`/?ref=logo`); a box of partners' logos linking away stays out. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.thornbyvillagehall.org.uk/bookings/';
const page = (top: string, footer = '') =>
  `<!doctype html><html><head><title>Bookings | Thornby Village Hall</title></head><body><div id="wrapper"><div id="top">${top}</div><div id="content"><h1>Bookings</h1><p>The hall seats 120.</p></div><div id="bottom">${footer}</div></div></body></html>`;

describe('logos marked by the box around their link', () => {
  it('takes an image in a link inside a box whose id says logo', () => {
    const r = extractFromHtml(
      page('<div id="logo"><a href="/"><img src="/images/banner-2019.jpg" alt=""></a></div>'),
      URL,
    );
    expect(r.logo).toBe('https://www.thornbyvillagehall.org.uk/images/banner-2019.jpg');
  });

  it('takes a header logo whose home link carries a query', () => {
    const r = extractFromHtml(
      page(
        '<header><a href="https://www.thornbyvillagehall.org.uk/?ref=logo"><img src="/images/tvh.png" alt=""></a></header>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.thornbyvillagehall.org.uk/images/tvh.png');
  });

  it("leaves a box of partners' logos linking away alone", () => {
    const r = extractFromHtml(
      page(
        '<span class="title">Thornby Village Hall</span>',
        '<div class="funder-logos"><a href="https://www.ruralfund.example/"><img src="/images/f1.png" alt=""></a><a href="https://www.lottery.example/"><img src="/images/f2.png" alt=""></a></div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});
