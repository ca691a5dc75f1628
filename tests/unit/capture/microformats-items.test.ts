/**
 * Microformats items the page is about when they sit inside another: an event reviewed by an
 * aggregate review, and a résumé's contact, whose summary describes them.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (body: string) =>
  `<!doctype html><html><head><title>Page</title></head><body>${body}</body></html>`;

describe('microformats items inside others', () => {
  it("reads an aggregate review's event as an event, with its description", () => {
    const r = extractFromHtml(
      page(`<div class="h-review-aggregate">
  <div class="p-item h-event">
    <h3 class="p-name">Fenland Data Day</h3>
    <p class="p-description">A one day open data meetup held in Ely</p>
    <time class="dt-start" datetime="2027-03-04">4 March 2027</time>
  </div>
  <span class="p-rating">4.6</span> from <span class="p-count">31</span> reviews
</div>`),
      'https://reviews.example.org/events/fenland-data-day',
    );
    expect(r.name).toBe('Fenland Data Day');
    expect(r.type).toBe('Event');
    expect(r.description).toBe('A one day open data meetup held in Ely');
  });

  it("describes a résumé's person with the résumé's summary", () => {
    const r = extractFromHtml(
      page(`<div class="h-resume">
  <p class="p-summary">Built the county's first open library catalogue.</p>
  <div class="p-contact h-card"><span class="p-name">Ines Okafor</span>
    <a class="u-email" href="mailto:ines@okafor.example">ines@okafor.example</a></div>
</div>`),
      'https://okafor.example/cv',
    );
    expect(r.name).toBe('Ines Okafor');
    expect(r.type).toBe('Person');
    expect(r.description).toBe("Built the county's first open library catalogue.");
  });

  it("names a résumé's person by the résumé's own name, not its contact card's office", () => {
    const r = extractFromHtml(
      page(`<div class="h-resume">
  <p class="p-name">Ines Okafor</p><p class="p-summary">Built the county's first open library catalogue.</p>
  <div class="p-contact h-card"><p class="p-name">Harrow Lane Library</p>
    <span class="p-street-address">4 Harrow Lane</span>, <span class="p-locality">Whitby</span>
    <a class="u-email" href="mailto:ines@okafor.example">ines@okafor.example</a></div>
</div>`),
      'https://okafor.example/cv',
    );
    expect(r.name).toBe('Ines Okafor');
    expect(r.type).toBe('Person');
    expect(r.emails).toEqual(['ines@okafor.example']);
    expect(r.address?.locality).toBe('Whitby');
  });

  it('reads a résumé without a contact card as a person', () => {
    const r = extractFromHtml(
      page(`<div class="h-resume"><p><span class="p-name">Ines Okafor</span>,
  <span class="p-summary">built the county's first open library catalogue</span>.</p>
  <ul><li class="p-skill">cataloguing</li><li class="p-skill">outreach</li></ul></div>`),
      'https://okafor.example/cv',
    );
    expect(r.name).toBe('Ines Okafor');
    expect(r.type).toBe('Person');
  });

  it("does not take a nameless résumé's whole sentence as its person's name", () => {
    const r = extractFromHtml(
      page(`<p class="h-resume">Ines Okafor, built the county's first open library catalogue.</p>`),
      'https://okafor.example/cv',
    );
    expect(r.name).not.toMatch(/catalogue/);
    expect(r.type).toBe('Person');
  });

  it("reads a post by an author whose own site is elsewhere as the site's, not the author's", () => {
    const r = extractFromHtml(
      page(`<div class="h-entry"><h1><a class="p-name u-url" href="https://openmaps.example.org/2027/03/ten-years">Ten years of mapping</a></h1>
  <p class="e-content">The community turned ten this week.</p>
  <p>By <a class="p-author h-card" href="https://ines.example/">Ines</a></p></div>`),
      'https://openmaps.example.org/2027/03/ten-years',
    );
    expect(r.url).not.toBe('https://ines.example/');
    expect(r.name).not.toBe('Ines');
    expect(r.type).not.toBe('Person');
  });

  it("types the page's subject as the author card that names it does (a person's own post)", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Ines Okafor</title><meta property="og:title" content="Ines Okafor"></head><body>
<div class="h-entry"><p class="e-content">Catalogued the last box of the parish archive today.</p>
<p>By <a class="p-author h-card" href="https://okafor.example/">Ines Okafor</a></p></div></body></html>`,
      'https://okafor.example/notes/archive',
    );
    expect(r.name).toBe('Ines Okafor');
    expect(r.type).toBe('Person');
  });

  it("reads a staff list of people's cards as the body's page, not one person's", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Harbour Rail staff</title></head><body>
<div class="vcard"><span class="name">Ada Lewis</span> <a class="include" href="#org">Harbour Rail</a></div>
<div class="vcard"><span class="name">Kofi Mensah</span> <a class="include" href="#org">Harbour Rail</a></div>
<div id="org"><p class="org">Harbour Rail</p></div></body></html>`,
      'https://example.com/companies/harbour-rail/people',
    );
    expect(r.name).toBe('Harbour Rail');
    expect(r.type).toBe('Organization');
    const team = extractFromHtml(
      `<!doctype html><html><head><title>Harbour Rail team</title></head><body>
<div class="h-card"><span class="p-name">Ada Lewis</span> <span class="p-role">Driver</span></div>
<div class="h-card"><span class="p-name">Kofi Mensah</span> <span class="p-role">Guard</span></div></body></html>`,
      'https://example.com/companies/harbour-rail/team',
    );
    expect(team.type).toBe('Organization');
    expect(team.people.map((p) => p.name)).toEqual(['Ada Lewis', 'Kofi Mensah']);
  });

  it("keeps a page of contacts that names no body one of its people's", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Contacts</title></head><body>
<div class="h-card">Luz Herrera</div><div class="h-card">Tomas Berg</div></body></html>`,
      'https://example.com/contacts/',
    );
    expect(r.type).toBe('Person');
  });

  it("reads a blog whose title is its posts' author's name as that person's", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Ines</title></head><body>
<a href="https://ines.example/2026/05/tide-tables/" rel="bookmark"><time datetime="2026-05-31">May 31</time></a>
<span class="author h-card"><a class="url fn n" href="https://ines.example/author/ines/" rel="author">Ines</a></span>
<a href="https://ines.example/2026/06/kelp/" rel="bookmark"><time datetime="2026-06-02">June 2</time></a>
<span class="author h-card"><a class="url fn n" href="https://ines.example/author/ines/" rel="author">Ines</a></span></body></html>`,
      'https://ines.example/',
    );
    expect(r.name).toBe('Ines');
    expect(r.url).toBe('https://ines.example/');
    expect(r.type).toBe('Person');
  });

  it("reads a recipe on its author's own site as the author's page", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Oat Flapjacks</title></head><body>
<section class="h-recipe"><h1 class="p-name">Oat Flapjacks</h1>
<p class="p-summary">Makes 12, the way my gran made them</p>
<ul><li class="e-ingredient">250g oats</li><li class="e-ingredient">125g butter</li></ul>
<p>Published on <time class="dt-published" datetime="2026-10-27">27 Oct 2026</time> by
<span class="p-author h-card"><a class="p-name u-url" href="https://ines-okafor.example">Ines Okafor</a></span></p>
</section></body></html>`,
      'https://ines-okafor.example/2026/10/oat-flapjacks/',
    );
    expect(r.name).toBe('Ines Okafor');
    expect(r.url).toBe('https://ines-okafor.example/');
    expect(r.type).toBe('Person');
  });

  it('reads a page that only lists the profiles that are "me" as its site owner\'s', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Elsewhere on the web</title></head><body><ul>
<li><a rel="me" href="https://twitter.com/inesokafor">twitter</a></li>
<li><a rel="me" href="https://github.com/inesokafor">github</a></li>
<li><a rel="me" href="https://www.flickr.com/photos/inesokafor/">flickr</a></li></ul></body></html>`,
      'https://ines-okafor.example/elsewhere',
    );
    expect(r.name).toBeUndefined();
    expect(r.url).toBe('https://ines-okafor.example/');
    expect(r.type).toBe('Person');
    expect(r.socials).toHaveLength(3);
  });

  it("reads an event's location given as a town's name as its town, and a venue's name as none", () => {
    const town = extractFromHtml(
      page(`<div class="h-event"><span class="p-name">Open Data Day</span>
  (<time class="dt-start" datetime="2027-03-06">6 Mar 2027</time>) in <span class="p-location">Leeds</span>.</div>`),
      'https://opendataday.example.org/2027',
    );
    expect(town.address).toEqual({ locality: 'Leeds' });
    const venue = extractFromHtml(
      page(`<div class="h-event"><span class="p-name">Open Data Day</span>
  (<time class="dt-start" datetime="2027-03-06">6 Mar 2027</time>) at <span class="p-location">Corn Exchange Hall</span>.</div>`),
      'https://opendataday.example.org/2027',
    );
    expect(venue.address?.locality).toBeUndefined();
  });

  it("takes a product's brand card as the maker behind the page, but not over a shop's own name", () => {
    const product = `<div class="h-product"><h2 class="p-name">Field Microscope</h2>
  <p class="p-brand h-card">From: <span class="p-name p-org">Lens and Leaf Cooperative</span> -
  <span class="p-locality">Bristol</span> <span class="p-country-name">UK</span></p></div>`;
    const maker = extractFromHtml(page(product), 'https://www.lensandleaf.example/products/field');
    expect(maker.name).toBe('Lens and Leaf Cooperative');
    expect(maker.address).toEqual({ locality: 'Bristol', country: 'UK' });
    const shop = extractFromHtml(
      `<!doctype html><html><head><title>Field Microscope | Harbour Science Shop</title>
<meta property="og:site_name" content="Harbour Science Shop"></head><body>${product}</body></html>`,
      'https://www.harbourscience.example/p/field-microscope',
    );
    expect(shop.name).toBe('Harbour Science Shop');
  });

  it('takes the address of a classic card written as a link as its website', () => {
    const r = extractFromHtml(
      page(
        `<a class="vcard" href="https://ines.example/"><img alt="Ines Okafor" src="images/photo.gif"></a>`,
      ),
      'https://example.org/people/ines-okafor',
    );
    expect(r.url).toBe('https://ines.example/');
  });

  it("takes a news item's source organisation, and reads no street from its byline's date", () => {
    const r = extractFromHtml(
      page(`<div class="hnews">
  <div class="entry hentry">
    <h1><a class="entry-title" href="https://openmaps.example.org/2027/03/ten-years">openmaps.example.org at 10</a></h1>
    <p class="entry-summary">The community turned ten this week.</p>
    <p>Updated <time class="updated" datetime="2027-03-02">March 2nd, 2027</time> by
      <span class="author vcard"><a class="fn url" href="https://ines.example/">Ines</a></span></p>
  </div>
  <p><span class="dateline vcard"><span class="adr"><span class="locality">Leeds</span>,
    <span class="region">West Yorkshire</span></span></span>
  <span class="source-org vcard"><a class="fn org url" href="https://openmaps.example.org/">OpenMaps Collective</a></span></p>
</div>`),
      'https://openmaps.example.org/2027/03/ten-years',
    );
    expect(r.name).toBe('OpenMaps Collective');
    expect(r.type).toBe('Organization');
    expect(r.address?.street).toBeUndefined();
  });

  it("reads a team page's people as the firm's, and the firm's own footer card as the page's", () => {
    const card = (name: string, handle: string, phone: string) =>
      `<div class="team-card h-card"><h3 class="p-name">${name}</h3><div class="p-job-title">Partner</div>
        <a href="tel:${phone.replace(/\s/g, '')}" class="p-tel">${phone}</a>
        <a href="https://www.linkedin.com/in/${handle}/" class="u-url" aria-label="LinkedIn"><img src="/i/li.svg" alt=""></a></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Our Team | Harrowgate &amp; Partners – Accountants, Leeds</title></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Harrowgate &amp; Partners"></a> <a href="tel:+441134960720">0113 496 0720</a></header>
      <main><h1>Meet the team</h1>${card('Helen Harrowgate', 'helen-harrowgate-aca', '07700 900412')}${card('Tom Ashby', 'tom-ashby', '07700 900587')}</main>
      <footer><div class="h-card"><a href="/" class="u-url">Harrowgate &amp; Partners</a><span class="p-name p-org" hidden>Harrowgate &amp; Partners LLP</span>
        <div class="p-adr h-adr"><span class="p-street-address">14 Albion Row</span>, <span class="p-locality">Leeds</span> <span class="p-postal-code">LS1 4AB</span></div>
        <a href="tel:+441134960720" class="p-tel">0113 496 0720</a></div>
        <a href="https://www.linkedin.com/company/harrowgate-partners/">LinkedIn</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.harrowgatepartners.example/team');
    expect(r.name).toBe('Harrowgate & Partners LLP');
    expect(r.type).toBe('Organization');
    expect(r.phones).toEqual(['0113 496 0720']);
    expect(r.socials).toEqual(['https://www.linkedin.com/company/harrowgate-partners/']);
    expect(r.people?.map((p) => p.name)).toEqual(['Helen Harrowgate', 'Tom Ashby']);
  });

  it("reads a card's address given only as its printable label, without a postal code", () => {
    const html = `<!doctype html><html><head><title>Elm Falls Free Library - Civicpedia</title></head><body>
      <main><h1>Elm Falls Free Library</h1><table class="infobox vcard">
        <tr><th colspan="2" class="fn org">Elm Falls Free Library</th></tr>
        <tr><th>Location</th><td class="label">48 Main Street, <a href="/wiki/Elm_Falls">Elm Falls</a>, <a href="/wiki/Vermont">Vermont</a></td></tr>
        <tr><th>Website</th><td><span class="url"><a href="https://www.elmfallslibrary.example/">elmfallslibrary.example</a></span></td></tr>
      </table></main></body></html>`;
    const r = extractFromHtml(html, 'https://en.civicpedia.example/wiki/Elm_Falls_Free_Library');
    expect(r.address).toEqual({
      street: '48 Main Street',
      locality: 'Elm Falls',
      region: 'Vermont',
    });
  });
});
