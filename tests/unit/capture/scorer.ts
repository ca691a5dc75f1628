/**
 * A TypeScript port of the comparison rules of /work/shared/capture-corpus/score.mjs (per-case
 * TP/FP/FN per field), so the golden test can score in-process without spawning a CLI per case.
 */
const SCALARS = ['name', 'url', 'description', 'logo', 'type'];
const SETS = ['emails', 'phones', 'socials'];
const ADDR = ['street', 'locality', 'region', 'postalCode', 'country'];
export const ALL_FIELDS = [
  ...SCALARS.slice(0, 4),
  ...SETS,
  ...ADDR.map((k) => 'address.' + k),
  'type',
];
const URL_FIELDS = new Set(['url', 'logo']);
const IGNORE_UNEXPECTED = new Set(['description']);

function normText(s: unknown): string {
  if (s == null) return '';
  return String(s)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.,;:]+$/, '')
    .trim();
}
function normAddr(s: unknown): string {
  return normText(s)
    .replace(/[,.;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const COUNTRY: Record<string, string[]> = {
  us: ['us', 'usa', 'u s a', 'u s', 'united states', 'united states of america'],
  gb: [
    'gb',
    'uk',
    'u k',
    'united kingdom',
    'great britain',
    'united kingdom of great britain and northern ireland',
  ],
  de: ['de', 'deu', 'germany', 'deutschland'],
  fr: ['fr', 'fra', 'france'],
  in: ['in', 'ind', 'india', 'bharat'],
  at: ['at', 'aut', 'austria', 'österreich', 'osterreich'],
  ch: ['ch', 'che', 'switzerland', 'schweiz', 'suisse', 'svizzera'],
  ca: ['ca', 'can', 'canada'],
  es: ['es', 'esp', 'spain', 'españa', 'espana'],
  it: ['it', 'ita', 'italy', 'italia'],
  nl: ['nl', 'nld', 'netherlands', 'the netherlands', 'nederland'],
  au: ['au', 'aus', 'australia'],
  ie: ['ie', 'irl', 'ireland'],
  br: ['br', 'bra', 'brazil', 'brasil'],
  jp: ['jp', 'jpn', 'japan'],
};
const COUNTRY_ALIAS = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRY))
  for (const n of names) COUNTRY_ALIAS.set(n, code);
function normCountry(s: unknown): string {
  const a = normAddr(s);
  return COUNTRY_ALIAS.get(a) || a;
}
const SOCIAL_HOST_ALIAS: Record<string, string> = {
  'x.com': 'twitter.com',
  'fb.com': 'facebook.com',
  'telegram.me': 't.me',
};
function normUrl(u: unknown, social = false): string {
  if (u == null) return '';
  let s = String(u).trim();
  if (!s) return '';
  if (s.startsWith('//')) s = 'https:' + s;
  let p: URL;
  try {
    p = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : 'https://' + s);
  } catch {
    return normText(s);
  }
  if (!/^https?:$/.test(p.protocol)) return normText(s);
  let host = p.hostname.toLowerCase().replace(/^www\./, '');
  let search = p.search || '';
  if (social) {
    host = host
      .replace(/^(m|mobile)\./, '')
      .replace(/^[a-z]{2}(-[a-z]{2})?\.(facebook|linkedin|pinterest)\.com$/, '$2.com');
    host = SOCIAL_HOST_ALIAS[host] || host;
    const id = p.searchParams.get('id');
    search = id ? '?id=' + id : '';
  }
  const port = p.port && !['80', '443'].includes(p.port) ? ':' + p.port : '';
  let pathname = p.pathname;
  try {
    pathname = decodeURI(pathname);
  } catch {
    /* keep */
  }
  pathname = pathname.replace(/\/+$/, '');
  if (social) pathname = pathname.toLowerCase();
  return host + port + pathname + search;
}
function normEmail(e: unknown): string {
  if (e == null) return '';
  return String(e)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/\?.*$/, '')
    .trim()
    .toLowerCase();
}
function phoneDigits(p: unknown): string {
  let s = String(p == null ? '' : p)
    .trim()
    .replace(/^tel:/i, '');
  if (/^\s*(\+|00)/.test(s)) s = s.replace(/\(\s*0\s*\)/, '');
  return s.replace(/\D+/g, '').replace(/^00/, '');
}
function phoneMatch(a: unknown, b: unknown): boolean {
  const x = phoneDigits(a);
  const y = phoneDigits(b);
  if (!x || !y) return false;
  if (x === y) return true;
  let l = 0;
  while (l < x.length && l < y.length && x[x.length - 1 - l] === y[y.length - 1 - l]) l++;
  return l >= 9 && l >= Math.min(x.length, y.length) - 1;
}
function scalarEq(field: string, a: string, b: string): boolean {
  if (URL_FIELDS.has(field)) return normUrl(a) !== '' && normUrl(a) === normUrl(b);
  if (field === 'address.country')
    return normCountry(a) !== '' && normCountry(a) === normCountry(b);
  if (field.startsWith('address.')) return normAddr(a) !== '' && normAddr(a) === normAddr(b);
  return normText(a) !== '' && normText(a) === normText(b);
}
function setEq(field: string, a: string, b: string): boolean {
  if (field === 'emails') return normEmail(a) !== '' && normEmail(a) === normEmail(b);
  if (field === 'phones') return phoneMatch(a, b);
  if (field === 'socials') return normUrl(a, true) !== '' && normUrl(a, true) === normUrl(b, true);
  return false;
}
function isEmpty(v: unknown): boolean {
  return (
    v == null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
  );
}
function getField(obj: unknown, field: string): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  const o = obj as Record<string, unknown>;
  if (field.startsWith('address.')) {
    const a = o.address;
    if (!a || typeof a !== 'object' || Array.isArray(a)) return undefined;
    return (a as Record<string, unknown>)[field.slice(8)];
  }
  return o[field];
}
function alternatives(v: unknown): string[] {
  if (isEmpty(v)) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => !isEmpty(x)).map(String);
}
function predScalar(v: unknown): string | undefined {
  if (Array.isArray(v)) v = v.find((x) => !isEmpty(x));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    v = o.url || o.href || o.name || o.value || '';
  }
  if (isEmpty(v)) return undefined;
  return String(v);
}
function predSet(v: unknown): string[] {
  if (isEmpty(v)) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr
    .map((x) => {
      if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        return o.value || o.url || o.href || o.email || o.number || '';
      }
      return x;
    })
    .filter((x) => !isEmpty(x))
    .map(String);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  notes: string[];
}

