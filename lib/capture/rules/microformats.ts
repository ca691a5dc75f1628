/** Rule: microformats 2 (h-card, h-adr, h-geo, h-event, h-entry author, h-review item) and classic
 * hCard / adr / geo / hCalendar / hReview through microformats-parser's backcompat. */
import { mf2 } from 'microformats-parser';
import { parse } from 'tldts';
import { ORG_WORDS } from '../data/org-words';
import type { Candidate, CaptureAddress, EntityType, PageContext } from '../types';
import { classifySocial } from '../social';
import { parseAddressText } from '../address';
import { looksStreet, townWithPlace } from '../address/words';
import { walkPage } from '../walk';
import { withIncludes } from '../mf-includes';
import { registrable } from '../host';
import { attr, cleanValueText, LIMITS, normaliseEmail, resolveUrl, squash, tagName } from '../util';

interface MfItem {
  type?: string[];
  properties?: Record<string, unknown[]>;
  children?: MfItem[];
  value?: unknown;
}

const MAX_HTML = 3_000_000;

function text(v: unknown, max: number = LIMITS.text): string {
  if (v == null) return '';
  if (typeof v === 'string') return cleanValueText(v, max);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.value === 'string') return cleanValueText(o.value, max);
    if (o.properties) {
      const n = (o.properties as Record<string, unknown[]>).name?.[0];
      return text(n, max);
    }
  }
  return '';
}

function prop(item: MfItem, key: string): unknown[] {
  return item.properties?.[key] ?? [];
}
function firstText(item: MfItem, key: string, max?: number): string {
  for (const v of prop(item, key)) {
    const t = text(v, max);
    if (t) return t;
  }
  return '';
}
/** Units and care-of lines written before the street ("Shop 4, The Arcade, 122 Beaumont St", UK/IE/AU); a suite or
 * apartment goes after it (US "665 3rd St., Suite 207"). */
const FIRST_UNIT = /^(shop|level|flat|unit|kiosk|lot)\b|^(c\/[-o]|care of)\s/i;

/** A property's text with its line breaks (<br>) turned into ", ". */
function firstLines(item: MfItem, key: string, max: number): string {
  for (const v of prop(item, key)) {
    const raw = typeof v === 'string' ? v : text(v, max) && (v as { value?: unknown }).value;
    if (typeof raw !== 'string') continue;
    const t = raw
      .split(/\s*\n\s*/)
      .map((x) => cleanValueText(x, max))
      .filter(Boolean)
      .join(', ');
    if (t) return cleanValueText(t, max);
  }
  return '';
}
function urlValue(v: unknown, base: string): string {
  if (typeof v === 'string') return hostWrittenAsText(resolveUrl(v, base), base);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.value === 'string') return hostWrittenAsText(resolveUrl(o.value, base), base);
  }
  return '';
}
/** A url property written as text ("bobdylan.com" in a classic card's <span class="url">) names a host; the parser
 * resolved it against the page as if it were a path beside it. */
function hostWrittenAsText(resolved: string, base: string): string {
  let dir = '';
  try {
    dir = new URL('.', base).href;
  } catch {
    return resolved;
  }
  if (!resolved.startsWith(dir)) return resolved;
  const written = resolved.slice(dir.length);
  const host = /^((?:[a-z0-9-]+\.)+[a-z]{2,})(?:\/|$)/i.exec(written)?.[1];
  return host && parse(host).isIcann ? `http://${written}` : resolved;
}
function isType(item: MfItem, t: string): boolean {
  return !!item.type?.includes(t);
}

