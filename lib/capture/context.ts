import type { PageContext } from './types';
import { cleanText, hostOf, resolveUrl } from './util';
import { getPublicSuffix } from 'tldts';
import { elementsByTag } from './page-elements';

/** ccTLD -> region for phone parsing (generic TLDs give no hint). */
function tldRegion(host: string): string {
  const suffix = (getPublicSuffix(host) ?? '').toLowerCase();
  const last = suffix.split('.').pop() ?? '';
  if (last === 'uk') return 'GB';
  if (
    last.length === 2 &&
    last !== 'eu' &&
    last !== 'io' &&
    last !== 'co' &&
    last !== 'tv' &&
    last !== 'me' &&
    last !== 'ai' &&
    last !== 'fm'
  ) {
    return last.toUpperCase();
  }
  return '';
}

const metaCache = new WeakMap<Document, Map<string, string[]>>();

/** All <meta> values by property/name (one scan per document). */
export function metaValues(doc: Document, key: string): string[] {
  let m = metaCache.get(doc);
  if (!m) {
    m = new Map();
    const els = doc.getElementsByTagName('meta');
    for (let i = 0; i < els.length && i < 2000; i++) {
      const el = els[i]!;
      const content = el.getAttribute('content');
      if (content == null) continue;
      for (const k of [
        el.getAttribute('property'),
        el.getAttribute('name'),
        el.getAttribute('itemprop'),
      ]) {
        if (!k) continue;
        const lk = k.toLowerCase();
        const l = m.get(lk);
        if (l) l.push(content);
        else m.set(lk, [content]);
      }
    }
    metaCache.set(doc, m);
  }
  return m.get(key.toLowerCase()) ?? [];
}

export function metaContent(doc: Document, key: string): string {
  const v = metaValues(doc, key)[0];
  return v ? cleanText(v, 2000) : '';
}

export function buildContext(doc: Document, url: string): PageContext {
  const pageUrl = resolveUrl(url, '') || '';
  const baseEl = elementsByTag(doc, 'BASE').find((el) => el.hasAttribute('href'));
  const base = (baseEl && resolveUrl(baseEl.getAttribute('href') ?? '', pageUrl)) || pageUrl;
  const host = hostOf(pageUrl);
  let origin = '';
  try {
    origin = pageUrl ? new URL('/', pageUrl).href : '';
  } catch {
    origin = '';
  }
  const hints: string[] = [];
  const html = doc.documentElement;
  const lang = (html?.getAttribute('lang') || metaContent(doc, 'og:locale') || '').replace(
    '_',
    '-',
  );
  const m = /^[a-z]{2,3}-([a-z]{2})\b/i.exec(lang);
  if (m) hints.push(m[1]!.toUpperCase());
  const t = host ? tldRegion(host) : '';
  if (t) hints.push(t);
  const lang2 = /^([a-z]{2})\b/i.exec(lang)?.[1]?.toLowerCase();
  const byLang: Record<string, string> = {
    de: 'DE',
    fr: 'FR',
    it: 'IT',
    es: 'ES',
    nl: 'NL',
    ja: 'JP',
    pt: 'BR',
    pl: 'PL',
    sv: 'SE',
  };
  if (lang2 && byLang[lang2]) hints.push(byLang[lang2]!);
  const titleEl = elementsByTag(doc, 'TITLE')[0];
  const title = cleanText(titleEl?.textContent ?? '', 500);
  const siteName =
    metaContent(doc, 'og:site_name') || metaContent(doc, 'application-name') || undefined;
  return {
    doc,
    url: pageUrl,
    base,
    host,
    origin,
    countryHints: [...new Set(hints)],
    title,
    siteName: siteName ? cleanText(siteName, 300) : undefined,
  };
}
