/**
 * Hostile and random pages into capture: the extractor must never throw, never hang, and never
 * hand the review form a value the partner form could not hold safely (a `javascript:` link, an
 * email without `@`, a name longer than a page title can reasonably be).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFromHtml } from '../../lib/capture/parse-html';
import type { CaptureResult } from '../../lib/capture/types';
import { fuzzParams } from './fuzz-params';

const hostileUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'chrome://settings',
  '//evil.example/x',
  'http://',
  'https://[::1',
  'https://ex ample.org',
  'mailto:',
  'tel:',
  'mailto:a@b.example?subject=<script>',
  'tel:+1 (555) 010-0199 ext. 4',
];

const words = fc.constantFrom(
  'Riverside',
  'Library',
  'Foundation',
  'after-school',
  'contact',
  'info@riverside.example.org',
  'hello [at] example [dot] org',
  '+1 555 010 0199',
  '(020) 7946 0958',
  '0800 123 456',
  '123 Main St, Springfield, IL 62704',
  '<script>alert(1)</script>',
  '\u202e\u0000\ufeff',
  'é'.repeat(50),
  '&amp;&lt;&#x0;&#xD800;',
);

const text = fc
  .array(fc.oneof(words, fc.string({ maxLength: 40 })), { maxLength: 8 })
  .map((parts) => parts.join(' '));

const url = fc.oneof(fc.constantFrom(...hostileUrls), fc.webUrl(), fc.string({ maxLength: 30 }));

/** JSON that is deep, wide or of the wrong types, as a hostile page's JSON-LD could be. */
const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 20 }),
    text,
    url,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '@type',
        '@id',
        '@graph',
        '@context',
        'name',
        'url',
        'logo',
        'email',
        'telephone',
        'address',
        'sameAs',
        'employee',
        'contactPoint',
        '__proto__',
        'constructor',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

function deepJson(depth: number): string {
  return '{"@type":"Organization","name":'.repeat(depth) + '"x"' + '}'.repeat(depth);
}

function deepHtml(depth: number): string {
  return '<div>'.repeat(depth) + 'Deep Org info@deep.example' + '</div>'.repeat(depth);
}

const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.tuple(url, text).map(([href, label]) => `<a href="${href}">${label}</a>`),
    fc.tuple(url).map(([src]) => `<img src="${src}" alt="logo"><link rel="icon" href="${src}">`),
    fc
      .tuple(fc.constantFrom('og:title', 'og:url', 'og:image', 'og:site_name', 'description'), text)
      .map(([p, c]) => `<meta property="${p}" name="${p}" content="${c}">`),
    jsonValue.map(
      (value) => `<script type="application/ld+json">${JSON.stringify(value) ?? 'null'}</script>`,
    ),
    fc.string({ maxLength: 60 }).map((raw) => `<script type="application/ld+json">${raw}</script>`),
    fc
      .tuple(fc.constantFrom('name', 'url', 'email', 'telephone', 'logo'), text)
      .map(([prop, value]) => `<span itemprop="${prop}">${value}</span>`),
    fc
      .tuple(fc.constantFrom('h-card', 'h-org', 'p-name', 'u-url', 'u-email', 'p-tel'), text)
      .map(([cls, value]) => `<div class="${cls}">${value}</div>`),
    fc
      .tuple(
        fc.constantFrom('div', 'footer', 'address', 'section', 'p', 'li', 'table'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
    fc.string({ maxLength: 80 }),
  ),
})).node;

const page = fc.oneof(
  { weight: 6, arbitrary: fc.array(element, { maxLength: 12 }).map((parts) => parts.join('\n')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 500, max: 3000 })
      .map(
        (depth) =>
          `<script type="application/ld+json">${deepJson(depth)}</script>${deepHtml(Math.min(depth, 1500))}`,
      ),
  },
);

const pageUrl = fc.oneof(
  fc.constant('https://riverside.example.org/contact'),
  fc.webUrl(),
  fc.constantFrom('about:blank', 'file:///tmp/page.html', 'not a url'),
);

function isHttp(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

function expectSafe(result: CaptureResult) {
  for (const link of [result.url, result.logo, ...result.socials]) {
    if (link !== undefined) expect(isHttp(link), `not an http(s) link: ${link}`).toBe(true);
  }
  for (const email of result.emails) {
    expect(email).toMatch(/^[^\s@]+@[^\s@]+$/);
  }
  for (const value of [result.name, result.description, ...result.phones]) {
    if (value !== undefined) expect(typeof value).toBe('string');
  }
  for (const person of result.people) expect(typeof person.name).toBe('string');
  for (const candidate of result.candidates) {
    if (typeof candidate.value === 'string') {
      expect(candidate.value.trim().toLowerCase().startsWith('javascript:')).toBe(false);
    }
  }
}

describe('capture fuzz: random and hostile pages', () => {
  test('never throws, never hangs, and offers only safe values', () => {
    const reached = { name: 0, url: 0, emails: 0, phones: 0 };
    fc.assert(
      fc.property(page, pageUrl, (html, address) => {
        const result = extractFromHtml(html, address);
        expectSafe(result);
        if (result.name) reached.name++;
        if (result.url) reached.url++;
        if (result.emails.length) reached.emails++;
        if (result.phones.length) reached.phones++;
      }),
      fuzzParams(150),
    );
    // The pages must reach the rules, or the property above proves little.
    for (const [field, count] of Object.entries(reached)) {
      expect(count, `no page yielded a ${field}`).toBeGreaterThan(0);
    }
  }, 120_000);
});
