/**
 * Shapes of schema.org data that vocabulary examples and graph builders write and a page's
 * entity must still be read from: a publisher named by @id and described deep inside an offer,
 * a person with only given and family names, a service's provider, an address item that names
 * its owner, a business's `location`, and a venue's "Town, Country".
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const ldPage = (ld: unknown, title = 'Page') =>
  `<!doctype html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`;
const capture = (ld: unknown, title?: string) =>
  extractFromHtml(ldPage(ld, title), 'https://shop.example.net/items/kettle');

describe('schema.org shapes', () => {
  it('reads the publisher a page names by @id from where the graph describes it in full', () => {
    const r = capture(
      {
        '@context': 'https://schema.org',
        '@type': 'ItemPage',
        publisher: { '@id': '#maker' },
        mainEntity: {
          '@type': 'Product',
          name: 'Copper kettle',
          offers: {
            '@type': 'Offer',
            price: '40.00',
            offeredBy: {
              '@id': '#maker',
              '@type': 'Organization',
              name: 'Hearth & Tin Works',
              url: 'https://hearthtin.example/',
              sameAs: ['https://www.instagram.com/hearthtin'],
            },
          },
        },
      },
      'Copper kettle – Hearth & Tin Works',
    );
    expect(r.name).toBe('Hearth & Tin Works');
    expect(r.url).toBe('https://hearthtin.example/');
    expect(r.socials).toEqual(['https://www.instagram.com/hearthtin']);
  });

  it('names a person from given and family names when the node has no name', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'schema:Person',
      givenName: 'Maren Ilse',
      familyName: 'Kowalczyk',
    });
    expect(r.name).toBe('Maren Ilse Kowalczyk');
    expect(r.type).toBe('Person');
  });

  it("takes a service page's provider, not one of the services it offers", () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'Service',
      serviceType: 'Gutter repair',
      provider: { '@type': 'LocalBusiness', name: 'Dry Eaves Roofing' },
      hasOfferCatalog: {
        '@type': 'OfferCatalog',
        itemListElement: [
          { '@type': 'Offer', itemOffered: { '@type': 'Service', name: 'Downpipe clearing' } },
        ],
      },
    });
    expect(r.name).toBe('Dry Eaves Roofing');
    expect(r.type).toBe('Organization');
  });

  it('reads an address item that names its owner, with a post office box as its street', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'PostalAddress',
      name: 'Larkfield Seed Co.',
      postOfficeBoxNumber: '88',
      addressLocality: 'Ames',
      addressRegion: 'IA',
      postalCode: '50010',
    });
    expect(r.name).toBe('Larkfield Seed Co.');
    expect(r.address).toEqual({
      street: 'P.O. Box 88',
      locality: 'Ames',
      region: 'IA',
      postalCode: '50010',
    });
  });

  it("reads a business's address from its location", () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'Bakery',
      name: 'Rye & Salt',
      location: {
        '@type': 'PostalAddress',
        streetAddress: '14 Mill Lane',
        addressLocality: 'Ludlow',
        postalCode: 'SY8 1AA',
      },
    });
    expect(r.address).toMatchObject({
      street: '14 Mill Lane',
      locality: 'Ludlow',
      postalCode: 'SY8 1AA',
    });
  });

  it('reads "Town, Country" as a town and its country, not a street', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'TheaterEvent',
      name: 'The Tempest',
      startDate: '2027-05-01T19:30',
      location: {
        '@type': 'PerformingArtsTheater',
        name: 'Quay Playhouse',
        address: 'Galway, Ireland',
      },
    });
    expect(r.address).toEqual({ locality: 'Galway', country: 'Ireland' });
  });

  it('keeps a number written in pairs ("+33 1 42 68 53 00") as a phone', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Atelier Lumière',
      telephone: '+33 1 45 22 61 07',
      faxNumber: '+33145226108',
    });
    expect(r.phones).toEqual(['+33 1 45 22 61 07']);
  });

  it('reads a town written with its country in addressLocality', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Atelier Lumière',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '12 rue des Lilas',
        addressLocality: 'Lyon, France',
        postalCode: '69003',
      },
    });
    expect(r.address).toEqual({
      street: '12 rue des Lilas',
      locality: 'Lyon',
      postalCode: '69003',
      country: 'France',
    });
  });

  it('reads a street, town, state and country written on one line without a postcode', () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'MusicEvent',
      name: 'Winter Organ Recital',
      startDate: '2027-01-15T19:00',
      location: {
        '@type': 'MusicVenue',
        name: 'Grace Hall',
        address: '410 N. Lake St, Madison, Wisconsin, USA',
      },
    });
    expect(r.address).toEqual({
      street: '410 N. Lake St',
      locality: 'Madison',
      region: 'Wisconsin',
      country: 'USA',
    });
  });

  it('reads "type" and "id" written without @, as JSON-LD 1.1 contexts alias them', () => {
    const r = capture({
      '@context': 'http://schema.org',
      type: 'TheaterEvent',
      id: 'http://kg.example.org/resource/E-77',
      name: 'Salt and Iron',
      startDate: '2027-04-02T19:30:00-04:00',
      location: {
        type: 'Place',
        name: 'Quay Hall',
        address: {
          type: 'PostalAddress',
          streetAddress: '12 Front St',
          addressLocality: 'Halifax',
          addressRegion: 'NS',
          postalCode: 'B3J 1A1',
        },
      },
    });
    expect(r.name).toBe('Salt and Iron');
    expect(r.type).toBe('Event');
    expect(r.address).toMatchObject({ street: '12 Front St', locality: 'Halifax' });
  });

  it("does not take a registry's record of the entity (re3data) as one of its accounts", () => {
    const r = capture({
      '@context': 'https://schema.org',
      '@type': 'ResearchProject',
      name: 'Tidewater Ocean Data Office',
      sameAs: [
        'https://www.re3data.org/repository/r3d100000099',
        'https://twitter.com/tidewaterdata',
      ],
    });
    expect(r.socials).toEqual(['https://twitter.com/tidewaterdata']);
  });

  it('reads a residence listing as a place and an event series as an event', () => {
    const house = capture({
      '@context': 'https://schema.org',
      '@type': 'SingleFamilyResidence',
      name: '14 Alder Row - Family House',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '14 Alder Row',
        addressLocality: 'Victoria',
        addressRegion: 'BC',
        postalCode: 'V8V 1A1',
      },
    });
    expect(house.type).toBe('Place');
    expect(house.address).toMatchObject({ street: '14 Alder Row', locality: 'Victoria' });
    const series = capture({
      '@context': 'https://schema.org',
      '@type': 'EventSeries',
      name: 'Harbour Lantern Festival',
      url: 'https://lanternfest.example.org/',
    });
    expect(series.type).toBe('Event');
  });

  it("does not give an event on a site named like it the site's home page as its website", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Kettle Club Meetup</title><script type="application/ld+json">${JSON.stringify(
        {
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: 'Kettle Club Meetup',
          startDate: '2027-02-03T18:30',
        },
      )}</script></head><body></body></html>`,
      'https://kettleclub.example.org/meetups/february',
    );
    expect(r.type).toBe('Event');
    expect(r.url).toBeUndefined();
  });

  it("lets the page say what an untyped item is: a person's name marked up on their own page", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Home</title></head><body><div class="content">
<p><span property="foaf:name">Mira Castell</span><br><i>Senior developer, QA</i></p>
<p>I build test rigs for school robotics teams.</p></div></body></html>`,
      'https://www.castell.example/index.html',
    );
    expect(r.name).toBe('Mira Castell');
    expect(r.type).toBe('Person');
  });

  it('reads a review page as about the thing reviewed', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Review: The Copper Kettle</title><script type="application/ld+json">${JSON.stringify(
        {
          '@context': 'https://schema.org/',
          '@type': 'Review',
          reviewBody: 'Warm welcome and the best scones in town.',
          itemReviewed: { '@type': 'CafeOrCoffeeShop', name: 'The Copper Kettle' },
          reviewRating: { '@type': 'Rating', ratingValue: 5 },
        },
      )}</script></head><body></body></html>`,
      'https://reviews.example.com/cafes/copper-kettle',
    );
    expect(r.name).toBe('The Copper Kettle');
    expect(r.type).toBe('Organization');
  });

  it("names a product page's seller when its data names no one else, and takes the product's picture as no logo", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Photo gallery</title></head><body>
<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">Field Microscope</span>
<img itemprop="image" src="microscope.jpg" alt="Field Microscope logo">
<span itemprop="offers" itemscope itemtype="http://schema.org/Offer">$<span itemprop="price">89</span>
Sold by <span itemprop="seller" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Lens &amp; Leaf Supplies</span></span></span></div>
</body></html>`,
      'https://shop.example.com/products/field-microscope',
    );
    expect(r.name).toBe('Lens & Leaf Supplies');
    expect(r.type).toBe('Organization');
    expect(r.logo).toBeUndefined();
  });

  it("reads a bare home page given as the seller's @id as its website, not an @id with a fragment", () => {
    const offer = (id: string) =>
      capture({
        '@context': 'https://schema.org/',
        '@type': 'Product',
        name: 'Everyday saver account',
        offers: {
          '@type': 'Offer',
          price: '0',
          offeredBy: { '@type': 'BankOrCreditUnion', '@id': id, name: 'Harbour Mutual' },
        },
      });
    expect(offer('http://harbourmutual.example').url).toBe('http://harbourmutual.example/');
    expect(offer('https://harbourmutual.example#organization').url).toBeUndefined();
  });
});
