/**
 * Pages made with a site builder or shown in a document viewer: the builder's brand is in
 * og:site_name and its host in the URL, and the entity's own domain is only written out (its
 * e-mail address, "our new website is …"). Pages invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { nameSpellsDomain } from '../../../lib/capture/title';

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('a website written out on a builder page', () => {
  it("takes the group's own domain and name, not the builder's", () => {
    const html = page(
      `<title>Events</title><meta property="og:site_name" content="Pagecraft Sites">`,
      `<div class="hdr"><span class="site-title">Ashby Wildlife Watch</span></div>
       <div class="main"><h1>Events</h1><p>Pond dipping on the first Saturday of the month.</p>
       <p>Questions? Write to leaders@ashbywildlife.org.uk or ring 01530 960 412.</p>
       <p>We are moving to www.ashbywildlife.org.uk in the spring.</p></div>
       <div class="ftr">Pagecraft Sites · Report abuse · help@pagecraft.example</div>`,
    );
    const r = extractFromHtml(html, 'https://sites.pagecraft.example/view/ashbywildlife/events');
    expect(r.name).toBe('Ashby Wildlife Watch');
    expect(r.url).toBe('https://www.ashbywildlife.org.uk/');
    expect(r.emails).toContain('leaders@ashbywildlife.org.uk');
  });

  it("takes the issuer of a document shown in a viewer, not the file's name", () => {
    const html = page(
      `<title>newsletter-spring-2026.pdf</title><meta property="og:site_name" content="DocShelf">`,
      `<div class="viewer-page"><p>Kelso Canoe Club — Spring Newsletter</p>
       <p>Contact: secretary@kelsocanoe.org · kelsocanoe.org</p></div>
       <div class="foot">Shown by DocShelf · support@docshelf.example</div>`,
    );
    const r = extractFromHtml(
      html,
      'https://view.docshelf.example/d/77a1/newsletter-spring-2026.pdf',
    );
    expect(r.name).toBe('Kelso Canoe Club');
    expect(r.url).toBe('https://kelsocanoe.org/');
  });

  it("keeps an own site's name and home page when it mentions a partner's address and site", () => {
    const html = page(
      `<title>Links | Brampton Youth Choir</title>`,
      `<header><a href="/"><img src="/logo.png" alt="Brampton Youth Choir"></a></header>
       <main><h1>Links</h1><p>Brampton Music Hub runs our theory classes: hub@bramptonmusichub.org, www.bramptonmusichub.org</p>
       <p>Write to us at <a href="mailto:sing@bramptonyouthchoir.org">sing@bramptonyouthchoir.org</a>.</p></main>`,
    );
    const r = extractFromHtml(html, 'https://bramptonyouthchoir.org/links');
    expect(r.name).toBe('Brampton Youth Choir');
    expect(r.url).toBe('https://bramptonyouthchoir.org/');
  });

  it('spells a domain from a name by whole words, initials and skipped words', () => {
    expect(nameSpellsDomain('North Shore Community Food Bank', 'northshorefoodbank.ca')).toBe(true);
    expect(nameSpellsDomain('Thorner Parish Council', 'www.thornerpc.org.uk')).toBe(true);
    expect(nameSpellsDomain('APE Jean-Moulin', 'ape-jeanmoulin.fr')).toBe(true);
    expect(nameSpellsDomain('Riverside Rowing Club', 'rrc.org')).toBe(false);
    expect(nameSpellsDomain('Tidewater Library Consortium', 'tidewaterlibraries.org')).toBe(true);
    expect(nameSpellsDomain('Report abuse', 'example.org')).toBe(false);
  });
});

describe('a web address written on a page served from elsewhere, without the mail', () => {
  const page = (text: string): string => `<!doctype html><html lang="en"><head>
    <title>Ashgrove Allotment Association</title><meta property="og:site_name" content="SiteBuilder"></head><body>
    <main><h1>Ashgrove Allotment Association</h1><p>${text}</p>
    <p>Write to the secretary: ashgroveplots@gmail.com</p></main></body></html>`;
  const url = 'https://sites.sitebuilder.example/view/ashgrove-allotments/home';

  it('takes a www. address its name spells', () => {
    const r = extractFromHtml(
      page('Plot waiting list and rules are now at www.ashgroveallotments.org.uk.'),
      url,
    );
    expect(r.url).toBe('https://www.ashgroveallotments.org.uk/');
  });

  it('leaves a bare domain or one its name does not spell', () => {
    expect(
      extractFromHtml(page('Seeds from greenfingers.co.uk are discounted for members.'), url).url ??
        '',
    ).not.toContain('greenfingers');
    expect(
      extractFromHtml(page('Rules are at www.nsalg.org.uk, the national society.'), url).url ?? '',
    ).not.toContain('nsalg');
  });
});
