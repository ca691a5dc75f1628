/**
 * Logos and streets in styles the development pages did not cover: a lazy-loaded header logo
 * (placeholder src, the file in data-src or srcset), a logo drawn as the CSS background of the
 * header link, a Dutch postcode alone in a form-like table with field labels, and a phone labelled
 * "Reception". Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (header: string, main = '') =>
  `<!doctype html><html><head><title>Contact | Fernhill Trust</title></head><body><header>${header}</header><main>${main}</main></body></html>`;
const URL = 'https://www.fernhilltrust.org/contact/';

const read = (...lines: string[]) =>
  findAddresses(toParts(lines.map((text) => ({ text, heading: false }))))[0]?.address;

describe('logos in other styles', () => {
  it('takes a lazy-loaded logo from data-src, not the placeholder', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/fernhill-wordmark.png" alt="Fernhill Trust"></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhilltrust.org/media/fernhill-wordmark.png');
  });

  it('takes a header logo given only as srcset', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><img srcset="/media/crest-160.png 160w, /media/crest-320.png 320w" alt="Fernhill Trust"></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhilltrust.org/media/crest-160.png');
  });

  it('takes a logo drawn as the CSS background of the header link marked as the logo', () => {
    const r = extractFromHtml(
      page(
        `<a class="site-logo" href="/" style="background-image: url('/theme/img/fernhill.svg')"><span>Fernhill Trust</span></a>`,
        '<div class="hero" style="background-image:url(/media/hero.jpg)"><h1>Contact</h1></div>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhilltrust.org/theme/img/fernhill.svg');
  });

  it('takes the <source> of a <picture> whose <img> has no file of its own', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><picture><source srcset="/media/fernhill.webp 1x, /media/fernhill@2x.webp 2x"><img alt="Fernhill Trust"></picture></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhilltrust.org/media/fernhill.webp');
  });

  it('takes a header crest or a navbar-brand image that does not link home as the logo', () => {
    const crest = extractFromHtml(
      page('<div class="top"><img src="/media/school_crest.png" alt="Fernhill"></div>'),
      URL,
    );
    expect(crest.logo).toBe('https://www.fernhilltrust.org/media/school_crest.png');
    const brand = extractFromHtml(
      page('<div class="navbar-brand"><img src="/media/fh.png" alt="Fernhill Trust"></div>'),
      URL,
    );
    expect(brand.logo).toBe('https://www.fernhilltrust.org/media/fh.png');
  });

  it('does not take a background that is not marked as a logo', () => {
    const r = extractFromHtml(
      page(
        '<div class="hero" style="background-image:url(/media/hero.jpg)"><h1>Contact</h1></div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});

describe('streets in form-like tables', () => {
  it('reads a Dutch postcode alone with the town on the next row, skipping field labels', () => {
    expect(read('Adres', 'Dorpsstraat 5a', 'Postcode', '3732 HJ', 'Plaats', 'De Bilt')).toEqual({
      street: 'Dorpsstraat 5a',
      postalCode: '3732 HJ',
      locality: 'De Bilt',
    });
  });

  it('skips "Postcode" and "City" labels between a German street, code and town', () => {
    expect(read('Street', 'Elbchaussee 112', 'Postcode', '22763', 'City', 'Hamburg')).toEqual({
      street: 'Elbchaussee 112',
      postalCode: '22763',
      locality: 'Hamburg',
    });
  });
});

describe('phone labels', () => {
  it('reads a number labelled "Reception"', () => {
    const r = extractFromHtml(page('', '<p>Reception: 01632 960 418</p>'), URL);
    expect(r.phones).toEqual(['01632 960 418']);
  });
});