function addressOf(item: MfItem): CaptureAddress | undefined {
  // an h-adr / h-card with address parts, or an "adr" property holding an h-adr
  const sources: MfItem[] = [item];
  for (const v of prop(item, 'adr')) if (v && typeof v === 'object') sources.push(v as MfItem);
  for (const v of prop(item, 'location')) if (v && typeof v === 'object') sources.push(v as MfItem);
  for (const s of sources) {
    // lines of a street address joined by <br> come back as separate lines
    const ext = firstLines(s, 'extended-address', 200);
    const main = firstLines(s, 'street-address', 300);
    const street = (FIRST_UNIT.test(ext) ? [ext, main] : [main, ext]).filter(Boolean).join(', ');
    const a: CaptureAddress = {
      street: street || undefined,
      locality: firstText(s, 'locality', 200) || undefined,
      region: firstText(s, 'region', 200) || undefined,
      postalCode: firstText(s, 'postal-code', 40) || undefined,
      country: firstText(s, 'country-name', 100) || undefined,
    };
    if (a.street || a.locality || a.postalCode || a.region) return a;
  }
  return undefined;
}

/**
 * Which microformat root the page is about, when it has several: an event page's h-event first;
 * a top-level h-card (the site's or person's own card) next; a reviewed thing, then an h-resume's
 * contact, then an h-entry's author (often just a post's writer); a bare address or a geo point
 * only when nothing else is there.
 */
const PICK_SCORE = {
  event: 11,
  card: 10,
  reviewedItem: 9,
  resumeContact: 8,
  productBrand: 7.5,
  entryAuthor: 7,
  address: 6,
  geo: 5,
};

/**
 * Microformats are explicit markup, trusted just under schema.org (json-ld 0.95). An entry's author
 * is the page's subject only when nothing better names it. A free-text note and rel=me links are a
 * step less sure than the marked-up fields.
 */
const CONFIDENCE = {
  pickedRoot: 0.9,
  entryAuthor: 0.55,
  /** The author card named as the page's title: under the title's own name. */
  titledAuthor: 0.3,
  note: 0.7,
  /** An h-adr given only as a name, parsed as text: the markup still says it is an address. */
  addressFromName: 0.8,
  /** A product's brand card: the maker, under a site's own name (og:site_name 0.72). */
  productBrand: 0.6,
  /** An event's location given as a town's name alone: where it is, less surely than an address. */
  townLocation: 0.6,
  /** An h-card with a role is a person at the entity. */
  person: 0.8,
  relMe: 0.75,
  /** A staff list's shared organisation and its shared address: above the page title's name. */
  sharedOrg: 0.8,
};

interface Pick {
  item: MfItem;
  type: EntityType | undefined;
  score: number;
  conf?: number;
  /** A description of the item its parent gives (a résumé's summary of its person). */
  about?: string;
}

/**
 * A résumé is its owner's, a person's: the résumé's own name names them, and its contact card
 * gives their address, numbers and mail (that card's name may be an office's, "MIT"). Without a
 * marked-up name the résumé's implied name is its whole text ("Tim Berners-Lee, invented the
 * World Wide Web."), so the contact card's name, or none, stands instead.
 */
function resumeOwner(resume: MfItem, named: boolean): MfItem {
  const contact = prop(resume, 'contact').find(
    (v): v is MfItem => !!v && typeof v === 'object' && isType(v as MfItem, 'h-card'),
  );
  const properties = { ...(contact?.properties ?? {}) };
  if (named) properties.name = prop(resume, 'name');
  else if (!contact) delete properties.name;
  return { type: ['h-card'], properties };
}

