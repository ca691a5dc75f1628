/** Rank candidates from all rules and build the CaptureResult. */
import type {
  Candidate,
  CaptureAddress,
  CaptureField,
  CapturePerson,
  CaptureResult,
  CaptureSource,
  EntityType,
  PageContext,
} from './types';
import { classifySocial, isPlatformPost, socialHandle, socialKey } from './social';
import { withoutTracking } from './tracking-params';
import { nameMatchesHost, nameSpellsDomain } from './title';
import { chooseKind, guessKind, relMeProfiles } from './rules/kind';
import { sectionHome } from './section-home';
import {
  cleanValueText,
  hostOf,
  LIMITS,
  normaliseEmail,
  phoneDigits,
  resolveUrl,
  samePhone,
  squash,
} from './util';
import { SOCIAL_PLATFORM_HOST } from './data/social-hosts';
import { readHost, registrable } from './host';
import { handleNamesSubject } from './subject-accounts';
import { nameLinkUrl } from './name-link';

const SET_THRESHOLD = 0.4;
/** Sources that describe the page's chosen entity in schema.org markup, and how sure a name read
 * from them must be to speak for the page. */
const STRUCTURED_SOURCES: ReadonlySet<string> = new Set(['json-ld', 'microdata', 'rdfa']);
/** Markup that describes one item: its name and type are of the same thing. */
const MARKUP_SOURCES: ReadonlySet<string> = new Set([...STRUCTURED_SOURCES, 'microformats']);
const SURE_STRUCTURED = 0.9;
/** A text address below this is a guess from lines (a listing's venue), not a stated address. */
const WEAK_TEXT_ADDRESS = 0.5;
/** A type candidate this sure speaks for the entity (as merge keeps a type's source). */
const SURE_TYPE = 0.5;
/**
 * A logo fills `logo` only at or above this; below it sit the fallbacks — the site icon
 * (rel=icon / apple-touch-icon, 0.1) and a parent body's mark set below a unit (0.2) — which
 * stay in `candidates` for the review. Measured on the development pages (2026-11-27): of the 15
 * pages where such a fallback was the emitted logo, none had it as the labelled logo (12 listed it
 * as optional, 1 was a platform's icon), and a wrong logo costs a false positive on top of the
 * miss. The weakest image rule (a footer logo, 0.3) stays above.
 */
const LOGO_FLOOR = 0.25;
/** rel=me (0.8) says "this is me": trusted on a hosted page whatever the handle. */
const REL_ME = 0.8;

type Of<F extends Candidate['field']> = Candidate & { field: F };

/** Candidates of one field that may be chosen, best first (the host's stay in `candidates`). */
function ranked<F extends Candidate['field']>(cands: Candidate[], field: F): Of<F>[] {
  return cands
    .filter((c): c is Of<F> => c.field === field && !c.setAside)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.confidence - a.c.confidence || a.i - b.i)
    .map((x) => x.c);
}

