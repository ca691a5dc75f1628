import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseDocument } from '../../../lib/capture/parse-html';
import { buildContext } from '../../../lib/capture/context';
import { jsonLdRule, parseLenientJson } from '../../../lib/capture/rules/json-ld';
import { microdataRule } from '../../../lib/capture/rules/microdata';
import { rdfaRule } from '../../../lib/capture/rules/rdfa';
import { microformatsRule } from '../../../lib/capture/rules/microformats';
import { metaRule } from '../../../lib/capture/rules/meta';
import { iconsRule } from '../../../lib/capture/rules/icons';
import { linksRule } from '../../../lib/capture/rules/links';
import { textRule } from '../../../lib/capture/rules/text';
import { peopleRule } from '../../../lib/capture/rules/people';
import { classifySocial } from '../../../lib/capture/social';
import { parseAddressText } from '../../../lib/capture/address';
import { titleSegments } from '../../../lib/capture/title';
import type { Candidate } from '../../../lib/capture/types';

const page = (body: string, head = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ctxOf = (html: string, url = 'https://www.example.org/contact/') =>
  buildContext(parseDocument(html), url);
const values = (cands: Candidate[], field: Candidate['field']): unknown[] =>
  cands.filter((c) => c.field === field).map((c) => c.value);

describe('json-ld rule', () => {
  it('picks the Organization in an @graph and maps nested address, contactPoint and sameAs', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Contact', publisher: { '@id': '#org' } },
        { '@type': 'Person', name: 'Author Person' },
        {
          '@type': ['Organization', 'NGO'],
          '@id': '#org',
          name: 'Helping Hands',
          url: '/',
          logo: { '@type': 'ImageObject', url: '/logo.png' },
          address: {
            '@type': 'PostalAddress',
            streetAddress: '1 Main St',
            addressLocality: 'Springfield',
            postalCode: '12345',
          },
          contactPoint: [
            { '@type': 'ContactPoint', telephone: '+1-555-010-2000', email: 'Info@Helping.org' },
          ],
          sameAs: ['https://twitter.com/helping', 'https://en.wikipedia.org/wiki/Helping'],
        },
      ],
    };
    const c = jsonLdRule(
      ctxOf(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)),
    );
    expect(values(c, 'name')[0]).toBe('Helping Hands');
    expect(values(c, 'url')[0]).toBe('https://www.example.org/');
    expect(values(c, 'logo')[0]).toBe('https://www.example.org/logo.png');
    expect(values(c, 'emails')).toEqual(['info@helping.org']);
    expect(values(c, 'phones')).toEqual(['+1-555-010-2000']);
    expect(values(c, 'socials')).toEqual(['https://twitter.com/helping']);
    expect(values(c, 'address')[0]).toMatchObject({ street: '1 Main St', locality: 'Springfield' });
    expect(values(c, 'type')[0]).toBe('Organization');
  });

  it('prefers a LocalBusiness subtype over an article and its author', () => {
    const html = page(
      `<script type="application/ld+json">[{"@type":"NewsArticle","headline":"x","author":{"@type":"Person","name":"A B"}},{"@type":"CafeOrCoffeeShop","name":"Bean There"}]</script>`,
    );
    expect(values(jsonLdRule(ctxOf(html)), 'name')[0]).toBe('Bean There');
  });

  it('uses the publisher of an article', () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"Article","headline":"News","publisher":{"@type":"Organization","name":"Daily Paper","logo":"https://cdn.example.net/l.png"}}</script>`,
    );
    const c = jsonLdRule(ctxOf(html));
    expect(values(c, 'name')[0]).toBe('Daily Paper');
    expect(values(c, 'logo')[0]).toBe('https://cdn.example.net/l.png');
  });

  it('repairs trailing commas, comments and CDATA, and never throws on garbage', () => {
    expect(parseLenientJson('{"a": 1, /* c */ "b": [1,2,],}')).toEqual({ a: 1, b: [1, 2] });
    expect(parseLenientJson('<![CDATA[{"a":1}]]>')).toEqual({ a: 1 });
    expect(parseLenientJson('// comment\n{"a":"x"}')).toEqual({ a: 'x' });
    expect(parseLenientJson('{"a": "line\nbreak"}')).toEqual({ a: 'line\nbreak' });
    expect(parseLenientJson('{{{{')).toBeUndefined();
    const html = page(
      `<script type="application/ld+json">{"@type":"Organization","name":"Broken Co",}</script><script type="application/ld+json">not json at all</script>`,
    );
    expect(values(jsonLdRule(ctxOf(html)), 'name')).toEqual(['Broken Co']);
  });

  it('survives deeply nested JSON', () => {
    let deep = '{"@type":"Organization","name":"Deep"';
    for (let i = 0; i < 5000; i++) deep += ',"x":{"y":1';
    deep += '}'.repeat(5000) + '}';
    const html = page(`<script type="application/ld+json">${deep}</script>`);
    expect(() => extractFromHtml(html, 'https://example.org/')).not.toThrow();
    let nested = '[';
    for (let i = 0; i < 3000; i++) nested += '[';
    const html2 = page(`<script type="application/ld+json">${nested}</script>`);
    expect(() => extractFromHtml(html2, 'https://example.org/')).not.toThrow();
  });
});

describe('microdata rule', () => {
  it('reads nested items', () => {
    const html = page(`<div itemscope itemtype="https://schema.org/LocalBusiness">
      <h1 itemprop="name">Corner Shop</h1>
      <span itemprop="telephone">020 7946 0000</span>
      <a itemprop="url" href="/shop">site</a>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="streetAddress">2 High St</span>, <span itemprop="addressLocality">London</span>
      </div>
      <div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">Bob</span></div>
    </div>`);
    const c = microdataRule(ctxOf(html));
    expect(values(c, 'name')[0]).toBe('Corner Shop');
    expect(values(c, 'url')[0]).toBe('https://www.example.org/shop');
    expect(values(c, 'phones')).toEqual(['020 7946 0000']);
    expect(values(c, 'address')[0]).toMatchObject({ street: '2 High St', locality: 'London' });
  });
});

describe('rdfa rule', () => {
  it('reads vocab/typeof/property and the schema: prefix', () => {
    const html = page(`<div vocab="http://schema.org/" typeof="Person">
      <span property="name">Ada Lovelace</span> <span property="telephone">+44 20 7946 0001</span>
      <a property="url" href="http://ada.example.com/">home</a></div>`);
    const c = rdfaRule(ctxOf(html));
    expect(values(c, 'name')).toContain('Ada Lovelace');
    expect(values(c, 'url')[0]).toBe('http://ada.example.com/');
    expect(values(c, 'type')[0]).toBe('Person');
    const html2 = page(
      `<div prefix="schema: http://schema.org/" typeof="schema:Event"><span property="schema:name">Tea</span></div>`,
    );
    expect(values(rdfaRule(ctxOf(html2)), 'name')).toEqual(['Tea']);
  });
  it("reads a person's page in FOAF and the W3C contact vocabulary, a hanging rel included", () => {
    const html = `<!doctype html><html xmlns:foaf="http://xmlns.com/foaf/0.1/"
      xmlns:contact="http://www.w3.org/2000/10/swap/pim/contact#"><head><title>About</title></head>
      <body><p><span property="foaf:name">Mira Castell</span><br><i>Archivist</i></p>
      <p rel="contact:address">14 Wattle Lane <br>
        <a property="contact:city" href="https://en.wikipedia.org/wiki/Hobart">Hobart</a></p>
      <p><span rel="foaf:phone" resource="tel:+61362001234">+61 3 6200 1234</span></p></body></html>`;
    const r = extractFromHtml(html, 'https://www.example.com/mira/');
    expect(r.name).toBe('Mira Castell');
    expect(r.address).toMatchObject({ street: '14 Wattle Lane', locality: 'Hobart' });
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['61362001234']);
  });
});

describe('microformats rule', () => {
  it('reads an h-card organisation with an adr', () => {
    const html =
      page(`<div class="h-card"><a class="p-name p-org u-url" href="https://acme.example/">Acme</a>
      <span class="p-tel">+1 555 0100 200</span>
      <div class="p-adr h-adr"><span class="p-street-address">1 Road</span> <span class="p-locality">Town</span></div></div>`);
    const c = microformatsRule(ctxOf(html), html);
    expect(values(c, 'name')[0]).toBe('Acme');
    expect(values(c, 'type')[0]).toBe('Organization');
    expect(values(c, 'url')[0]).toBe('https://acme.example/');
    expect(values(c, 'address')[0]).toMatchObject({ street: '1 Road', locality: 'Town' });
  });
  it('reads classic hCard through backcompat', () => {
    const html = page(
      `<div class="vcard"><span class="fn">Jo Bloggs</span><span class="role">Treasurer</span></div>`,
    );
    const c = microformatsRule(ctxOf(html), html);
    expect(values(c, 'name')[0]).toBe('Jo Bloggs');
    expect(values(c, 'type')[0]).toBe('Person');
  });
});

describe('meta rule and title cleanup', () => {
  it('splits titles and prefers og:site_name', () => {
    expect(titleSegments('Contact Us | Riverside Literacy Coalition')).toEqual([
      'Contact Us',
      'Riverside Literacy Coalition',
    ]);
    const html = page(
      '',
      '<title>Our news - Site Name</title><meta property="og:site_name" content="Site Name"><meta name="twitter:site" content="@sitename">',
    );
    const c = metaRule(ctxOf(html));
    expect(values(c, 'name')[0]).toBe('Site Name');
    expect(values(c, 'socials')).toEqual(['https://twitter.com/sitename']);
  });
  it('drops generic segments such as "Home" and "Impressum"', () => {
    const r = extractFromHtml(
      page('<p>x</p>', '<title>Impressum – Bäckerei Hoffmann</title>'),
      'https://www.baeckerei-hoffmann.de/impressum/',
    );
    expect(r.name).toBe('Bäckerei Hoffmann');
    expect(r.url).toBe('https://www.baeckerei-hoffmann.de/');
  });
});

describe('icons rule', () => {
  it('ranks a header logo above the favicon', () => {
    const html = page(
      '<header><a href="/"><img class="site-logo" src="/img/logo.svg" alt="Acme logo"></a></header>',
      '<link rel="icon" href="/favicon.ico">',
    );
    const c = iconsRule(ctxOf(html))
      .filter((x) => x.field === 'logo')
      .sort((a, b) => b.confidence - a.confidence);
    expect(c[0]!.value).toBe('https://www.example.org/img/logo.svg');
    expect(c[c.length - 1]!.value).toBe('https://www.example.org/favicon.ico');
  });
});

describe('links rule and social classification', () => {
  it('keeps profiles, drops share buttons, posts and reference records', () => {
    for (const ok of [
      'https://twitter.com/acme',
      'https://x.com/acme',
      'https://www.facebook.com/acme/',
      'https://www.linkedin.com/company/acme',
      'https://www.instagram.com/acme/',
      'https://www.youtube.com/@acme',
      'https://www.tiktok.com/@acme',
      'https://mastodon.social/@acme',
      'https://bsky.app/profile/acme.bsky.social',
      'https://www.threads.net/@acme',
      'https://github.com/acme',
      'https://t.me/acme',
    ]) {
      expect(classifySocial(ok), ok).not.toBe('');
    }
    for (const bad of [
      'https://twitter.com/intent/tweet?url=x',
      'https://www.facebook.com/sharer/sharer.php?u=x',
      'https://www.linkedin.com/shareArticle?url=x',
      'https://twitter.com/acme/status/123',
      'https://www.instagram.com/p/abc/',
      'https://www.youtube.com/watch?v=abc',
      'https://github.com/acme/repo',
      'https://en.wikipedia.org/wiki/Acme',
      'https://www.wikidata.org/wiki/Q1',
    ]) {
      expect(classifySocial(bad), bad).toBe('');
    }
  });
  it('reads mailto and tel links, skipping fax and javascript:', () => {
    const html =
      page(`<footer><a href="mailto:Hello@Acme.org?subject=hi">mail</a> <a href="mailto:?subject=share">share</a>
      Tel <a href="tel:+15550100">+1 555 0100</a> Fax: <a href="tel:+15550101">+1 555 0101</a>
      <a href="javascript:alert(1)">x</a><a href="https://www.facebook.com/acme">fb</a></footer>`);
    const c = linksRule(ctxOf(html));
    expect(values(c, 'emails')).toEqual(['hello@acme.org']);
    expect(values(c, 'phones')).toEqual(['+1 555 0100']);
    expect(values(c, 'socials')).toEqual(['https://www.facebook.com/acme']);
  });
});

describe('text rule', () => {
  it('finds obfuscated e-mails', () => {
    const html = page(
      '<p>Write to volunteer [at] example [dot] org or info (at) example (dot) org, or jo at example dot org.</p><p>We meet at noon.</p>',
    );
    const e = values(textRule(ctxOf(html)), 'emails');
    expect(e).toEqual(
      expect.arrayContaining(['volunteer@example.org', 'info@example.org', 'jo@example.org']),
    );
    expect(e).toHaveLength(3);
  });
  it('finds phones, guesses the country and excludes fax', () => {
    const html = `<!doctype html><html lang="de"><body><p>Telefon: 030 1234567<br>Telefax: 030 1234568<br>USt-IdNr.: DE 123 456 789</p></body></html>`;
    const p = values(textRule(ctxOf(html, 'https://www.example.de/')), 'phones');
    expect(p).toEqual(['030 1234567']);
  });
  it('splits addresses in several conventions', () => {
    expect(parseAddressText('1420 NE Alberta St, Suite 3\nPortland, OR 97211')).toMatchObject({
      street: '1420 NE Alberta St, Suite 3',
      locality: 'Portland',
      region: 'OR',
      postalCode: '97211',
    });
    expect(parseAddressText('Lindenstraße 12\n10969 Berlin\nDeutschland')).toMatchObject({
      street: 'Lindenstraße 12',
      locality: 'Berlin',
      postalCode: '10969',
      country: 'Deutschland',
    });
    expect(parseAddressText('3 Charlotte Road, City of London, EC2A 3PE, UK')).toMatchObject({
      street: '3 Charlotte Road',
      locality: 'City of London',
      postalCode: 'EC2A 3PE',
      country: 'UK',
    });
    expect(
      parseAddressText('Plot No. 42, Sector 18, Vashi\nNavi Mumbai, Maharashtra 400703\nIndia'),
    ).toMatchObject({
      locality: 'Navi Mumbai',
      region: 'Maharashtra',
      postalCode: '400703',
      country: 'India',
    });
    expect(parseAddressText('Waverley Oval\nBondi Road\nBondi NSW 2026\nAustralia')).toMatchObject({
      locality: 'Bondi',
      region: 'NSW',
      postalCode: '2026',
    });
    expect(parseAddressText('12 Rue de la Paix\n75002 Paris\nFrance')).toMatchObject({
      street: '12 Rue de la Paix',
      locality: 'Paris',
      postalCode: '75002',
    });
    expect(parseAddressText('665 3rd St. Suite 207 San Francisco, CA 94107 U.S.A.')).toMatchObject({
      street: '665 3rd St. Suite 207',
      locality: 'San Francisco',
      region: 'CA',
      postalCode: '94107',
      country: 'U.S.A.',
    });
    expect(parseAddressText('February 27\n2019\nCacheable Response')).toBeUndefined();
  });
});

describe('people rule', () => {
  it('reads staff lists', () => {
    const html = page(
      '<ul><li><strong>President</strong> – Sarah Nguyen – <a href="mailto:p@x.org">p@x.org</a></li></ul><h3>Tom Baker</h3><p>Head of Partnerships</p>',
    );
    const p = values(peopleRule(ctxOf(html)), 'people');
    expect(p).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Sarah Nguyen', role: 'President', email: 'p@x.org' }),
      ]),
    );
  });
});

describe('hostile input', () => {
  it('treats values as text, drops javascript:/data: URLs and caps sizes', () => {
    const big = 'A'.repeat(1_000_000);
    const ld = {
      '@type': 'Organization',
      name: `<script>alert(1)</script>Evil <b>Corp</b> ${big}`,
      url: 'javascript:alert(1)',
      logo: 'data:image/png;base64,AAAA',
      description: big.slice(0, 500_000),
      email: 'x@y.org',
    };
    // as real pages do, "<" is escaped inside the script so the markup stays in the JSON string
    const json = JSON.stringify(ld).replace(/</g, '\\u003c');
    const r = extractFromHtml(
      page(`<script type="application/ld+json">${json}</script>`),
      'https://example.org/',
    );
    expect(r.name).toMatch(/^Evil Corp A+$/);
    expect(r.name).toBeDefined();
    expect(r.name!).not.toContain('<');
    expect(r.name!.length).toBeLessThanOrEqual(300);
    expect(r.description!.length).toBeLessThanOrEqual(2000);
    expect(r.url ?? '').not.toMatch(/^javascript:/);
    expect(r.logo ?? '').not.toMatch(/^data:/);
    expect(JSON.stringify(r).length).toBeLessThan(200_000);
  });
  it('caps lists and handles a huge page quickly', () => {
    let body = '<footer>';
    for (let i = 0; i < 200; i++) body += `<a href="mailto:user${i}@example.org">m</a> `;
    body += '</footer>';
    for (let i = 0; i < 3000; i++)
      body += `<p>Paragraph ${i} with some words about nothing in particular, 2024.</p>`;
    const t0 = performance.now();
    const r = extractFromHtml(page(body), 'https://example.org/');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.emails.length).toBe(20);
  });
  it('returns an empty result for empty or odd input', () => {
    expect(extractFromHtml('', 'https://example.org/')).toMatchObject({
      emails: [],
      phones: [],
      socials: [],
    });
    expect(extractFromHtml('<<<>>>', 'not a url')).toMatchObject({ emails: [] });
  });
});
