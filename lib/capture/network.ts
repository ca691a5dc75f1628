/**
 * Site networks and owners: a header or footer line saying the site is "Part of the Northfield
 * Media network", "A member of the … family of sites", "An Acme Media publication" or
 * "Published by …" names a group whose own accounts (the network bar's icons) are not the site's.
 * Only short lines in the header, footer or nav are read (the group is credited there); a group
 * named like the site itself (its domain spells it) is the site's own brand and is skipped.
 */
import type { PageContext } from './types';
import { ORG_WORDS } from './data/org-words';
import { nameMatchesHost } from './title';
import { squash } from './util';
import { walkPage, Z } from './walk';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
// (case is spelled out: the group's name is read by its capital letter)
const NETWORK =
  /\b(?:[Pp]art of|[Aa] member of|[Mm]ember of|[Oo]ne of)\s+(?:the\s+)?(\p{Lu}[^·|•,;.!?()—–\n]{1,50}?)\s+(?:network|group|family|portfolio)(?:\s+of\s+(?:sites|titles|websites|publications|stations|newspapers))?\b/u;
const PUBLISHER =
  /\b(?:[Aa]n?\s+(\p{Lu}[^·|•,;.!?()—–\n]{1,40}?)\s+(?:publication|title|website)\b|[Pp]ublished by\s+(\p{Lu}[^·|•,;.!?()—–\n]{1,50}))/u;
const LEGAL = /\s+(ltd|limited|inc|llc|plc|gmbh|group|media group)\.?\s*$/i;

const cache = new WeakMap<Document, string[]>();

/** Squashed names (with and without a legal form) of the groups the site says it belongs to. */
export function networkNames(ctx: PageContext): string[] {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out: string[] = [];
  for (const l of walkPage(ctx).lines) {
    if (!(l.zone & FRAME) || l.text.length > 160 || out.length >= 6) continue;
    const m = NETWORK.exec(l.text) ?? PUBLISHER.exec(l.text);
    const name = (m?.[1] ?? m?.[2] ?? '').trim();
    if (!name || nameMatchesHost(name, ctx.host)) continue;
    // "Published by Jane Smith" under a blog is its author; a publisher is a company
    if (m?.[2] && !ORG_WORDS.test(name) && !/publish/i.test(name)) continue;
    for (const n of [name, name.replace(LEGAL, '')]) {
      const s = squash(n);
      if (s.length >= 5 && !out.includes(s)) out.push(s);
    }
  }
  cache.set(ctx.doc, out);
  return out;
}
