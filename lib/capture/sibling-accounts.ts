/**
 * Several accounts on one platform in a site's header, footer or nav: the ones named for the
 * site (its declared name, title, header logo text or domain) are its own, and the others on
 * that platform belong to someone shown beside it — the network or group it is part of, sister
 * sites, a theme's author. Only when at least one account on the platform is clearly the site's
 * are the rest set apart; a site whose handles match none of its names is left alone.
 */
import type { PageContext } from './types';
import { domainLabel } from './host';
import { socialHandle, socialKey } from './social';
import { linkSocials } from './link-socials';
import { brandWord } from './name-words';
import { isGenericSegment, titleSegments } from './title';
import { squash } from './util';
import { walkPage, Z } from './walk';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
const MAX_LINKS = 80;

const cache = new WeakMap<Document, Set<string>>();

/** Social keys of frame accounts that belong to someone other than the site. */
export function otherSiteAccountKeys(ctx: PageContext): Set<string> {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out = new Set<string>();
  cache.set(ctx.doc, out);
  const walk = walkPage(ctx);
  const byPlatform = new Map<string, Set<string>>();
  let n = 0;
  const socials = linkSocials(ctx);
  for (let i = 0; i < walk.links.length; i++) {
    const s = socials[i];
    if (!s || !(walk.links[i]!.zone & FRAME) || n++ > MAX_LINKS) continue;
    const key = socialKey(s);
    const platform = key.split('/')[0]!;
    byPlatform.set(platform, (byPlatform.get(platform) ?? new Set()).add(key));
  }
  if (![...byPlatform.values()].some((keys) => keys.size >= 2)) return out;
  const mine = (key: string): boolean => namedForSite(ctx, key);
  for (const keys of byPlatform.values()) {
    if (keys.size < 2) continue;
    const own = [...keys].filter(mine);
    if (!own.length) continue;
    for (const k of keys) if (!own.includes(k)) out.add(k);
  }
  return out;
}

const wordsCache = new WeakMap<Document, string[]>();

/** Is the account (a socialKey) named for the site: its name, a distinctive word, its domain? */
export function namedForSite(ctx: PageContext, key: string): boolean {
  let names = wordsCache.get(ctx.doc);
  if (!names) {
    names = siteWords(ctx, walkPage(ctx).images);
    wordsCache.set(ctx.doc, names);
  }
  const h = squash(socialHandle(`https://${key}`));
  return names.some((w) => h.includes(w) || (h.length >= 5 && w.includes(h)));
}

/** Does a text (a link's label) name the site: its name, a distinctive word, its domain? */
export function textNamesSite(ctx: PageContext, text: string): boolean {
  let names = wordsCache.get(ctx.doc);
  if (!names) {
    names = siteWords(ctx, walkPage(ctx).images);
    wordsCache.set(ctx.doc, names);
  }
  const t = squash(text);
  return names.some((w) => t.includes(w) || (t.length >= 5 && w.includes(t)));
}

/** Squashed names and distinctive words the site calls itself by, and its domain's label. */
function siteWords(ctx: PageContext, images: { alt: string; zone: number }[]): string[] {
  const names = [
    ctx.siteName ?? '',
    ...titleSegments(ctx.title).filter((t) => !isGenericSegment(t)),
    ...images.filter((i) => i.zone & Z.HEADER).map((i) => i.alt.replace(/\s+logo$/i, '')),
  ].filter((x) => x.trim().length >= 3);
  const out = new Set<string>();
  const label = domainLabel(ctx.host);
  if (label.length >= 4) out.add(label);
  for (const name of names.slice(0, 8)) {
    const s = squash(name);
    if (s.length >= 4) out.add(s);
    // A word in another script squashes to nothing, which every handle would contain.
    const brand = squash(brandWord(name) ?? '');
    if (brand.length >= 4) out.add(brand);
  }
  return [...out];
}
