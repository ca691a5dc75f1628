/**
 * Duplicate detection before saving a captured partner: same registrable domain, same e-mail
 * domain (not free-mail), or a (fuzzily) equal normalised name. Pure; index once, query often.
 */
import { getDomain } from 'tldts';
import { FREE_MAIL } from './data/free-mail';

export interface DuplicateCandidate {
  name?: string;
  website?: string;
  emails?: string[];
}
export interface ExistingPartner {
  id: string;
  name: string;
  website?: string;
  emails: string[];
}
export interface DuplicateMatch {
  id: string;
  reason: 'domain' | 'email-domain' | 'name';
  score: number;
}

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return FREE_MAIL.has(d) || /^(yahoo|hotmail|outlook|live|gmx|aol)\.[a-z.]+$/.test(d);
}

/** Registrable domain of a website (www and sub-domains ignored), '' when none. */
export function siteDomain(website: string | undefined): string {
  if (!website) return '';
  const s = website.trim();
  if (!s) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : 'https://' + s;
  const d = getDomain(withScheme);
  return d ? d.toLowerCase() : '';
}

function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '';
  const host = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return getDomain(host) ?? host;
}

// Legal-form and filler words dropped from names. Only words that never distinguish two partners.
const LEGAL = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'gmbh',
  'ag',
  'ev',
  'plc',
  'co',
  'corp',
  'corporation',
  'company',
  'sa',
  'sarl',
  'sas',
  'bv',
  'nv',
  'pty',
  'pvt',
  'srl',
  'spa',
  'ggmbh',
  'kg',
  'the',
]);

/**
 * Normalise an organisation name for comparison: case, accents, punctuation, "&" -> "and",
 * leading "The" and legal forms (Inc, Ltd, LLC, GmbH, plc, Co, Corp …) removed. Meaningful words
 * such as "Foundation", "School" or "Library" are kept.
 */
export function normaliseName(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/\be\.\s?v\./g, ' ev ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = s.split(' ').filter(Boolean);
  const kept = words.filter(
    (w, i) => !(LEGAL.has(w) && (w !== 'co' || i === words.length - 1) && words.length > 1),
  );
  return (kept.length ? kept : words).join(' ');
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Similarity of two normalised names in [0, 1]: max of token-set and edit-distance ratios. */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  // token-set: all tokens of one side equal to the other's (order-insensitive)
  const tokenSet = inter === ta.size && inter === tb.size ? 1 : (2 * inter) / (ta.size + tb.size);
  const len = Math.max(a.length, b.length);
  const maxEdits = Math.floor(len * 0.1);
  const d = levenshtein(a, b, maxEdits);
  const edit = d > maxEdits ? 0 : 1 - d / len;
  return Math.max(tokenSet === 1 ? 1 : tokenSet * 0.95, edit);
}

const NAME_THRESHOLD = 0.9;
const MAX_RESULTS = 25;

export interface DuplicateIndex {
  find(candidate: DuplicateCandidate): DuplicateMatch[];
}

/** Build lookup tables once for many queries (≈ O(1) per domain, small buckets for names). */
export function createDuplicateIndex(existing: ExistingPartner[]): DuplicateIndex {
  const byDomain = new Map<string, string[]>();
  const byEmailDomain = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  // names bucketed by each token, for fuzzy lookups
  const byToken = new Map<string, { id: string; norm: string }[]>();
  const add = (m: Map<string, string[]>, k: string, id: string): void => {
    if (!k) return;
    const l = m.get(k);
    if (l) {
      if (l[l.length - 1] !== id) l.push(id);
    } else m.set(k, [id]);
  };
  for (const p of existing) {
    add(byDomain, siteDomain(p.website), p.id);
    for (const e of p.emails ?? []) {
      const d = emailDomain(e);
      if (d && !isFreeMailDomain(d)) add(byEmailDomain, d, p.id);
    }
    const norm = normaliseName(p.name ?? '');
    if (!norm) continue;
    add(byName, norm, p.id);
    const seenTok = new Set<string>();
    for (const t of norm.split(' ')) {
      if (seenTok.has(t)) continue;
      seenTok.add(t);
      const l = byToken.get(t);
      if (l) l.push({ id: p.id, norm });
      else byToken.set(t, [{ id: p.id, norm }]);
    }
    // also bucket by the first 3 letters for typo-level matches
    const pre = '\u0000' + norm.slice(0, 3);
    const l = byToken.get(pre);
    if (l) l.push({ id: p.id, norm });
    else byToken.set(pre, [{ id: p.id, norm }]);
  }
  return {
    find(candidate: DuplicateCandidate): DuplicateMatch[] {
      const best = new Map<string, DuplicateMatch>();
      const put = (m: DuplicateMatch): void => {
        const cur = best.get(m.id);
        if (!cur || m.score > cur.score) best.set(m.id, m);
      };
      const d = siteDomain(candidate.website);
      const candEmailDomains = new Set<string>();
      for (const e of candidate.emails ?? []) {
        const ed = emailDomain(e);
        if (ed && !isFreeMailDomain(ed)) candEmailDomains.add(ed);
      }
      if (d) {
        for (const id of byDomain.get(d) ?? []) put({ id, reason: 'domain', score: 1 });
        // the candidate's website domain equal to an existing partner's e-mail domain
        for (const id of byEmailDomain.get(d) ?? [])
          put({ id, reason: 'email-domain', score: 0.9 });
      }
      for (const ed of candEmailDomains) {
        for (const id of byEmailDomain.get(ed) ?? [])
          put({ id, reason: 'email-domain', score: 0.9 });
        for (const id of byDomain.get(ed) ?? []) put({ id, reason: 'email-domain', score: 0.9 });
      }
      const norm = normaliseName(candidate.name ?? '');
      if (norm) {
        for (const id of byName.get(norm) ?? []) put({ id, reason: 'name', score: 0.95 });
        const checked = new Set<string>();
        const buckets = [...new Set(norm.split(' '))].map((t) => byToken.get(t) ?? []);
        buckets.push(byToken.get('\u0000' + norm.slice(0, 3)) ?? []);
        let work = 0;
        for (const bucket of buckets) {
          if (bucket.length > 2000) continue; // very common token: other buckets will find real matches
          for (const e of bucket) {
            if (checked.has(e.id) || ++work > 20000) continue;
            checked.add(e.id);
            if (e.norm === norm) continue;
            const s = nameSimilarity(norm, e.norm);
            if (s >= NAME_THRESHOLD)
              put({ id: e.id, reason: 'name', score: Math.round(s * 0.95 * 1000) / 1000 });
          }
        }
      }
      return [...best.values()]
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, MAX_RESULTS);
    },
  };
}

/** One-off lookup (builds a throwaway index). */
export function findDuplicates(
  candidate: DuplicateCandidate,
  existing: ExistingPartner[],
): DuplicateMatch[] {
  return createDuplicateIndex(existing).find(candidate);
}