export function scoreCase(
  expected: unknown,
  optional: unknown,
  pred: unknown,
): Record<string, Counts> {
  const out: Record<string, Counts> = {};
  for (const f of ALL_FIELDS) {
    const r: Counts = { tp: 0, fp: 0, fn: 0, notes: [] };
    if (SETS.includes(f)) {
      const exp = alternatives(getField(expected, f));
      const opt = alternatives(getField(optional, f));
      const prd = predSet(getField(pred, f));
      const usedE = new Set<number>();
      const seenP: string[] = [];
      for (const p of prd) {
        if (seenP.some((q) => setEq(f, p, q))) continue;
        seenP.push(p);
        const i = exp.findIndex((e, k) => !usedE.has(k) && setEq(f, p, e));
        if (i >= 0) {
          usedE.add(i);
          r.tp++;
          continue;
        }
        if (exp.some((e) => setEq(f, p, e))) continue;
        if (opt.some((o) => setEq(f, p, o))) continue;
        r.fp++;
        r.notes.push('unexpected ' + JSON.stringify(p));
      }
      exp.forEach((e, k) => {
        if (!usedE.has(k)) {
          r.fn++;
          r.notes.push('missing ' + JSON.stringify(e));
        }
      });
    } else {
      const exp = alternatives(getField(expected, f));
      const opt = alternatives(getField(optional, f));
      const p = predScalar(getField(pred, f));
      if (exp.length) {
        if (p === undefined) {
          r.fn++;
          r.notes.push('missing, expected ' + JSON.stringify(exp.length > 1 ? exp : exp[0]));
        } else if (exp.some((e) => scalarEq(f, p, e))) r.tp++;
        else {
          r.fp++;
          r.fn++;
          r.notes.push(
            'got ' +
              JSON.stringify(p) +
              ', expected ' +
              JSON.stringify(exp.length > 1 ? exp : exp[0]),
          );
        }
      } else if (p !== undefined && !IGNORE_UNEXPECTED.has(f)) {
        if (!opt.some((o) => scalarEq(f, p, o))) {
          r.fp++;
          r.notes.push('unexpected ' + JSON.stringify(p));
        }
      }
    }
    out[f] = r;
  }
  return out;
}

/** Micro-F1 over all fields of one case (1 when nothing is expected and nothing wrong predicted). */
export function caseF1(scores: Record<string, Counts>): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of Object.values(scores)) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  if (tp + fp + fn === 0) return 1;
  return (2 * tp) / (2 * tp + fp + fn);
}
