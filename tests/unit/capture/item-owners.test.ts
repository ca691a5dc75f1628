/**
 * Pages about an item (a booking, a bank's product, an announcement, a job) name the body behind
 * it: structured data through the item's own property, a title through the segment that reads as
 * a body's name.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const jsonLd = (title: string, data: unknown) =>
  `<!doctype html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`;
const titled = (title: string, body = '<p>Details below.</p>') =>
  `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("an item's owner", () => {
  it('reads a booking confirmation as the booked restaurant', () => {
    const r = extractFromHtml(
      jsonLd('Reservation #QK2291 – Saffron Yard', {
        '@context': 'https://schema.org',
        '@type': 'FoodEstablishmentReservation',
        reservationId: 'QK2291',
        underName: { '@type': 'Person', name: 'Ada Lewis' },
        reservationFor: {
          '@type': 'FoodEstablishment',
          name: 'Saffron Yard',
          address: {
            '@type': 'PostalAddress',
            streetAddress: '4 Quay Street',
            addressLocality: 'Bristol',
          },
        },
      }),
      'https://bookings.example.com/confirmations/QK2291',
    );
    expect(r.name).toBe('Saffron Yard');
    expect(r.address?.locality).toBe('Bristol');
  });

  it("reads a bank product's offer as the bank that offers it", () => {
    const r = extractFromHtml(
      jsonLd('Harbour Saver Account', {
        '@context': 'https://schema.org',
        '@type': 'BankAccount',
        name: 'Harbour Saver Account',
        offers: {
          '@type': 'Offer',
          offeredBy: { '@type': 'BankOrCreditUnion', name: 'Tidewater Mutual' },
        },
      }),
      'https://www.tidewatermutual.example/savings/harbour-saver',
    );
    expect(r.name).toBe('Tidewater Mutual');
  });

  it('reads a closure announcement as the school it is made for', () => {
    const r = extractFromHtml(
      jsonLd('Closure information for Kestrel Primary', {
        '@context': 'https://schema.org',
        '@type': 'SpecialAnnouncement',
        name: 'Closure information for Kestrel Primary',
        announcementLocation: { '@type': 'School', name: 'Kestrel Primary School' },
      }),
      'https://schools.example.org/kestrel-primary/announcements',
    );
    expect(r.name).toBe('Kestrel Primary School');
  });

  it("takes a title's company segment over a job's title and a booking's number", () => {
    expect(
      extractFromHtml(
        titled('Payroll Analyst – Norland Freight Ltd'),
        'https://jobs.example.com/p/8812',
      ).name,
    ).toBe('Norland Freight Ltd');
    expect(
      extractFromHtml(
        titled('Physics – University of Lindholm'),
        'https://courses.example.org/c/463',
      ).name,
    ).toBe('University of Lindholm');
    expect(
      extractFromHtml(
        titled('Hotel reservation #ab77c1 – Quayside Inn'),
        'https://trips.example.com/r/ab77c1',
      ).name,
    ).toBe('Quayside Inn');
  });

  it('takes the leading words that spell the domain before what the page offers', () => {
    expect(
      extractFromHtml(
        titled('Kestrel Bank Secured Visa Credit Card'),
        'https://www.kestrelbank.example/credit-cards/secured/',
      ).name,
    ).toBe('Kestrel Bank');
    expect(
      extractFromHtml(
        titled('NTB current accounts'),
        'https://personal.ntb.example/current-accounts.html',
      ).name,
    ).toBe('NTB');
    // one word after the label is part of the name; a body's word keeps the whole name
    expect(extractFromHtml(titled('Lumen Games'), 'https://www.lumen.example/').name).toBe(
      'Lumen Games',
    );
    expect(
      extractFromHtml(titled('Bondi Junction Netball Club'), 'https://www.bondijunction.example/')
        .name,
    ).toBe('Bondi Junction Netball Club');
  });

  it("takes the shop's own domain written in a product page's title over the product", () => {
    const r = extractFromHtml(
      titled(
        'Harbourbooks.co.uk: The Sea Atlas (Hardback) : Books',
        '<h1>The Sea Atlas (Hardback)</h1><p>In stock. Dispatched in 2 days.</p>',
      ),
      'https://www.harbourbooks.co.uk/The-Sea-Atlas/dp/1849757097',
    );
    expect(r.name).toBe('Harbourbooks.co.uk');
  });

  it('reads an invoice as the business that brokered it, and its order number as no street', () => {
    const html = `<!doctype html><html><head><title>Your documents</title></head><body>
      <div itemscope itemtype="https://schema.org/Invoice">
        <h1 itemprop="description">Boiler service</h1>
        <div itemprop="broker" itemscope itemtype="https://schema.org/LocalBusiness">
          <b itemprop="name">Kestrel Plumbing</b></div>
        <div itemprop="customer" itemscope itemtype="https://schema.org/Person">
          <b itemprop="name">Ada Lewis</b></div>
        <div itemprop="referencesOrder" itemscope itemtype="https://schema.org/Order">
          <span itemprop="orderDate">2026-10-01</span>
          <span itemprop="orderNumber">884QX</span>
          <div itemprop="orderedItem" itemscope itemtype="https://schema.org/Product">
            <span itemprop="name">Kestrel Boiler 2400</span></div></div></div></body></html>`;
    const r = extractFromHtml(html, 'https://billing.kestrel.example/invoices/884QX');
    expect(r.name).toBe('Kestrel Plumbing');
    expect(r.address).toBeUndefined();
  });

  it("reads a testing notice as the clinic it announces, and an archive's letter as the archive", () => {
    const notice = extractFromHtml(
      jsonLd('Drive-through testing opens', {
        '@context': 'https://schema.org',
        '@type': 'SpecialAnnouncement',
        name: 'Drive-through testing opens at Eastvale',
        datePosted: '2026-03-16',
        announcementLocation: {
          '@type': 'CovidTestingFacility',
          name: 'Eastvale Health Clinic',
          url: 'https://www.eastvaleclinic.example/',
        },
      }),
      'https://news.eastvale.example/2026/03/testing-opens.html',
    );
    expect(notice.name).toBe('Eastvale Health Clinic');
    expect(notice.url).toBe('https://www.eastvaleclinic.example/');
    const letter = extractFromHtml(
      jsonLd('Letter to the mayor, 1936', {
        '@context': 'https://schema.org',
        '@type': ['CreativeWork', 'ArchiveComponent'],
        name: 'Letter to the mayor, 1936 August 22',
        holdingArchive: {
          '@type': 'ArchiveOrganization',
          name: 'Harbour Town Archives',
          url: 'https://archives.harbourtown.example/',
        },
      }),
      'https://archives.harbourtown.example/items/bp158',
    );
    expect(letter.name).toBe('Harbour Town Archives');
  });

  it("reads a public service as its operator's, and a certificate as its issuer's", () => {
    const service = extractFromHtml(
      jsonLd('Harbour Town Winter Shelter', {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: 'Harbour Town Winter Shelter',
        serviceType: 'Emergency shelter',
        serviceOperator: {
          '@type': 'GovernmentOrganization',
          name: 'Harbour Town Council',
          url: 'https://www.harbourtown.example/',
        },
        areaServed: { '@type': 'AdministrativeArea', name: 'Harbour Town' },
      }),
      'https://www.harbourtown.example/services/winter-shelter',
    );
    expect(service.name).toBe('Harbour Town Council');
    expect(service.url).toBe('https://www.harbourtown.example/');
    const certificate = extractFromHtml(
      jsonLd('Food hygiene rating 5', {
        '@context': 'https://schema.org',
        '@type': 'Certification',
        name: 'Food hygiene rating',
        about: { '@type': 'Product', '@id': 'https://www.cafe.example/' },
        issuedBy: {
          '@type': 'Organization',
          name: 'Eastvale Food Standards Office',
          url: 'https://food.eastvale.example/',
        },
      }),
      'https://food.eastvale.example/ratings/5521',
    );
    expect(certificate.name).toBe('Eastvale Food Standards Office');
    // a product's certificate beside it in a graph: the seller's page, not the issuer's
    const wine = extractFromHtml(
      jsonLd('Hillside Red 2024', {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#winery', name: 'Hillside Winery' },
          { '@type': 'Organization', '@id': '#guild', name: 'Guild of Tasters' },
          {
            '@type': 'Certification',
            name: 'Gold Medal',
            issuedBy: { '@id': '#guild' },
          },
          {
            '@type': 'Product',
            name: 'Hillside Red 2024',
            offers: { '@type': 'Offer', price: '18.00', seller: { '@id': '#winery' } },
          },
        ],
      }),
      'https://www.hillsidewinery.example/wines/red-2024',
    );
    expect(wine.name).toBe('Hillside Winery');
  });
});
