/**
 * Rule: where an artist, seller or group is based, written as a place line without a street —
 * "Sheffield, UK", "Hexham, Northumberland, United Kingdom", "Bozeman, Montana, United States ·
 * 2,418 sales". Read only on pages about someone other than their site (host.ts: listings, and a
 * tenant's page on a platform's sub-domain), which state the subject's town this way; on a site's
 * own pages such a line is as often where a person is from. A full postal address outranks it.
 */
import type { Candidate, CaptureAddress, PageContext } from '../types';
import { readHost, registrable } from '../host';
import { isCountry, isRegion, townWithPlace } from '../address/words';
import { walkPage, Z } from '../walk';
import { inDatedListItem } from '../dated-items';

/** Below every postal address read from text (0.46 and up) and from structured data. */
const CONFIDENCE = 0.42;
const TOWN = /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const MAX_LINES = 3000;
/** Elements a profile marks as the subject's location. */
const LOCATION_SELECTOR =
  '[class~="location"], [class~="profile-location"], [class~="user-location"], [itemprop="homeLocation"], [data-testid="UserLocation"]';

/** "Town, Region[, Country]" or "Town, Country" → the address it states. */
export function placeOf(text: string): CaptureAddress | undefined {
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [town, second, third] = parts as [string, string, string | undefined];
  if (!TOWN.test(town) || isRegion(town) || isCountry(town)) return undefined;
  return townWithPlace(town, second, third);
}

export function placeLineRule(ctx: PageContext): Candidate[] {
  const host = readHost(ctx);
  // a page about someone other than its site, or a tenant's page on a platform's sub-domain
  if (!host.hosted && !host.vendors.domains.has(registrable(ctx.host))) return [];
  // an element marked as the location ("<span class="location">Bitton, South Gloucestershire</span>"
  // among other profile items on one line)
  for (const el of Array.from(ctx.doc.querySelectorAll(LOCATION_SELECTOR)).slice(0, 20)) {
    // (a dated list's row gives that item's place: a past concert's town)
    if (el.closest('footer, nav') || inDatedListItem(el)) continue;
    const value = placeOf((el.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/[.;]$/, ''));
    if (value) return [{ field: 'address', value, source: 'text', confidence: CONFIDENCE }];
  }
  const walk = walkPage(ctx);
  // a profile header writes the subject's name and its place on one line ("The Marsh Hollow Band
  // Asheville, North Carolina"): the place is what follows the name
  const names = [
    ctx.siteName,
    ctx.doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
  ]
    .map((x) => x?.trim())
    .filter((x): x is string => !!x && x.length >= 3);
  let n = 0;
  for (const l of walk.lines) {
    if (n++ > MAX_LINES) break;
    if (l.text.length > 120 || l.zone & (Z.NAV | Z.FOOTER | Z.COMMENT | Z.RELATED)) continue;
    // a bio box is an author's, unless its line is marked as a location (a profile's sidebar)
    if (l.zone & Z.AUTHOR && !(l.zone & Z.ADDRESS)) continue;
    if (inDatedListItem(l.el)) continue;
    // a line, or one of its "·"-separated segments ("Bozeman, Montana, United States · 2,418 sales")
    const named = names.find((x) => l.text.startsWith(x + ' '));
    const text = named ? l.text.slice(named.length).trim() : l.text;
    for (const seg of text.split(/\s+[·•|]\s+/)) {
      const value = placeOf(seg.trim().replace(/[.;]$/, ''));
      if (value) return [{ field: 'address', value, source: 'text', confidence: CONFIDENCE }];
    }
  }
  return [];
}
