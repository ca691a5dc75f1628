/**
 * Site networks and owners: a header or footer line saying the site is "Part of the Northfield
 * Media network", "A member of the … family of sites", "An Acme Media publication" or
 * "Published by …" names a group whose own accounts (the network bar's icons) are not the site's.
 * So is a footer's copyright holder unrelated to the site's own name ("© SportsPlatform" under a
 * club's pages: the platform the site runs on). Only short lines in the header, footer or nav
 * are read (the group is credited there); a group named like the site itself (its domain spells
 * it, it shares a word with the site's name or is its initials) is the site's own brand.
 */
import type { PageContext } from './types';
import { ORG_WORDS } from './data/org-words';
import { relatedNames } from './related-names';
import { isGenericSegment, nameMatchesHost, titleSegments } from './title';
import { squash } from './util';
import { walkPage, Z } from './walk';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
// (case is spelled out: the group's name is read by its capital letter)
const NETWORK =
  /\b(?:[Pp]art of|[Aa] member of|[Mm]ember of|[Oo]ne of)\s+(?:the\s+)?(\p{Lu}[^·|•,;.!?()—–\n]{1,50}?)\s+(?:network|group|family|portfolio)(?:\s+of\s+(?:sites|titles|websites|publications|stations|newspapers))?\b/u;
const PUBLISHER =
  /\b(?:[Aa]n?\s+(\p{Lu}[^·|•,;.!?()—–\n]{1,40}?)\s+(?:publication|title|website)\b|[Pp]ublished by\s+(\p{Lu}[^·|•,;.!?()—–\n]{1,50}))/u;
/** A footer's copyright holder ("© SportsPlatform", "Copyright 2026 Acme Media Ltd"). */
const COPYRIGHT =
  /(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s*)?(\p{Lu}[^·|•,;!?()—–\n]{1,50}?)(?:\.\s|\s*$|\s+(?:[Aa]ll rights|[Tt]ous droits|[Aa]lle [Rr]echte)|\s*[·|•,;])/u;
const LEGAL = /\s+(ltd|limited|inc|llc|plc|gmbh|group|media group)\.?\s*$/i;

const cache = new WeakMap<Document, string[]>();

/** Squashed names (with and without a legal form) of the groups the site says it belongs to. */
export function networkNames(ctx: PageContext): string[] {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out: string[] = [];
  const site = siteNames(ctx);
  for (const l of walkPage(ctx).lines) {
    if (!(l.zone & FRAME) || l.text.length > 160 || out.length >= 6) continue;
    const m = NETWORK.exec(l.text) ?? PUBLISHER.exec(l.text);
    let name = (m?.[1] ?? m?.[2] ?? '').trim();
    // "Published by Jane Smith" under a blog is its author; a publisher is a company
    if (m?.[2] && !ORG_WORDS.test(name) && !/publish/i.test(name)) continue;
    // a footer copyright held by someone unrelated to the site's declared name is the platform
    // the site runs on ("© SportsPlatform" under a club's pages)
    if (!name && l.zone & Z.FOOTER && site.length) {
      const c = COPYRIGHT.exec(l.text)?.[1]?.trim() ?? '';
      if (c && !site.some((n) => relatedNames(c, n))) name = c;
    }
    if (!name || nameMatchesHost(name, ctx.host)) continue;
    for (const n of [name, name.replace(LEGAL, '')]) {
      const s = squash(n);
      if (s.length >= 5 && !out.includes(s)) out.push(s);
    }
  }
  cache.set(ctx.doc, out);
  return out;
}

/** The names the site gives itself: og:site_name and the title's non-generic segments. */
function siteNames(ctx: PageContext): string[] {
  return [ctx.siteName ?? '', ...titleSegments(ctx.title).filter((t) => !isGenericSegment(t))]
    .map((n) => n.trim())
    .filter((n) => n.length >= 2);
}
