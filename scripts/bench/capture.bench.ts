/**
 * Capture benchmark: extractFromHtml (parsing included) over every corpus page and a generated
 * ~1 MB page, against metascraper (title, description, logo, url, publisher) on the same pages.
 *   npx tsx scripts/bench/capture.bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFromHtml } from '../../lib/capture/parse-html';

const RUNS = 5;
const WARMUP = 1;

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
const median = (xs: number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

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
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
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

async function loadMetascraper(): Promise<Scraper | string> {
  try {
    const names = ['title', 'description', 'logo', 'url', 'publisher'];
    const core = (await import('metascraper')) as unknown as { default?: unknown };
    const factory = (core.default ?? core) as (rules: unknown[]) => Scraper;
    const rules: unknown[] = [];
    for (const n of names) {
      const m = (await import(`metascraper-${n}`)) as { default?: unknown };
      rules.push(((m.default ?? m) as () => unknown)());
    }
    return factory(rules);
  } catch (e) {
    return `metascraper is unavailable (${(e as Error).message.split('\n')[0]})`;
  }
}

async function time(fn: () => unknown | Promise<unknown>, runs = RUNS): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function run(): Promise<string> {
  const pages = loadCorpus();
  const big = generateBigPage();
  const scraper = await loadMetascraper();
  const ours: number[] = [];
  const theirs: number[] = [];
  const oursSame: number[] = []; // our times on the pages metascraper accepted
  let failed = 0;
  for (const p of pages) {
    const mine = median(await time(() => extractFromHtml(p.html, p.url)));
    ours.push(mine);
    if (typeof scraper !== 'string') {
      let ok = true;
      await scraper({ html: p.html, url: p.url }).catch(() => {
        ok = false;
      });
      if (!ok) {
        failed++;
        continue;
      }
      theirs.push(median(await time(() => scraper({ html: p.html, url: p.url }), 3)));
      oursSame.push(mine);
    }
  }

  const bigUrl = 'https://www.riverside-partnerships.org/reports/annual/';
  const oursBig = await time(() => extractFromHtml(big, bigUrl));
  const theirsBig =
    typeof scraper !== 'string'
      ? await time(() => scraper({ html: big, url: bigUrl }).catch(() => undefined), 3)
      : [];
  const s = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
  const row = (label: string, a: number[], b: number[]): string => {
    const am = percentile(s(a), 0.5);
    const ap = percentile(s(a), 0.95);
    const bm = b.length ? percentile(s(b), 0.5) : NaN;
    const bp = b.length ? percentile(s(b), 0.95) : NaN;
    const ratio = b.length ? `${(bm / am).toFixed(1)}× faster` : 'n/a';
    return `| ${label} | ${fmt(am)} | ${fmt(ap)} | ${fmt(bm)} | ${fmt(bp)} | ${ratio} |`;
  };
  const lines = [
    `Capture benchmark — Node ${process.version}, ${RUNS} warm runs per page for ours, 3 for metascraper (median per page, then median / p95 over pages), parsing included.`,
    '',
    '| pages | ours median ms | ours p95 ms | metascraper median ms | metascraper p95 ms | ratio (median) |',
    '| --- | --- | --- | --- | --- | --- |',
    pages.length
      ? row(`corpus (${pages.length} pages)`, ours, [])
      : '| corpus | missing: ../shared/capture-corpus not found | | | | |',
    ...(theirs.length
      ? [row(`corpus pages metascraper accepts (${theirs.length})`, oursSame, theirs)]
      : []),
    row(`generated page (${(big.length / 1e6).toFixed(2)} MB)`, oursBig, theirsBig),
  ];
  if (typeof scraper === 'string') lines.push('', scraper);
  else if (failed) {
    lines.push(
      '',
      `metascraper rejected ${failed} corpus page(s) (INVALID_URL for reserved TLDs such as .example); they are left out of its column.`,
    );
  }
  return lines.join('\n');
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
