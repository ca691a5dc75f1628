/**
 * Capture benchmark, three views measured in one run (compare ratios, not absolute numbers, on a
 * shared machine):
 *   (a) the Node/CLI path — parse with linkedom + extract() — against metascraper (which also parses)
 *       on every corpus page, on the corpus pages over 20 KB and on a generated ~1 MB page;
 *   (b) extract() alone on an already parsed DOM (what the extension does with the live document);
 *   (c) the built extension script (`<outDir>/chrome-mv3/capture-page.js`) evaluated on the live DOM
 *       of the generated page in headless Chromium.
 *   npx tsx scripts/bench/capture.bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extract } from '../../lib/capture/extract';
import { extractFromHtml, parseDocument } from '../../lib/capture/parse-html';

const RUNS = 5;
const THEIR_RUNS = 3;
const BROWSER_RUNS = 7;
const WARMUP = 1;
/** Pages above this size get their own comparison (the corpus is mostly small fragments). */
const LARGE_PAGE_BYTES = 20_000;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Page {
  id: string;
  html: string;
  url: string;
}

type Scraper = (page: { html: string; url: string }) => Promise<unknown>;

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}
const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: number[]): number => percentile(sorted(xs), 0.5);
const mean = (xs: number[]): number =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

interface Stats {
  median: number;
  mean: number;
  p95: number;
}
const stats = (xs: number[]): Stats => ({
  median: percentile(sorted(xs), 0.5),
  mean: mean(xs),
  p95: percentile(sorted(xs), 0.95),
});
/** "3.1× faster" / "1.4× slower" / "level": our time compared with theirs. */
function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || ours <= 0 || theirs <= 0) return 'n/a';
  const r = theirs / ours;
  // within ±5 % on a shared machine is a tie, not a win or a loss
  if (r > 0.95 && r < 1.05) return `level (${r.toFixed(2)}×)`;
  return r > 1 ? `${r.toFixed(1)}× faster` : `${(1 / r).toFixed(1)}× slower`;
}

