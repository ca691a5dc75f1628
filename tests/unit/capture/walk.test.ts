import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseDocument } from '../../../lib/capture/parse-html';
import { buildContext } from '../../../lib/capture/context';
import { classZone, collapsedTail, collapseSpace, walkPage, Z } from '../../../lib/capture/walk';

const page = (body: string): string =>
  `<!doctype html><html><head></head><body>${body}</body></html>`;
const walkOf = (html: string) =>
  walkPage(buildContext(parseDocument(html), 'https://www.example.org/'));
const reference = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('collapseSpace', () => {
  it('matches replace(/\\s+/g, " ").trim() with and without whitespace to collapse', () => {
    for (const s of [
      '',
      '   ',
      'plain words only',
      ' leading and trailing ',
      'two  spaces',
      'tab\there',
      'new\nline\r\n',
      'nbsp\u00a0\u00a0and\u2009thin\u3000ideographic\ufeff',
      'line\u2028separator',
    ])
      expect(collapseSpace(s)).toBe(reference(s));
  });
  it('matches the reference on any mix of words and whitespace', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      ' \n ',
      'a',
      'word',
      '.',
      '\u2009',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(collapseSpace(s)).toBe(reference(s));
      }),
      { numRuns: 500 },
    );
  });
  it('returns the same string when there is nothing to collapse', () => {
    const s = 'Riverside Literacy Coalition';
    expect(collapseSpace(s)).toBe(s);
  });
});

describe('collapsedTail', () => {
  const whole = (parts: string[], n: number): string =>
    parts.join('').replace(/\s+/g, ' ').slice(-n);
  it('equals collapsing the whole joined text, then taking the last n characters', () => {
    const cases: string[][] = [
      [],
      [''],
      ['Phone: '],
      ['a'.repeat(500), '  Tel:\n  '],
      ['x'.repeat(50), ' '.repeat(1000), 'Website:'],
      Array.from({ length: 200 }, (_, i) => `word${i}   `),
      ['start ', '\n'.repeat(400), ' end'],
    ];
    for (const parts of cases) expect(collapsedTail(parts, 80)).toBe(whole(parts, 80));
  });
});

describe('classZone', () => {
  it('maps class/id strings to zone bits', () => {
    expect(classZone('site-header')).toBe(Z.HEADER);
    expect(classZone('footer-widgets')).toBe(Z.FOOTER);
    expect(classZone('entry-content')).toBe(Z.ARTICLE);
    expect(classZone('author-box')).toBe(Z.AUTHOR);
    expect(classZone('contact-block address')).toBe(Z.CONTACT | Z.ADDRESS);
    expect(classZone('related-posts')).toBe(Z.RELATED);
    expect(classZone('col-md-6 row')).toBe(0);
  });
});

describe('walkPage', () => {
  it('splits lines at blocks, <br> and newlines, and tags zones, links and images', () => {
    const w = walkOf(
      page(
        `<header class="site-header"><a href="/"><img class="logo" src="/l.png" alt="Logo"></a></header>
<main><h2>Our  team</h2><p>Call  us:
 <a href="tel:+15035550142">(503) 555-0142</a></p><div></div></main>
<footer><p>12 Main St<br>Springfield, IL 62701</p></footer>`,
      ),
    );
    expect(w.lines.map((l) => l.text)).toEqual([
      'Our team',
      'Call us:',
      '(503) 555-0142',
      '12 Main St',
      'Springfield, IL 62701',
    ]);
    expect(w.lines[0]!.heading).toBe(true);
    expect(w.lines[4]!.zone & Z.FOOTER).toBeTruthy();
    expect(w.links.map((l) => [l.href, l.before, l.zone & Z.HEADER])).toEqual([
      ['/', '', Z.HEADER],
      ['tel:+15035550142', 'Call us:', 0],
    ]);
    expect(w.images[0]).toMatchObject({ src: '/l.png', linkHref: '/', alt: 'Logo' });
  });

  it('skips hidden elements and scripts but keeps hidden links', () => {
    const w = walkOf(
      page(
        `<p hidden>secret</p><script>var x = 1;</script><a aria-hidden="true" href="https://twitter.com/acme">t</a><p>shown</p>`,
      ),
    );
    expect(w.lines.map((l) => l.text)).toEqual(['t', 'shown']);
    expect(w.links).toHaveLength(1);
  });

  it('keeps footer text after a huge article uses up the text budget', () => {
    let body = '<main><article>';
    for (let i = 0; i < 600; i++) body += `<p>${'Lorem ipsum dolor sit amet. '.repeat(30)}</p>`;
    body += `</article></main><footer><p>Riverside Partnerships</p>
<p>1420 NE Alberta St, Suite 3<br>Portland, OR 97211</p><p>Phone (503) 555-0142</p></footer>`;
    const html = page(body);
    const w = walkOf(html);
    expect(w.truncated).toBe(true);
    expect(w.lines.some((l) => l.text === 'Phone (503) 555-0142')).toBe(true);
    const r = extractFromHtml(html, 'https://www.riverside.example/');
    expect(r.phones).toContain('(503) 555-0142');
    expect(r.address).toMatchObject({ postalCode: '97211', locality: 'Portland' });
  });
});

describe("an image map's areas", () => {
  it('reads the links of an image map (a row of icons drawn as one picture) as links', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Valley Courier</title></head><body><main><h1>Valley Courier</h1></main>
<footer><img src="/img/follow.png" usemap="#follow" alt="Follow us"><map name="follow">
<area shape="rect" coords="0,0,40,40" href="https://www.facebook.com/ValleyCourier" alt="facebook">
<area shape="rect" coords="44,0,84,40" href="https://twitter.com/ValleyCourier" alt="twitter"></map></footer></body></html>`,
      'https://www.valleycourier.example/',
    );
    expect(r.socials).toEqual([
      'https://www.facebook.com/ValleyCourier',
      'https://twitter.com/ValleyCourier',
    ]);
  });
});