/** Root elements whose own markup names them (a p-name outside any nested microformat). */
function explicitlyNamed(root: Element): boolean {
  for (const el of Array.from(root.querySelectorAll('[class*="p-name"], [class~="fn"]'))) {
    if (!/(?:^|\s)(?:p-name|fn)(?:\s|$)/.test(el.getAttribute('class') ?? '')) continue;
    let inner = false;
    for (let e = el.parentElement; e && e !== root; e = e.parentElement)
      if (/(?:^|\s)h-[a-z]/.test(e.getAttribute('class') ?? '')) inner = true;
    if (!inner && !/(?:^|\s)h-[a-z]/.test(el.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** An author card whose links all lead to other sites than the page's (registrable domains). */
function writesForSite(author: MfItem, ownSite: string): boolean {
  const sites = prop(author, 'url')
    .map((v) => text(v, 2000))
    .filter((u) => /^https?:/i.test(u) && !classifySocial(u))
    .map((u) => {
      try {
        return registrable(new URL(u).hostname);
      } catch {
        return '';
      }
    });
  return !!ownSite && sites.length > 0 && sites.every((d) => d && d !== ownSite);
}

/** Words that name a venue, not a town ("Moscone Center", "Room 4", "Town Hall"). */
const VENUE_WORD =
  /\b(?:cent(?:er|re)|hall|theat(?:er|re)|stadium|arena|room|building|park|church|school|library|museum|club|hotel|bar|pub|caf[eé]|house|gallery|studio|campus|university|college|online|virtual)\b/i;

/** An event's location written as plain text that is a town's name ("San Francisco"): one to
 * three capitalised words, no digits, no venue word. */
function townLocation(event: MfItem): string {
  const v = prop(event, 'location')[0];
  if (typeof v !== 'string') return '';
  const t = v.trim();
  return t.length <= 40 &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(t) &&
    !VENUE_WORD.test(t)
    ? t
    : '';
}

function candidatesOf(items: MfItem[], named: ReadonlySet<MfItem>, ownSite: string): Pick[] {
  const picks: Pick[] = [];
  for (const it of items) {
    if (isType(it, 'h-card')) {
      const org = firstText(it, 'org');
      const name = firstText(it, 'name');
      const personParts = prop(it, 'given-name').length || prop(it, 'family-name').length;
      const isOrg =
        (!!org && (org === name || !name)) ||
        (!!prop(it, 'logo').length && !prop(it, 'given-name').length) ||
        // an h-card named like an organisation ("Victoria Park Community Centre")
        (!!name && !personParts && ORG_WORDS.test(name));
      picks.push({ item: it, type: isOrg ? 'Organization' : 'Person', score: PICK_SCORE.card });
    } else if (isType(it, 'h-event'))
      picks.push({ item: it, type: 'Event', score: PICK_SCORE.event });
    else if (isType(it, 'h-adr'))
      picks.push({
        item: it,
        type:
          firstText(it, 'name') &&
          firstText(it, 'name') !== firstText(it, 'street-address') &&
          !/\d/.test(firstText(it, 'name'))
            ? 'Place'
            : undefined,
        score: PICK_SCORE.address,
      });
    else if (isType(it, 'h-geo')) picks.push({ item: it, type: 'Place', score: PICK_SCORE.geo });
    else if (isType(it, 'h-review') || isType(it, 'h-review-aggregate')) {
      for (const v of prop(it, 'item')) {
        if (v && typeof v === 'object' && isType(v as MfItem, 'h-card')) {
          picks.push({ item: v as MfItem, type: 'Organization', score: PICK_SCORE.reviewedItem });
        } else if (v && typeof v === 'object' && isType(v as MfItem, 'h-event')) {
          picks.push({ item: v as MfItem, type: 'Event', score: PICK_SCORE.reviewedItem });
        }
      }
    } else if (isType(it, 'h-product')) {
      // a product's brand card names the maker behind the page (on a shop's page the shop's own
      // name, from its site, is surer than this)
      for (const v of prop(it, 'brand')) {
        if (v && typeof v === 'object' && isType(v as MfItem, 'h-card'))
          picks.push({
            item: v as MfItem,
            type: 'Organization',
            score: PICK_SCORE.productBrand,
            conf: CONFIDENCE.productBrand,
          });
      }
    } else if (isType(it, 'h-news')) {
      // a news item's source organisation publishes it: the page's subject, as schema.org's
      // publisher is
      for (const v of prop(it, 'source-org')) {
        if (v && typeof v === 'object' && isType(v as MfItem, 'h-card'))
          picks.push({ item: v as MfItem, type: 'Organization', score: PICK_SCORE.card });
      }
    } else if (isType(it, 'h-entry') || isType(it, 'h-recipe')) {
      // (a recipe is a post like any other: its author's site is the page's)
      for (const v of prop(it, 'author')) {
        // an author whose own site is elsewhere writes for the site (a contributor): the site's
        // owner, not they, is what the page is about
        if (
          v &&
          typeof v === 'object' &&
          isType(v as MfItem, 'h-card') &&
          !writesForSite(v as MfItem, ownSite)
        ) {
          // an entry's author: the page's subject only when nothing better names it
          picks.push({
            item: v as MfItem,
            type: 'Person',
            score: PICK_SCORE.entryAuthor,
            conf: CONFIDENCE.entryAuthor,
          });
        }
      }
    } else if (isType(it, 'h-resume')) {
      picks.push({
        item: resumeOwner(it, named.has(it)),
        type: 'Person',
        score: PICK_SCORE.resumeContact,
        about: firstText(it, 'summary', LIMITS.description),
      });
    }
  }
  return picks;
}

const AUTHOR_CARD = /(?:^|\s)(?:author|p-author)(?:\s|$)/;

/**
 * The post's author card whose name is the page's title ("Matt" on ma.tt): the site is its
 * author's, a person's, though the card says only who wrote the post.
 */
function titledAuthor(ctx: PageContext, walked: readonly Element[]): Candidate[] {
  const title = squash(ctx.title);
  if (!title) return [];
  for (const r of walked) {
    const cls = r.getAttribute('class') ?? '';
    if (!AUTHOR_CARD.test(cls) || !/\bh-card\b|\bvcard\b/.test(cls)) continue;
    const name = cleanValueText(r.textContent ?? '', LIMITS.name);
    if (name && squash(name) === title)
      return [
        // (named only to tie the type to the title's name, which stays the surer reading)
        { field: 'name', value: name, source: 'microformats', confidence: CONFIDENCE.titledAuthor },
        {
          field: 'type',
          value: 'Person',
          source: 'microformats',
          confidence: CONFIDENCE.entryAuthor,
        },
      ];
  }
  return [];
}

/** The bars and dashes a title's parts are written between ("Our Team | Firm – Town"). */
const TITLE_SEPARATOR = /\s[|–—·-]\s/;
/** A title that names a body's people ("Twitter staff", "Opera team", "Our authors"). */
const TEAM_TITLE = /\b(?:staff|team|people|authors|members|contributors|crew|employees)$/i;

/** Do the people's cards all name one organisation (their p-org)? */
function sharedOrg(picks: readonly Pick[]): boolean {
  const orgs = picks.filter((p) => p.type === 'Person').map((p) => firstText(p.item, 'org'));
  return !!orgs[0] && orgs.every((o) => o === orgs[0]);
}

/**
 * The body of a staff list whose cards all give it and one same address ("url org" on a table
 * header every card includes): its name and that address, which is its site, not one person's.
 */
function sharedOrgSite(picks: readonly Pick[], ctx: PageContext): Candidate[] {
  const people = picks.filter((p) => p.type === 'Person');
  if (people.length < 2 || !sharedOrg(people)) return [];
  const urls = people.map((p) => urlValue(prop(p.item, 'url')[0], ctx.base));
  if (!urls[0] || !urls.every((u) => u === urls[0]) || classifySocial(urls[0])) return [];
  const org = firstText(people[0]!.item, 'org', LIMITS.name);
  return [
    { field: 'name', value: org, source: 'microformats', confidence: CONFIDENCE.sharedOrg },
    { field: 'url', value: urls[0], source: 'microformats', confidence: CONFIDENCE.sharedOrg },
    {
      field: 'type',
      value: 'Organization',
      source: 'microformats',
      confidence: CONFIDENCE.sharedOrg,
    },
  ];
}

/**
 * A declared address written without a postal code ("48 Main Street, Ashby Falls, New
 * Hampshire"): a street, then a town and the state or country the vocabulary knows.
 */
function streetTownPlace(text: string): CaptureAddress | undefined {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length < 3 || parts.length > 5) return undefined;
  const place = townWithPlace(parts[parts.length - 2]!, parts[parts.length - 1]!);
  const street = parts.slice(0, -2).join(', ');
  return place && looksStreet(street) ? { street, ...place } : undefined;
}

/** People: the h-cards picked as persons that give a role or job title. */
function peopleOf(picks: readonly Pick[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of picks) {
    if (p.type !== 'Person') continue;
    const pn = firstText(p.item, 'name', LIMITS.name);
    const role = firstText(p.item, 'role', 200) || firstText(p.item, 'job-title', 200);
    if (pn && role)
      out.push({
        field: 'people',
        value: { name: pn, role },
        source: 'microformats',
        confidence: CONFIDENCE.person,
      });
  }
  return out;
}

export function microformatsRule(ctx: PageContext, html?: string): Candidate[] {
  const doc = ctx.doc;
  // Parse only the microformat roots found by the page walk, not the whole page.
  // a stand-alone card marked as the post's author ("vcard author", a theme's author box) is
  // whoever wrote the page, not what it is about
  const walked = walkPage(ctx).mfRoots;
  const roots = walked.filter((r) => !AUTHOR_CARD.test(r.getAttribute('class') ?? ''));
  if (!roots.length) return titledAuthor(ctx, walked);
  void html;
  let source = '';
  for (const r of roots) {
    source += withIncludes(r, doc);
    if (source.length > MAX_HTML) break;
  }
  if (!source || source.length > MAX_HTML) return [];
  let parsed: { items: MfItem[]; rels?: Record<string, string[]> };
  try {
    parsed = mf2(source, {
      baseUrl: ctx.base || 'http://localhost/',
      // <br> and block boundaries as line breaks (the parser's innerText-like text)
      experimental: { textContent: true },
    }) as unknown as typeof parsed;
  } catch {
    return [];
  }
  // each walked root is one top-level item, in order (the roots are outermost)
  const items = parsed.items ?? [];
  const named = new Set<MfItem>();
  const rootOf = new Map<MfItem, Element>();
  if (items.length === roots.length)
    items.forEach((it, i) => {
      rootOf.set(it, roots[i]!);
      if (isType(it, 'h-resume') && explicitlyNamed(roots[i]!)) named.add(it);
    });
  const picks = candidatesOf(items, named, registrable(ctx.host));
  const out: Candidate[] = [];
  if (!picks.length) return out;
  picks.sort((a, b) => b.score - a.score);
  let { item, type } = picks[0]!;
  const src = 'microformats' as const;
  let conf = picks[0]!.conf ?? CONFIDENCE.pickedRoot;
  // several people's cards, none above the others, are a team's or a staff list: the page is
  // about the body they belong to, not one of them (their cards still give its people)
  // (a page that repeats one person's card, as test pages of a parser do, stays theirs)
  const names =
    type === 'Person'
      ? picks
          .filter((p) => p.type === 'Person' && p.score === picks[0]!.score)
          .map((p) => firstText(p.item, 'name'))
      : [];
  const staffList =
    names.length >= 2 &&
    new Set(names).size === names.length &&
    (sharedOrg(picks) ||
      [ctx.title, ...ctx.title.split(TITLE_SEPARATOR)].some((t) => TEAM_TITLE.test(t.trim())));
  // …and the body's own card beside them (a footer's company card) is the page's
  const bodyCard = staffList ? picks.find((p) => p.type === 'Organization') : undefined;
  if (staffList && !bodyCard) return [...peopleOf(picks), ...sharedOrgSite(picks, ctx)];
  if (bodyCard) {
    ({ item, type } = bodyCard);
    conf = bodyCard.conf ?? CONFIDENCE.pickedRoot;
  }
  let name = firstText(item, 'name', LIMITS.name);
  if (type === 'Organization' && !name) name = firstText(item, 'org', LIMITS.name);
  if (
    isType(item, 'h-adr') &&
    name &&
    (name === firstText(item, 'street-address') || /\d{3}/.test(name))
  )
    name = '';
  if (name) out.push({ field: 'name', value: name, source: src, confidence: conf });
  // (a card that gives no name says nothing of whose it is: several such are a list's rows)
  if (type && (name || names.length < 2))
    out.push({ field: 'type', value: type, source: src, confidence: conf });
  const urls = prop(item, 'url')
    .map((v) => urlValue(v, ctx.base))
    .filter(Boolean);
  for (const u of urls) {
    const s = classifySocial(u);
    if (s) out.push({ field: 'socials', value: s, source: src, confidence: conf });
  }
  // a classic card written as a link (<a class="vcard" href="…">) is that address's, as a
  // microformats 2 root's implied url is
  const root = rootOf.get(item);
  const linkedRoot =
    !urls.length && root && tagName(root) === 'A' ? resolveUrl(attr(root, 'href'), ctx.base) : '';
  const home =
    urls.find((u) => !classifySocial(u)) ?? (firstText(item, 'uid') || linkedRoot || undefined);
  const homeUrl = home ? resolveUrl(home, ctx.base) : '';
  if (homeUrl) out.push({ field: 'url', value: homeUrl, source: src, confidence: conf });
  const logo = urlValue(prop(item, 'logo')[0], ctx.base);
  if (logo) out.push({ field: 'logo', value: logo, source: src, confidence: conf });
  // (an event's summary is its name in classic hCalendar; its description is p-description)
  const note =
    firstText(item, 'note', LIMITS.description) ||
    firstText(item, 'description', LIMITS.description) ||
    (isType(item, 'h-event') ? '' : firstText(item, 'summary', LIMITS.description)) ||
    (picks[0]!.about ?? '');
  if (note)
    out.push({ field: 'description', value: note, source: src, confidence: CONFIDENCE.note });
  for (const v of prop(item, 'email')) {
    const e = normaliseEmail(text(v, 300));
    if (e) out.push({ field: 'emails', value: e, source: src, confidence: conf });
  }
  for (const v of prop(item, 'tel')) {
    const t = text(v, 60).replace(/^tel:/i, '');
    if (/\d(?:\D{0,2}\d){4}/.test(t))
      out.push({ field: 'phones', value: t, source: src, confidence: conf });
  }
  const addr = addressOf(item);
  if (addr) {
    // an h-adr given only as a name: parse the text later (text rule); here keep the structured parts
    out.push({ field: 'address', value: addr, source: src, confidence: conf });
  } else if (isType(item, 'h-event') && townLocation(item)) {
    out.push({
      field: 'address',
      value: { locality: townLocation(item) },
      source: src,
      confidence: CONFIDENCE.townLocation,
    });
  } else if (isType(item, 'h-adr') || prop(item, 'label').length) {
    // an h-adr given as its name, or a card's address given only as its label (vCard's
    // printable address: "48 Main Street, Ashby Falls, New Hampshire")
    const raw = isType(item, 'h-adr')
      ? firstText(item, 'name', 300)
      : firstText(item, 'label', 300);
    const parsedAddr = raw ? (parseAddressText(raw) ?? streetTownPlace(raw)) : undefined;
    if (parsedAddr)
      out.push({
        field: 'address',
        value: parsedAddr,
        source: src,
        confidence: CONFIDENCE.addressFromName,
      });
  }
  out.push(...peopleOf(picks));
  // rel=me profiles of the page
  for (const r of parsed.rels?.me ?? []) {
    const s = classifySocial(resolveUrl(r, ctx.base));
    if (s) out.push({ field: 'socials', value: s, source: src, confidence: CONFIDENCE.relMe });
  }
  return out;
}
