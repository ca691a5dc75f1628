/**
 * Logos and streets on whole pages, in styles the own corpus under-covered: a home link written
 * another way (http, without www.), a header image named like the site with no link or no "logo"
 * word, interface icons (menu, search, language flags) before the logo, icons written as
 * characters around an address, and a Canadian province written out before its postal code.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { parseAddressValue } from '../../../lib/capture/schema/fields/address';

const URL = 'https://www.aldergrove.org.uk/about/';
const page = (top: string, footer = '') =>
  `<!doctype html><html lang="en-GB"><head><title>About | Alder Grove Trust</title></head><body>${top}<main><h1>About</h1><p>We plant trees.</p></main><footer>${footer}</footer></body></html>`;
const logo = (top: string) => extractFromHtml(page(top), URL).logo;
const IMG = '<img src="/img/agt.png" alt="Alder Grove Trust">';
const AGT = 'https://www.aldergrove.org.uk/img/agt.png';

describe('header logos written in other ways', () => {
  it('knows the home page linked over http or without www.', () => {
    expect(logo(`<header><a href="http://www.aldergrove.org.uk/">${IMG}</a></header>`)).toBe(AGT);
    expect(logo(`<header><a href="https://aldergrove.org.uk">${IMG}</a></header>`)).toBe(AGT);
  });

  it('does not take a link to "#" for the home page', () => {
    expect(
      logo('<header><a href="#"><img src="/img/slide-1.jpg" alt=""></a></header>'),
    ).toBeUndefined();
  });

  it('takes a header image named like the site, with no link and no "logo" word', () => {
    expect(logo(`<header>${IMG}</header>`)).toBe(AGT);
  });

  it('takes an image named like the site that links home outside any header', () => {
    expect(logo(`<div class="wrapper"><a href="/">${IMG}</a></div>`)).toBe(AGT);
  });

  it('skips menu, search and language icons before the logo, even linking home', () => {
    expect(
      logo(
        `<header><a href="/"><img src="/img/menu-icon.svg" alt="Menu"></a><a href="/cy/"><img src="/img/gb.png" alt="Cymraeg"></a><a href="/">${IMG}</a></header>`,
      ),
    ).toBe(AGT);
  });
});

describe('logos by reference in structured data', () => {
  const ld = (graph: unknown[]) =>
    `<!doctype html><html><head><title>About | Alder Grove Trust</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script></head><body><h1>About</h1></body></html>`;

  it('follows a logo given as an @id to the ImageObject with that id', () => {
    const r = extractFromHtml(
      ld([
        { '@type': 'WebPage', '@id': `${URL}#webpage`, name: 'About' },
        { '@type': 'NGO', '@id': '/#org', name: 'Alder Grove Trust', logo: { '@id': '/#logo' } },
        { '@type': 'ImageObject', '@id': '/#logo', url: '/img/graph-logo.png' },
      ]),
      URL,
    );
    expect(r.logo).toBe('https://www.aldergrove.org.uk/img/graph-logo.png');
  });

  it('does not take a bare reference that names no image as the logo', () => {
    const r = extractFromHtml(
      ld([{ '@type': 'NGO', name: 'Alder Grove Trust', logo: { '@id': '/#/schema/logo/image/' } }]),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});

const read = (...lines: string[]) =>
  findAddresses(toParts(lines.map((text) => ({ text, heading: false }))))[0]?.address;

describe('streets around icons and written-out provinces', () => {
  it('splits an address line at icon characters (📍 ☎)', () => {
    expect(read('📍 14 Elm Road, Leeds LS6 2AB ☎ 0113 496 0123')).toEqual({
      street: '14 Elm Road',
      locality: 'Leeds',
      postalCode: 'LS6 2AB',
    });
  });

  it('ends an address before a phone or e-mail label on the same line', () => {
    expect(
      read('14 Elm Road, Leeds LS6 2AB. Tel: 0113 496 0123. Email: info@aldergrove.org.uk'),
    ).toEqual({
      street: '14 Elm Road',
      locality: 'Leeds',
      postalCode: 'LS6 2AB',
    });
    expect(read('1420 Elm Street, Wichita, KS 67203 Phone: (316) 555-0142')).toEqual({
      street: '1420 Elm Street',
      locality: 'Wichita',
      region: 'KS',
      postalCode: '67203',
    });
  });

  it('does not split at © (a year after it is not a postal code)', () => {
    expect(read('© 2026 Alder Grove Trust')).toBeUndefined();
  });

  it('reads a province written out before a Canadian postal code', () => {
    expect(read('PO Box 44, 12 Main St, Lunenburg, Nova Scotia B0J 2C0')).toEqual({
      street: 'PO Box 44, 12 Main St',
      locality: 'Lunenburg',
      region: 'Nova Scotia',
      postalCode: 'B0J 2C0',
    });
  });
});

describe('structured-data streets written in other ways', () => {
  it('joins street lines split by <br> or given as a list', () => {
    expect(
      parseAddressValue({ streetAddress: '12 King St<br>Floor 3', addressLocality: 'Toronto' }),
    ).toEqual({ street: '12 King St, Floor 3', locality: 'Toronto' });
    expect(
      parseAddressValue({ streetAddress: ['12 King St', 'Floor 3'], addressLocality: 'Toronto' }),
    ).toEqual({ street: '12 King St, Floor 3', locality: 'Toronto' });
  });

  it('reads a whole address written into streetAddress alone', () => {
    expect(parseAddressValue({ streetAddress: '12 King St, Toronto, ON M5H 1A1' })).toEqual({
      street: '12 King St',
      locality: 'Toronto',
      region: 'ON',
      postalCode: 'M5H 1A1',
    });
  });

  it('ends the street before a code and town it repeats from their own fields', () => {
    expect(
      parseAddressValue({
        streetAddress: 'Hauptstraße 12, 79098 Freiburg',
        addressLocality: 'Freiburg',
        postalCode: '79098',
      }),
    ).toEqual({ street: 'Hauptstraße 12', locality: 'Freiburg', postalCode: '79098' });
  });
});
