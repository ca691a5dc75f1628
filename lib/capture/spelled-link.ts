/**
 * On a page hosted elsewhere, a link in the main content to an outside site whose domain the
 * subject's name spells ("Organised by <a href=…riversidefoodbank.org/events>Riverside Food
 * Bank</a>") leads to the subject's own site, even when its text does not say "website". The
 * site's home page is taken, not the inner page linked.
 */
import { parse } from 'tldts';
import { classifySocial } from './social';
import { REFERENCE_SITE } from './data/reference-sites';
import { nameMatchesHost, nameSpellsDomain } from './title';
import { unwrapRedirect } from './util';
import { linkUrl, type PageWalk } from './walk';

export function spelledLink(
  walk: PageWalk,
  base: string,
  pageHost: string,
  subject: string,
  skip: (domain: string) => boolean,
  skipZones: number,
): string {
  if (!subject) return '';
  let n = 0;
  for (const l of walk.links) {
    if (l.zone & skipZones || !/^(https?:)?\/\//i.test(l.href.trim()) || n++ > 400) continue;
    const abs = unwrapRedirect(linkUrl(l, base), pageHost);
    if (!abs || classifySocial(abs) || REFERENCE_SITE.test(abs)) continue;
    let u: URL;
    try {
      u = new URL(abs);
    } catch {
      continue;
    }
    const d = parse(u.hostname).domain ?? '';
    if (!d || skip(d)) continue;
    if (nameMatchesHost(subject, d) || nameSpellsDomain(subject, d)) return `${u.origin}/`;
  }
  return '';
}