function cleanAddress(a: CaptureAddress): CaptureAddress | undefined {
  const out: CaptureAddress = {};
  for (const k of ['street', 'locality', 'region', 'postalCode', 'country'] as const) {
    const v = cleanValueText(a[k], 300).replace(/^[,;\s]+|[,;\s]+$/g, '');
    if (v) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A LinkedIn member's own profile, not a company's or a school's page. */
const LINKEDIN_MEMBER = /^https?:\/\/(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\//i;

export function merge(all: Candidate[], ctx: PageContext): CaptureResult {
  const sources: Partial<Record<CaptureField, CaptureSource>> = {};
  // sanitise every candidate once
  const cands: Candidate[] = [];
  for (const c of all) {
    if (!Number.isFinite(c.confidence)) continue;
    if (c.field === 'name' || c.field === 'description') {
      const v = cleanValueText(c.value, c.field === 'name' ? LIMITS.name : LIMITS.description);
      if (v) cands.push({ ...c, value: v });
    } else if (c.field === 'url' || c.field === 'logo') {
      const abs = resolveUrl(c.value, ctx.base);
      const v = c.field === 'url' ? withoutTracking(abs) : abs;
      if (v) cands.push({ ...c, value: v });
    } else if (c.field === 'socials') {
      const v = resolveUrl(c.value, ctx.base);
      if (v && (STRUCTURED_SOURCES.has(c.source) || classifySocial(v)))
        cands.push({ ...c, value: v });
    } else if (c.field === 'emails') {
      const v = normaliseEmail(c.value);
      if (v) cands.push({ ...c, value: v });
    } else if (c.field === 'phones') {
      const v = cleanValueText(c.value, 60);
      const d = phoneDigits(v);
      if (d.length >= 5 && d.length <= 17) cands.push({ ...c, value: v });
    } else if (c.field === 'address') {
      const v = cleanAddress(c.value);
      if (v) cands.push({ ...c, value: v });
    } else if (c.field === 'people') {
      const name = cleanValueText(c.value.name, LIMITS.name);
      if (!name) continue;
      const p: CapturePerson = { name };
      const role = cleanValueText(c.value.role, 200);
      if (role) p.role = role;
      const email = c.value.email ? normaliseEmail(c.value.email) : '';
      if (email) p.email = email;
      const phone = cleanValueText(c.value.phone, 60);
      if (phone) p.phone = phone;
      cands.push({ ...c, value: p });
    } else if (c.field === 'type' || c.field === 'kind') {
      cands.push(c);
    }
  }

  const result: CaptureResult = {
    emails: [],
    phones: [],
    socials: [],
    people: [],
    sources,
    candidates: [],
  };

  const name = ranked(cands, 'name')[0];
  /** Does the rule that gave the name type the entity `type` (at least this surely)? */
  const nameSourceTypes = (type: EntityType, minConfidence = 0): boolean =>
    !!name &&
    cands.some(
      (c) =>
        c.field === 'type' &&
        c.source === name.source &&
        c.value === type &&
        c.confidence >= minConfidence,
    );
  if (name) {
    result.name = name.value;
    sources.name = name.source;
  }
  // on a social platform's profile, the profile itself is an account, not the owner's website
  const onPlatformPage = SOCIAL_PLATFORM_HOST.test(ctx.host);
  const url = ranked(cands, 'url').find((u) => !(onPlatformPage && classifySocial(u.value)));
  const nameLink = !url && result.name ? nameLinkUrl(ctx, result.name) : '';
  if (url) {
    result.url = url.value;
    sources.url = url.source;
  } else if (nameLink) {
    result.url = nameLink;
    sources.url = 'links';
  } else if (
    ctx.origin &&
    result.name &&
    !readHost(ctx).hosted &&
    // an event's page is not its site's home: the event has no website of its own here
    !nameSourceTypes('Event', SURE_TYPE)
  ) {
    // The site is the entity: its home page is the website.
    const structured = name && MARKUP_SOURCES.has(name.source);
    const home = /^https?:\/\/[^/]+\/?(index\.\w+)?$/.test(ctx.url);
    const site = registrable(ctx.host);
    // the entity's own mailbox on the page's domain (hello@northwindcoop.ca on its about page)
    const ownMail = cands.some(
      (c) =>
        c.field === 'emails' &&
        c.confidence >= SET_THRESHOLD &&
        registrable(c.value.split('@')[1] ?? '') === site,
    );
    const siteSignals =
      !structured &&
      !SOCIAL_PLATFORM_HOST.test(ctx.host) &&
      (name?.source === 'icon' ||
        (!!ctx.siteName && result.name === ctx.siteName) ||
        (home && name?.source === 'meta') ||
        (ownMail && !!site && (name?.source === 'meta' || name?.source === 'text')));
    const spells = !nameMatchesHost(result.name, ctx.host) && nameSpellsDomain(result.name, site);
    const named = spells || nameMatchesHost(result.name, ctx.host);
    if ((named && !SOCIAL_PLATFORM_HOST.test(ctx.host)) || siteSignals) {
      // a name that spells the registrable domain from a sub-domain (help.club.org) names the
      // organisation's own site there
      result.url =
        spells && site && ctx.host !== site ? `https://${site}/` : sectionHome(ctx) || ctx.origin;
      sources.url = 'meta';
    }
  }
  // a nameless page of the site's own "me" profiles (an IndieWeb "Elsewhere" page) is its
  // owner's: the site is theirs
  if (!result.url && !result.name && ctx.origin && !onPlatformPage && relMeProfiles(ctx) >= 2) {
    result.url = ctx.origin;
    sources.url = 'links';
  }
  if (readHost(ctx).hosted) result.hosted = true;
  const desc = ranked(cands, 'description')[0];
  if (desc) {
    result.description = desc.value;
    sources.description = desc.source;
  }
  // on someone's profile or post on a social platform, the page's own images (its header's
  // wordmark, its icons) are the platform's: only what the data declares is the owner's
  const ownersPage = onPlatformPage && (!!classifySocial(ctx.url) || isPlatformPost(ctx.url));
  const logo = ranked(cands, 'logo').filter(
    (l) => !(ownersPage && (l.source === 'icon' || l.source === 'meta')),
  )[0];
  if (logo && logo.confidence >= LOGO_FLOOR) {
    result.logo = logo.value;
    sources.logo = logo.source;
  }
  const addrs = ranked(cands, 'address');
  const addr = addrs[0];
  // on a page about someone else, an organisation its structured data describes without an
  // address has none here: a weak line of text is the place of something listed under it (an
  // artist's next concert)
  const describedWithout =
    readHost(ctx).hosted &&
    !!name &&
    nameSourceTypes('Organization') &&
    STRUCTURED_SOURCES.has(name.source) &&
    name.confidence >= SURE_STRUCTURED &&
    !addrs.some((x) => x.source === name.source);
  if (
    addr &&
    !(describedWithout && addr.source === 'text' && addr.confidence < WEAK_TEXT_ADDRESS)
  ) {
    const a: CaptureAddress = { ...addr.value };
    // complete missing parts from another reading of the same address (e.g. the visible text)
    const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const keys = ['street', 'locality', 'region', 'postalCode', 'country'] as const;
    for (const other of addrs.slice(1, 6)) {
      const o = other.value;
      let shared = 0;
      let agree = true;
      for (const k of keys) {
        if (a[k] && o[k]) {
          shared++;
          if (norm(a[k]!) !== norm(o[k]!)) agree = false;
        }
      }
      if (!agree || shared < 2) continue;
      for (const k of keys) if (!a[k] && o[k]) a[k] = o[k];
    }
    result.address = a;
    sources.address = addr.source;
  }
  // "Aravali Crest School, Gurugram" from a title: the town after the comma is the address's, not
  // part of the name
  const town = result.address?.locality;
  if (town && result.name && name && !STRUCTURED_SOURCES.has(name.source)) {
    const suffix = `, ${town}`;
    const head = result.name.slice(0, -suffix.length).trim();
    if (result.name.toLowerCase().endsWith(suffix.toLowerCase()) && head.split(/\s+/).length >= 2)
      result.name = head;
  }
  // the type must describe the chosen entity: same source as the name, or more certain than it
  const types = ranked(cands, 'type');
  // markup that names the chosen entity too, though less surely than the chosen rule: its item's
  // type describes that entity (an h-entry author card named as the page's title is); on a social
  // platform's page, so does the account's card in the head (its name and its kind)
  const namedAlike = (source: string): boolean =>
    !!name &&
    (MARKUP_SOURCES.has(source) || (source === 'meta' && onPlatformPage)) &&
    cands.some(
      (c) => c.field === 'name' && c.source === source && squash(c.value) === squash(name.value),
    );
  const type =
    types.find((x) => name && x.source === name.source) ??
    types.find((x) => !name || x.confidence > name.confidence) ??
    types.find((x) => x.confidence >= SURE_TYPE && namedAlike(x.source));
  let t: EntityType | undefined = type?.value;
  if (type && type.confidence >= SURE_TYPE) sources.type = type.source;
  else if (result.name || result.url) {
    t = type?.value ?? guessKind(ctx, result.name);
    sources.type = type?.source ?? 'text';
  }
  if (t) result.type = t;
  // the partner kind, like the type, from the chosen entity's own candidates
  const chosenKind = chooseKind({
    typed: ranked(cands, 'kind').filter(
      (x) => !name || x.source === name.source || x.confidence > name.confidence,
    ),
    type: t,
    name: name && { value: name.value, source: name.source },
    description: desc && { value: desc.value, source: desc.source },
  });
  if (chosenKind) {
    result.kind = chosenKind.kind;
    sources.kind = chosenKind.source;
  }

  for (const e of ranked(cands, 'emails')) {
    if (e.confidence < SET_THRESHOLD || result.emails.length >= LIMITS.emails) continue;
    if (!result.emails.includes(e.value)) result.emails.push(e.value);
    sources.emails ??= e.source;
  }
  for (const p of ranked(cands, 'phones')) {
    if (p.confidence < SET_THRESHOLD || result.phones.length >= LIMITS.phones) continue;
    if (result.phones.some((q) => samePhone(q, p.value))) continue;
    result.phones.push(p.value);
    sources.phones ??= p.source;
  }
  const pageHost = ctx.host;
  const onSocialHost = SOCIAL_PLATFORM_HOST.test(pageHost);
  const keys = new Set<string>();
  const hosted = readHost(ctx).hosted;
  let peopleNames: string[] | undefined;
  for (const s of ranked(cands, 'socials')) {
    if (s.confidence < SET_THRESHOLD || result.socials.length >= LIMITS.socials) continue;
    const k = socialKey(s.value);
    if (keys.has(k)) continue;
    // a LinkedIn member's profile (/in/…) whose handle spells one of the page's people is
    // theirs, on an organisation's page, however much their name is the firm's
    if (
      result.type === 'Organization' &&
      s.source === 'links' &&
      LINKEDIN_MEMBER.test(s.value) &&
      (peopleNames ??= cands.flatMap((c) =>
        c.field === 'people' ? [squash(c.value.name)] : [],
      )).some((n) => n.length >= 6 && squash(socialHandle(s.value)).includes(n))
    )
      continue;
    // on a hosted page, a linked account not named for the subject is someone else's around it
    // (an organizer's, the venue's): offered in candidates, not emitted (subject-accounts.ts)
    if (
      hosted &&
      s.source === 'links' &&
      s.confidence < REL_ME &&
      !handleNamesSubject(s.value, result.name, result.url, ctx.host)
    )
      continue;
    // on a platform's own page, its other accounts are not the profile owner's (the page's
    // metadata and the structured data of its work name the owner's own)
    if (
      onSocialHost &&
      s.source !== 'meta' &&
      !STRUCTURED_SOURCES.has(s.source) &&
      socialKey(hostOf(s.value) ? s.value : '').split('/')[0] === socialKey(ctx.url).split('/')[0]
    )
      continue;
    keys.add(k);
    result.socials.push(s.value);
    sources.socials ??= s.source;
  }
  const seenPeople = new Set<string>();
  for (const p of ranked(cands, 'people')) {
    const k = p.value.name.toLowerCase();
    if (seenPeople.has(k) || result.people.length >= LIMITS.people) continue;
    seenPeople.add(k);
    result.people.push(p.value);
    sources.people ??= p.source;
  }
  result.candidates = cands
    .filter((c) => c.field !== 'people' && c.field !== 'kind')
    .sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : b.confidence - a.confidence))
    .slice(0, LIMITS.candidates);
  return result;
}