/** A realistic ~1 MB page: big nav, many paragraphs, JSON-LD, a footer with contact details. */
export function generateBigPage(targetBytes = 1_000_000): string {
  const nav: string[] = [];
  for (let i = 0; i < 400; i++) nav.push(`<li><a href="/section-${i}/">Section ${i}</a></li>`);
  const words =
    'partnership school community volunteer reading program family support grant outcome student teacher district library literacy after-school mentoring'.split(
      ' ',
    );
  const paras: string[] = [];
  let size = 0;
  let n = 0;
  while (size < targetBytes - 40_000) {
    let p = '';
    for (let w = 0; w < 120; w++)
      p += words[(n * 7 + w * 13) % words.length] + (w % 17 === 16 ? '. ' : ' ');
    const para = `<p>${p} Call 2024 results ${n}.</p>\n`;
    paras.push(n % 40 === 0 ? `<h2>Heading ${n}</h2>\n${para}` : para);
    size += para.length;
    n++;
  }
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', name: 'Annual report', publisher: { '@id': '#org' } },
      {
        '@type': 'NGO',
        '@id': '#org',
        name: 'Riverside Partnerships',
        url: 'https://www.riverside.example/',
        logo: 'https://www.riverside.example/logo.png',
        sameAs: ['https://twitter.com/riverside', 'https://www.facebook.com/riverside'],
      },
    ],
  });
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Annual report | Riverside Partnerships</title>
<meta name="description" content="Riverside Partnerships connects schools and community organisations.">
<script type="application/ld+json">${ld}</script></head><body>
<header class="site-header"><a href="/"><img class="logo" src="/logo.png" alt="Riverside Partnerships"></a><nav><ul>${nav.join('')}</ul></nav></header>
<main><article><h1>Annual report</h1>${paras.join('')}</article></main>
<footer class="site-footer"><p>Riverside Partnerships</p><p>1420 NE Alberta St, Suite 3<br>Portland, OR 97211</p>
<p>Phone (503) 555-0142 · <a href="mailto:hello@riverside.example">hello@riverside.example</a></p>
<a href="https://www.instagram.com/riverside/">Instagram</a></footer></body></html>`;
}

function loadCorpus(): Page[] {
  const dir = resolve(repoRoot, '../shared/capture-corpus/cases');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(resolve(dir, id, 'case.json')))
    .sort()
    .map((id) => {
      const c = JSON.parse(readFileSync(resolve(dir, id, 'case.json'), 'utf8')) as { url: string };
      return { id, url: c.url, html: readFileSync(resolve(dir, id, 'page.html'), 'utf8') };
    });
}

/**
 * metascraper is an optional, separate install (bench/metascraper/package.json): it pulls in re2,
 * a native module that would make every `npm install` of the project compile C++. Without it the
 * comparison rows are left out and docs/capture.md keeps the recorded baseline.
 */
const METASCRAPER_DIR = resolve(repoRoot, 'bench/metascraper');

async function loadMetascraper(): Promise<Scraper | string> {
  if (!existsSync(resolve(METASCRAPER_DIR, 'node_modules/metascraper'))) {
    return 'metascraper is not installed (optional: `npm install --prefix bench/metascraper`); the recorded baseline is in docs/capture.md';
  }
  try {
    const fromBench = createRequire(resolve(METASCRAPER_DIR, 'package.json'));
    const load = async (name: string) =>
      (await import(pathToFileURL(fromBench.resolve(name)).href)) as { default?: unknown };
    const names = ['title', 'description', 'logo', 'url', 'publisher'];
    const core = await load('metascraper');
    const factory = (core.default ?? core) as (rules: unknown[]) => Scraper;
    const rules: unknown[] = [];
    for (const n of names) {
      const m = await load(`metascraper-${n}`);
      rules.push(((m.default ?? m) as () => unknown)());
    }
    return factory(rules);
  } catch (e) {
    return `metascraper is unavailable (${(e as Error).message.split('\n')[0]})`;
  }
}

async function time(fn: () => unknown, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * extract() alone: every run gets its own freshly parsed document, parsed outside the timed region
 * (the page walk is cached per document, so re-running on one document would time a cache hit).
 */
function timeExtractOnly(page: Page, runs = RUNS): number[] {
  const docs = Array.from({ length: WARMUP + runs }, () => parseDocument(page.html));
  const out: number[] = [];
  docs.forEach((doc, i) => {
    const t0 = performance.now();
    extract(doc, page.url, { html: page.html });
    if (i >= WARMUP) out.push(performance.now() - t0);
  });
  return out;
}

interface PageTimes {
  page: Page;
  ours: number; // parse + extract, median of runs
  extractOnly: number; // extract on a parsed DOM, median of runs
  theirs?: number; // metascraper, median of runs; undefined when it rejected the page
}

/**
 * (c) The production content-script bundle on the live DOM of `html` in headless Chromium. The same
 * bundle is also timed on an empty page of the same origin: that is the cost of evaluating the
 * ~0.6 MB script itself (module init, libphonenumber metadata), so the difference is extraction.
 */
async function browserRows(html: string, url: string): Promise<string[]> {
  const outDir = process.env.BRIDGEWORK_OUT_DIR ?? '.output';
  const script = resolve(repoRoot, outDir, 'chrome-mv3/capture-page.js');
  const label = `generated page (${(html.length / 1e6).toFixed(2)} MB)`;
  if (!existsSync(script)) {
    return [
      `| ${label} | not built: ${outDir}/chrome-mv3/capture-page.js is missing (run \`npx wxt build\`) | | | | |`,
    ];
  }
  const source = readFileSync(script, 'utf8');
  const emptyUrl = new URL('/bench-empty-page/', url).href;
  let browser: { close(): Promise<void> } | undefined;
  try {
    const { chromium } = await import('playwright-core');
    const b = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox'],
    });
    browser = b;
    const page = await b.newPage();
    // Serve the pages at real URLs so location.href (host, home page …) is what users would see.
    await page.route('**/*', (route) => {
      const u = route.request().url();
      const body =
        u === url ? html : u === emptyUrl ? '<!doctype html><html><body></body></html>' : '';
      return route.fulfill({ status: body ? 200 : 404, contentType: 'text/html', body });
    });
    const measure = async (target: string, rowLabel: string): Promise<string> => {
      await page.goto(target, { waitUntil: 'load' });
      const runOnce = (): Promise<{ ms: number; name: string }> =>
        page.evaluate((src) => {
          const t0 = performance.now();
          // indirect eval: global scope, like executeScript; the bundle is an IIFE whose value is the result
          const result = (0, eval)(src) as { name?: string } | undefined;
          return { ms: performance.now() - t0, name: result?.name ?? '' };
        }, source);
      const cold = await runOnce();
      const warm: number[] = [];
      for (let i = 0; i < BROWSER_RUNS; i++) warm.push((await runOnce()).ms);
      const st = stats(warm);
      const result = cold.name ? `name "${cold.name}"` : 'no name';
      return `| ${rowLabel} | ${fmt(cold.ms)} | ${fmt(st.median)} | ${fmt(st.mean)} | ${fmt(st.p95)} | ${result} |`;
    };
    return [
      await measure(url, `${label}, Chromium ${b.version()}`),
      await measure(emptyUrl, 'empty page: evaluating the bundle alone'),
    ];
  } catch (e) {
    return [`| ${label} | Chromium unavailable (${(e as Error).message.split('\n')[0]}) | | | | |`];
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

export async function run(): Promise<string> {
  const pages = loadCorpus();
  const big: Page = {
    id: 'generated',
    html: generateBigPage(),
    url: 'https://www.riverside-partnerships.org/reports/annual/',
  };
  const scraper = await loadMetascraper();
  const times: PageTimes[] = [];
  let rejected = 0;
  for (const page of pages) {
    const ours = median(await time(() => extractFromHtml(page.html, page.url)));
    const extractOnly = median(timeExtractOnly(page));
    let theirs: number | undefined;
    if (typeof scraper !== 'string') {
      let ok = true;
      await scraper({ html: page.html, url: page.url }).catch(() => {
        ok = false;
      });
      if (ok) theirs = median(await time(() => scraper(page), THEIR_RUNS));
      else rejected++;
    }
    times.push({ page, ours, extractOnly, theirs });
  }

  // The generated page: statistics over runs rather than over pages.
  const bigOurs = await time(() => extractFromHtml(big.html, big.url));
  const bigParse = await time(() => parseDocument(big.html));
  const bigExtract = timeExtractOnly(big);
  const bigTheirs =
    typeof scraper !== 'string'
      ? await time(() => scraper(big).catch(() => undefined), THEIR_RUNS)
      : [];
  const browser = await browserRows(big.html, big.url);

  // (a) parse + extract vs metascraper, on the pages both accept
  const vsRow = (label: string, set: PageTimes[]): string => {
    const both = set.filter((t) => t.theirs !== undefined);
    if (!set.length)
      return `| ${label} | missing: ../shared/capture-corpus not found | | | | | | | |`;
    const a = stats((both.length ? both : set).map((t) => t.ours));
    const b = both.length ? stats(both.map((t) => t.theirs!)) : stats([]);
    const n = both.length ? both.length : set.length;
    return `| ${label} (${n}) | ${fmt(a.median)} | ${fmt(a.mean)} | ${fmt(a.p95)} | ${fmt(b.median)} | ${fmt(b.mean)} | ${fmt(b.p95)} | ${ratio(a.median, b.median)} | ${ratio(a.mean, b.mean)} |`;
  };
  const large = times.filter((t) => t.page.html.length > LARGE_PAGE_BYTES);
  const a = stats(bigOurs);
  const b = stats(bigTheirs);
  const bigLabel = `generated page, ${(big.html.length / 1e6).toFixed(2)} MB (over runs)`;
  const onlyRow = (label: string, xs: number[]): string => {
    const st = stats(xs);
    return `| ${label} | ${fmt(st.median)} | ${fmt(st.mean)} | ${fmt(st.p95)} |`;
  };

  const out = [
    `Capture benchmark — Node ${process.version}. Ours: ${RUNS} warm runs per page, metascraper (title, description, logo, url, publisher rules): ${THEIR_RUNS}; median per page, then median / mean / p95 over pages. All figures in ms, from one run.`,
    '',
    '(a) Node/CLI path: linkedom parse + extract() vs metascraper (parses with cheerio)',
    '',
    '| pages | ours median | ours mean | ours p95 | metascraper median | metascraper mean | metascraper p95 | ours vs metascraper (median) | (mean) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    vsRow('corpus pages', times),
    vsRow(`corpus pages > ${LARGE_PAGE_BYTES / 1000} KB`, large),
    `| ${bigLabel} | ${fmt(a.median)} | ${fmt(a.mean)} | ${fmt(a.p95)} | ${fmt(b.median)} | ${fmt(b.mean)} | ${fmt(b.p95)} | ${ratio(a.median, b.median)} | ${ratio(a.mean, b.mean)} |`,
    '',
    '(b) extract() alone on an already parsed DOM (linkedom; the extension passes the live document)',
    '',
    '| pages | median | mean | p95 |',
    '| --- | --- | --- | --- |',
    ...(times.length
      ? [
          onlyRow(
            `corpus pages (${times.length})`,
            times.map((t) => t.extractOnly),
          ),
          onlyRow(
            `corpus pages > ${LARGE_PAGE_BYTES / 1000} KB (${large.length})`,
            large.map((t) => t.extractOnly),
          ),
        ]
      : []),
    onlyRow(`${bigLabel}: extract()`, bigExtract),
    onlyRow(`${bigLabel}: linkedom parse alone`, bigParse),
    '',
    '(c) Built content script (`capture-page.js`: bundle evaluation + extract on the live DOM) in headless Chromium',
    '',
    `| page | first run | median of ${BROWSER_RUNS} | mean | p95 | result |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...browser,
  ];
  if (typeof scraper === 'string') out.push('', scraper);
  else if (rejected) {
    out.push(
      '',
      `metascraper rejected ${rejected} corpus page(s) (INVALID_URL for reserved TLDs such as .example); they are left out of the comparison rows.`,
    );
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().then(
    (md) => process.stdout.write(md + '\n'),
    (e: unknown) => {
      process.stderr.write(String(e) + '\n');
      process.exit(1);
    },
  );
}
