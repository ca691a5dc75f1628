/**
 * A unit's page inside its parent's site: a university department or centre, a county's extension
 * office, an institute — the header shows the parent's logo (linking to the parent's home page)
 * beside the unit's own name, and the site-wide footer carries the parent's switchboard and
 * accounts. The unit is the page's subject (the corpus convention for department pages), so:
 * - the unit's name, written in the header, is offered above the parent's logo text;
 * - the parent's logo, its accounts (handles spelling the parent's name) and the numbers on lines
 *   naming the parent are set aside, as the host's are on a hosted page;
 * - when the unit lives in a path section of the parent's site (/adult-learning/…) and names
 *   itself in the header, that section is its home page; on its own sub-domain, that host's.
 * Nothing is done unless both a parent logo and a distinct unit name are found.
 */
import type { Candidate, PageContext } from './types';
import { registrable } from './host';
import { socialHandle } from './social';
import { nameSpellsDomain } from './title';
import { cleanText, hostOf, isHomeAddress, phoneDigits, resolveUrl, squash } from './util';
import { walkPage, Z } from './walk';
import { mainHeading } from './main-heading';

const CONFIDENCE = {
  /** The unit's name in the header: above a logo's alt text (0.5) and og:site_name (0.72). */
  unitName: 0.74,
  /** The unit's section of the parent's site: above the parent's logo link (0.45), below a url
   * the page states. */
  unitHome: 0.5,
  /** The parent's values: below merge's 0.4 for list values, still offered in the review. */
  aside: 0.2,
};

/** Names of bodies that have units. */
const PARENT_WORD =
  /\b(universit[yéeä]t?|universidad|universiteit|college|hochschule|council|county|state|city of|district|ministry|government|diocese|trust|health|hospital|extension)\b/i;
/** Names of units. */
const UNIT_WORD =
  /\b(department|dept\.?|centre|center|institut(e)?|school of|faculty|fakultät|office|division|programme|program|lab(oratory)?|lehrstuhl|département|departamento|unit)\b/i;

export interface ParentReading {
  parent: string;
  unit: string;
  /** The unit's home page when it lives in a path section of the parent's site. */
  unitHome?: string;
}

const cache = new WeakMap<Document, ParentReading | null>();

export function readParent(ctx: PageContext): ParentReading | undefined {
  const hit = cache.get(ctx.doc);
  if (hit !== undefined) return hit ?? undefined;
  const found = find(ctx);
  cache.set(ctx.doc, found ?? null);
  return found;
}

function find(ctx: PageContext): ParentReading | undefined {
  const walk = walkPage(ctx);
  const own = registrable(ctx.host);
  let parent = '';
  let parentHome = '';
  const header = walk.images.filter((i) => i.zone & Z.HEADER);
  for (const img of header) {
    const alt = cleanText(img.alt, 120).replace(/\s+(logo|wordmark)$/i, '');
    if (!PARENT_WORD.test(alt) || UNIT_WORD.test(alt)) continue;
    const home = img.linkHref ? resolveUrl(img.linkHref, ctx.base) : '';
    if (!home || !isHomeAddress(home) || registrable(hostOf(home)) !== own) continue;
    parent = alt;
    parentHome = home;
    break;
  }
  if (!parent) return undefined;
  const p = squash(parent);
  // the unit: a header line or logo text with a unit word, else the page's heading
  const homeLogos = walk.images.filter(
    (i) =>
      !(i.zone & (Z.FOOTER | Z.ARTICLE)) &&
      i.linkHref &&
      resolveUrl(i.linkHref, ctx.base) === ctx.origin,
  );
  const texts = [
    ...walk.lines.filter((l) => l.zone & Z.HEADER && !(l.zone & Z.NAV)).map((l) => l.text),
    ...header.map((i) => i.alt),
    // the unit's own logo linking to its home page, wherever the header ends
    ...homeLogos.map((i) => i.alt),
  ];
  let unit = texts
    .map((t) => cleanText(t, 120))
    .find((t) => UNIT_WORD.test(t) && squash(t) !== p && t.split(/\s+/).length <= 10);
  const fromHeader = !!unit;
  if (!unit) {
    const h1 = cleanText(mainHeading(ctx.doc)?.textContent ?? '', 120);
    if (UNIT_WORD.test(h1) && squash(h1) !== p) unit = h1;
  }
  if (!unit) return undefined;
  const reading: ParentReading = { parent, unit };
  // a unit named in the header, on the parent's own host, one section down
  const path = /^https?:\/\/[^/]+(\/[^/?#]+\/)[^?#]+/.exec(ctx.url)?.[1];
  if (fromHeader && path && hostOf(parentHome) === ctx.host)
    reading.unitHome = new URL(path, ctx.url).href;
  // a unit on its own sub-domain (chem.university.edu): that host's home page
  else if (hostOf(parentHome) !== ctx.host && ctx.origin) reading.unitHome = ctx.origin;
  return reading;
}

function parentHandle(url: string, parent: string): boolean {
  const h = squash(socialHandle(url));
  if (h.length < 5) return false;
  const p = squash(parent);
  return p.includes(h) || h.includes(p) || nameSpellsDomain(parent, h, true);
}

/** Lower the parent's accounts and numbers and add the unit's name and home page. */
export function setParentAside(cands: Candidate[], ctx: PageContext): Candidate[] {
  const r = readParent(ctx);
  if (!r) return cands;
  const parentLines = walkPage(ctx)
    .lines.filter((l) => squash(l.text).includes(squash(r.parent)))
    .map((l) => l.text.replace(/\D+/g, ''));
  // the parent's logo (its alt is the parent's name)
  const parentLogos = new Set(
    walkPage(ctx)
      .images.filter((i) => squash(i.alt.replace(/\s+(logo|wordmark)$/i, '')) === squash(r.parent))
      .map((i) => resolveUrl(i.src, ctx.base)),
  );
  const out = cands.map((c) => {
    const aside =
      (c.field === 'logo' && parentLogos.has(c.value)) ||
      (c.field === 'socials' && parentHandle(c.value, r.parent)) ||
      (c.field === 'phones' &&
        parentLines.some((d) => {
          const x = phoneDigits(c.value).slice(-9);
          return x.length >= 7 && d.includes(x);
        }));
    return aside ? { ...c, confidence: Math.min(c.confidence, CONFIDENCE.aside) } : c;
  });
  out.push({ field: 'name', value: r.unit, source: 'text', confidence: CONFIDENCE.unitName });
  if (r.unitHome)
    out.push({ field: 'url', value: r.unitHome, source: 'links', confidence: CONFIDENCE.unitHome });
  return out;
}
