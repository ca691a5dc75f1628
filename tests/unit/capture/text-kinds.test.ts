/**
 * What a page with little or no structured data is about: a place named as one, an event's
 * bare listing, a person marked up with a stray itemprop, a tourist destination; and a line
 * that reads as a sentence is not taken as a name because it spells the linked site's domain.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('kinds read from text', () => {
  it('reads a name that ends in a word for a place as a place', () => {
    const r = extractFromHtml(
      page(
        'Brackenridge Park',
        `<h1>Brackenridge Park</h1>
<div>It's one of the oldest city parks in Texas.</div>
<div>Website: <a href="https://www.cityparks.example.gov/parks/brackenridge">www.cityparks.example.gov/parks/brackenridge</a></div>`,
      ),
      'https://guide.example.org/places/brackenridge-park',
    );
    expect(r.name).toBe('Brackenridge Park');
    expect(r.type).toBe('Place');
  });

  it('reads a building, a station, a square or a town hall as a place', () => {
    for (const name of [
      'Corn Exchange Building',
      'Harrow Lane Station',
      'Victoria Square',
      'Ashby Town Hall',
    ]) {
      const r = extractFromHtml(
        page(name, `<h1>${name}</h1><p>Open Monday to Friday, 9am to 5pm.</p>`),
        'https://guide.example.org/places/one',
      );
      expect(r.type, name).toBe('Place');
    }
  });

  it('keeps an organisation named like a place an organisation', () => {
    const r = extractFromHtml(
      page('Lake Shore Rowing Club', '<h1>Lake Shore Rowing Club</h1><p>Learn to row.</p>'),
      'https://lakeshorerowing.example/',
    );
    expect(r.type).toBe('Organization');
  });

  it("reads a bare listing whose first lines give a date and time as an event's", () => {
    const r = extractFromHtml(
      page(
        'The Winter Tale at the Corn Exchange',
        `<div><span>The Winter Tale at the Corn Exchange</span>
<span>Fri 12 February 2027 19:30</span></div>`,
      ),
      'https://whatson.example.org/theatre/winter-tale',
    );
    expect(r.type).toBe('Event');
  });

  it("does not read a site's own page with a dated notice at its top as an event", () => {
    const r = extractFromHtml(
      page(
        'Kestrel Hill Allotments',
        `<header><a href="/">Kestrel Hill Allotments</a></header><nav><a href="/plots">Plots</a></nav>
<main><p>AGM: Tue 9 March 2027 19:00 in the hut</p><h1>Kestrel Hill Allotments</h1><p>Forty plots on the hill.</p></main>`,
      ),
      'https://kestrelhillallotments.example/',
    );
    expect(r.type).toBe('Organization');
  });

  it('reads an item whose itemprop has no item around it as standing on its own', () => {
    const r = extractFromHtml(
      page(
        'Amira Haddad',
        `<p itemscope itemprop="Person" itemtype="https://schema.org/Person">
  <span itemprop="name">Amira Haddad</span> rode for
  <span itemprop="sponsor" itemscope itemtype="https://schema.org/Organization"><a itemprop="url" href="https://velo.example.com/">Velo Co</a></span>.</p>`,
      ),
      'https://riders.example.org/amira-haddad',
    );
    expect(r.name).toBe('Amira Haddad');
    expect(r.type).toBe('Person');
  });

  it('reads a TouristDestination as a place', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'TouristDestination',
      name: 'Saltmarsh Coast Cycle Route',
      url: 'https://saltmarshcoast.example/',
    };
    const r = extractFromHtml(
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
      'https://visit.example.org/routes/saltmarsh',
    );
    expect(r.type).toBe('Place');
  });

  it("names an untyped microdata item's subject, a person by their properties", () => {
    const r = extractFromHtml(
      page(
        'itemscope example',
        `<div itemscope><p>My name is <span itemprop="name">Oren</span>.</p>
<p>I am <span itemprop="nationality">Welsh</span>.</p></div>`,
      ),
      'https://example.net/oren',
    );
    expect(r.name).toBe('Oren');
    expect(r.type).toBe('Person');
  });

  it("reads RDFa properties outside any typed element as the page's own subject", () => {
    const r = extractFromHtml(
      `<!doctype html><html xmlns:foaf="http://xmlns.com/foaf/0.1/"><head><title>XHTML+RDFa sample</title></head>
<body><p><span property="foaf:name">Dana Whitfield</span><br><i>Archivist</i></p></body></html>`,
      'https://example.net/dana',
    );
    expect(r.name).toBe('Dana Whitfield');
  });

  it('reads "<place word> of <Name>" as a place', () => {
    const r = extractFromHtml(
      page('Old Bridge of Mostar', '<h1>Old Bridge of Mostar</h1><p>Rebuilt in 2004.</p>'),
      'https://guide.example.org/places/old-bridge',
    );
    expect(r.type).toBe('Place');
  });

  it('reads a bare page telling of someone named like a person, in the third person, as a person', () => {
    const r = extractFromHtml(
      page(
        'Mara Lindqvist',
        '<p>Mara Lindqvist was awarded the county medal in 2019; her father ran the mill.</p>',
      ),
      'https://people.example.org/mara-lindqvist',
    );
    expect(r.type).toBe('Person');
  });

  it("keeps a site's own page about a business named like a person an organisation", () => {
    const r = extractFromHtml(
      page(
        'Harlan Brooks',
        '<header><a href="/">Harlan Brooks</a></header><main><h1>Harlan Brooks</h1><p>We make oak furniture. Her table, his chair.</p></main>',
      ),
      'https://harlanbrooks.example/',
    );
    expect(r.type).toBe('Organization');
  });
});
