/**
 * Shared schema.org vocabulary handling for the json-ld, microdata and rdfa rules: all three turn
 * their markup into plain JSON-LD-like nodes and call `schemaCandidates`.
 */
import type { Candidate, CaptureAddress, CaptureSource, EntityType, PageContext } from './types';
import { asArray, cleanValueText, LIMITS, normaliseEmail, resolveUrl, squash } from './util';
import { classifySocial } from './social';
import { isCountry, parseAddressText } from './address';

export type SchemaNode = Record<string, unknown>;

const ORG_TYPES = new Set(
  [
    'organization',
    'corporation',
    'ngo',
    'nonprofit',
    'newsmediaorganization',
    'educationalorganization',
    'collegeoruniversity',
    'elementaryschool',
    'highschool',
    'middleschool',
    'preschool',
    'school',
    'schooldistrict',
    'governmentorganization',
    'localbusiness',
    'library',
    'librarysystem',
    'musicgroup',
    'performinggroup',
    'danceGroup',
    'theatergroup',
    'sportsteam',
    'sportsorganization',
    'sportsclub',
    'medicalorganization',
    'airline',
    'consortium',
    'fundingagency',
    'fundingscheme',
    'onlinebusiness',
    'onlinestore',
    'project',
    'researchproject',
    'researchorganization',
    'workersunion',
    'politicalparty',
    'searchrescueorganization',
    'foodestablishment',
    'lodgingbusiness',
    'hotel',
    'motel',
    'hostel',
    'restaurant',
    'cafeorcoffeeshop',
    'barorpub',
    'bakery',
    'brewery',
    'winery',
    'store',
    'museum',
    'hospital',
    'dentist',
    'pharmacy',
    'legalservice',
    'attorney',
    'notary',
    'realestateagent',
    'travelagency',
    'bank',
    'bankorcreditunion',
    'insuranceagency',
    'employmentagency',
    'childcare',
    'dryCleaningorlaundry',
    'libraryorganization',
    'radiostation',
    'televisionstation',
    'publisher',
    'brand',
  ].map((t) => t.toLowerCase()),
);
const ORG_SUFFIX =
  /(organization|organisation|business|store|shop|restaurant|hotel|school|team|group|agency|office|club|center|centre|bank|clinic|company|service|establishment|dealer|contractor|practice|bar|brewery|winery|cafe|pub|gym|salon|spa|hospital|pharmacy|dentist|physician|attorney|notary|university|college|library|station|studio|union|council|church|synagogue|mosque|temple)$/;
const PLACE_TYPES = new Set([
  'place',
  'touristattraction',
  'landmarksorhistoricalbuildings',
  'civicstructure',
  'airport',
  'trainstation',
  'busstation',
  'subwaystation',
  'taxistand',
  'park',
  'beach',
  'mountain',
  'city',
  'country',
  'state',
  'administrativearea',
  'residence',
  'accommodation',
  'apartment',
  'house',
  'landform',
  'bodyofwater',
  'postaladdress',
  'geocoordinates',
  'playground',
  'zoo',
  'stadiumorarena',
  'eventvenue',
  'musicvenue',
  'placeofworship',
]);
const PERSON_TYPES = new Set(['person', 'patient']);
const SITE_TYPES = new Set([
  'website',
  'webpage',
  'aboutpage',
  'contactpage',
  'collectionpage',
  'profilepage',
  'itempage',
  'searchresultspage',
  'faqpage',
  'checkoutpage',
  'realestatelisting',
  'medicalwebpage',
]);

/** Local type names, lower case: "http://schema.org/Hotel" -> "hotel", "schema:NGO" -> "ngo". */
export function typeNames(node: SchemaNode): string[] {
  const out: string[] = [];
  for (const t of asArray(node['@type'] as unknown)) {
    if (typeof t !== 'string') continue;
    for (const part of t.trim().split(/\s+/)) {
      const local = part.replace(/^.*[/#:]/, '').toLowerCase();
      if (local) out.push(local);
    }
  }
  return out;
}

export type Category = EntityType | 'Site' | 'Work' | 'None';

export function categoryOf(types: string[]): Category {
  let cat: Category = 'None';
  const rank: Record<Category, number> = {
    Organization: 6,
    Event: 5,
    Person: 4,
    Place: 3,
    Site: 2,
    Work: 1,
    Other: 0,
    None: -1,
  };
  for (const t of types) {
    let c: Category;
    if (ORG_TYPES.has(t)) c = 'Organization';
    else if (PERSON_TYPES.has(t)) c = 'Person';
    else if (t === 'event' || t.endsWith('event') || t === 'festival') c = 'Event';
    else if (PLACE_TYPES.has(t)) c = 'Place';
    else if (SITE_TYPES.has(t)) c = 'Site';
    else if (ORG_SUFFIX.test(t)) c = 'Organization';
    else c = 'Work';
    if (rank[c] > rank[cat]) cat = c;
  }
  return cat;
}

/** First value of a property, following one level of arrays. */
export function first(node: SchemaNode, key: string): unknown {
  const v = node[key];
  return Array.isArray(v) ? v.find((x) => x != null && x !== '') : v;
}

/** Plain string of a value: strings, numbers, {@value}, {name}. */
export function str(v: unknown, max: number = LIMITS.text): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return cleanValueText(String(v), max);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x, max);
      if (s) return s;
    }
    return '';
  }
  if (typeof v === 'object') {
    const o = v as SchemaNode;
    if (o['@value'] != null) return str(o['@value'], max);
    if (o.name != null) return str(o.name, max);
  }
  return '';
}

export function urlOf(v: unknown, base: string): string {
  if (v == null) return '';
  if (typeof v === 'string') return resolveUrl(v.trim(), base);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = urlOf(x, base);
      if (s) return s;
    }
    return '';
  }
  if (typeof v === 'object') {
    const o = v as SchemaNode;
    return (
      urlOf(o.url, base) ||
      urlOf(o.contentUrl, base) ||
      urlOf(o['@id'], base) ||
      urlOf(o['@value'], base)
    );
  }
  return '';
}

export function objects(v: unknown): SchemaNode[] {
  return asArray(v as unknown).filter(
    (x): x is SchemaNode => !!x && typeof x === 'object' && !Array.isArray(x),
  );
}

const COUNTRY_CODES: Record<string, string> = {};

export function parseAddressValue(v: unknown): CaptureAddress | undefined {
  for (const o of asArray(v as unknown)) {
    if (typeof o === 'string') {
      const s = cleanValueText(o, 300);
      if (!s) continue;
      const parsed = parseAddressText(s);
      if (parsed) return parsed;
      const parts = s.split(/\s*,\s*/).filter(Boolean);
      if (parts.length >= 2 && /^\d/.test(parts[0]!)) {
        const last = parts[parts.length - 1]!;
        if (isCountry(last) && parts.length >= 3) {
          return {
            street: parts.slice(0, -2).join(', '),
            locality: parts[parts.length - 2],
            country: last,
          };
        }
        return { street: parts.slice(0, -1).join(', '), locality: last };
      }
      return { street: s };
    }
    if (!o || typeof o !== 'object') continue;
    const a = o as SchemaNode;
    const country = a.addressCountry;
    const addr: CaptureAddress = {
      street: str(a.streetAddress, 300) || undefined,
      locality: str(a.addressLocality, 200) || undefined,
      region: str(a.addressRegion, 200) || undefined,
      postalCode: str(a.postalCode, 40) || undefined,
      country:
        (typeof country === 'object' && country
          ? str(country as SchemaNode, 100)
          : str(country, 100)) || undefined,
    };
    if (addr.country) addr.country = COUNTRY_CODES[addr.country] ?? addr.country;
    if (addr.street || addr.locality || addr.postalCode || addr.region) return addr;
    // Place wrapper: {address: ...}
    if (a.address) return parseAddressValue(a.address);
  }
  return undefined;
}

interface Scored {
  node: SchemaNode;
  score: number;
  cat: Category;
  via: string;
}

/** Properties whose nested things are never the page's entity. */
const NOT_ENTITY = new Set([
  'author',
  'creator',
  'contributor',
  'editor',
  'performer',
  'performers',
  'organizer',
  'sponsor',
  'funder',
  'alumni',
  'alumniof',
  'member',
  'members',
  'memberof',
  'employee',
  'employees',
  'founder',
  'founders',
  'department',
  'suborganization',
  'parentorganization',
  'location',
  'review',
  'reviews',
  'itemreviewed',
  'attendee',
  'actor',
  'director',
  'composer',
  'worksfor',
  'affiliation',
  'address',
  'contactpoint',
  'geo',
  'offers',
  'potentialaction',
  'breadcrumb',
  'image',
  'logo',
  'mainentityofpage',
  'ispartof',
  'haspart',
  'copyrightholder',
  'accountablePerson',
]);
/** Properties of a page/work/product that point at the organisation behind it. */
const OWNER_PROPS = new Map<string, number>([
  ['publisher', 96],
  ['mainentity', 97],
  ['about', 93],
  ['provider', 86],
  ['seller', 86],
  ['sourceorganization', 84],
  ['itemoffered', 70],
]);

function walk(
  node: SchemaNode,
  depth: number,
  parentCat: Category,
  via: string,
  out: Scored[],
  seen: Set<SchemaNode>,
): void {
  if (depth > 8 || seen.has(node) || out.length > 500) return;
  seen.add(node);
  const types = typeNames(node);
  const cat = categoryOf(types);
  let score = -1;
  if (depth === 0) {
    score =
      cat === 'Organization'
        ? 100
        : cat === 'Event'
          ? 98
          : cat === 'Person'
            ? 90
            : cat === 'Place'
              ? 88
              : -1;
  } else if (
    OWNER_PROPS.has(via) &&
    (parentCat === 'Site' || parentCat === 'Work' || via === 'mainentity' || via === 'about')
  ) {
    if (
      cat === 'Organization' ||
      cat === 'Person' ||
      cat === 'Place' ||
      cat === 'Event' ||
      cat === 'None'
    )
      score =
        OWNER_PROPS.get(via)! -
        (cat === 'Person' && via !== 'mainentity' && via !== 'about' ? 6 : 0) -
        (cat === 'None' ? 10 : 0);
  }
  if (score > 0 && (str(node.name) || node.url || node.telephone || node.address || node.logo)) {
    out.push({ node, score, cat, via });
  }
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@') && k !== '@graph') continue;
    const key = k.toLowerCase().replace(/^.*[/#:]/, '');
    if (NOT_ENTITY.has(key) && !OWNER_PROPS.has(key)) continue;
    for (const child of objects(v)) walk(child, depth + 1, cat, key, out, seen);
  }
}

function propCount(n: SchemaNode): number {
  let c = 0;
  for (const k of Object.keys(n)) if (!k.startsWith('@')) c++;
  return Math.min(c, 12);
}

/** Pick the node the page is about among the top-level nodes of one syntax. */
export function pickEntity(
  roots: SchemaNode[],
  ctx: PageContext,
): { node: SchemaNode; cat: Category; score: number } | undefined {
  const out: Scored[] = [];
  const seen = new Set<SchemaNode>();
  // Resolve publisher references by @id.
  const byId = new Map<string, SchemaNode>();
  for (const r of roots) {
    const id = r['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, r);
  }
  const referenced = new Map<string, number>();
  for (const r of roots) {
    for (const [k, v] of Object.entries(r)) {
      const key = k.toLowerCase();
      if (!OWNER_PROPS.has(key)) continue;
      for (const o of objects(v)) {
        const id = o['@id'];
        if (typeof id === 'string' && byId.has(id)) {
          referenced.set(id, Math.max(referenced.get(id) ?? 0, OWNER_PROPS.get(key)!));
        }
      }
    }
  }
  for (const r of roots) walk(r, 0, 'None', '', out, seen);
  // On an article or blog page a stand-alone Person is its author, not the page's entity.
  const articleLike = roots.some((r) =>
    typeNames(r).some((t) => /(article|posting|blog|report|review)$/.test(t)),
  );
  let best: Scored | undefined;
  for (const s of out) {
    let score = s.score + propCount(s.node) * 0.2;
    if (articleLike && s.cat === 'Person' && s.via === '') score -= 35;
    const id = s.node['@id'];
    if (typeof id === 'string' && referenced.has(id)) score += 4;
    const u = urlOf(s.node.url, ctx.base);
    if (u && ctx.host && u.toLowerCase().includes(ctx.host)) score += 1;
    if (!best || score > best.score) best = { ...s, score };
  }
  return best ? { node: best.node, cat: best.cat, score: best.score } : undefined;
}

const PHONE_KEYS = ['telephone', 'phone'];
const REFERENCE_RE =
  /(wikipedia\.org|wikidata\.org|wikimedia\.org|viaf\.org|musicbrainz\.org|doi\.org|dbpedia\.org|isni\.org|orcid\.org|id\.loc\.gov|d-nb\.info|crunchbase\.com|imdb\.com|discogs\.com|allmusic\.com|google\.com\/maps|maps\.google|goo\.gl\/maps|openstreetmap\.org|apps\.apple\.com|play\.google\.com|podcasts\.apple\.com|open\.spotify\.com)/i;
const SHARE_LIKE = /(share|intent|sharer|\?url=)/i;

/** Map a schema.org entity node to candidates. */
export function schemaCandidates(
  roots: SchemaNode[],
  ctx: PageContext,
  source: CaptureSource,
  conf: number,
): Candidate[] {
  const out: Candidate[] = [];
  const picked = pickEntity(roots, ctx);
  if (!picked) {
    // No entity, but a WebSite node may still name the site.
    for (const r of roots) {
      if (categoryOf(typeNames(r)) === 'Site') {
        const d = str(r.description, LIMITS.description);
        if (d) out.push({ field: 'description', value: d, source, confidence: 0.4 });
      }
    }
    return out;
  }
  const { node, cat } = picked;
  const c = picked.score >= 95 ? conf : picked.score >= 80 ? conf - 0.05 : conf - 0.4;
  const name =
    str(node.name, LIMITS.name) ||
    str(node.legalName, LIMITS.name) ||
    [str(node.givenName), str(node.additionalName), str(node.familyName)].filter(Boolean).join(' ');
  if (name) out.push({ field: 'name', value: name, source, confidence: c });
  const alt = str(node.alternateName, LIMITS.name);
  if (alt) out.push({ field: 'name', value: alt, source, confidence: c - 0.3 });
  let type: EntityType =
    cat === 'Organization' || cat === 'Person' || cat === 'Place' || cat === 'Event'
      ? cat
      : 'Organization';
  // a site published by its own author (e.g. Jekyll's publisher = author) is a person's site
  if (type === 'Organization' && name) {
    for (const r of roots) {
      for (const a of objects(r.author)) {
        if (categoryOf(typeNames(a)) === 'Person' && squash(str(a.name)) === squash(name))
          type = 'Person';
      }
    }
  }
  out.push({ field: 'type', value: type, source, confidence: c });
  const desc = str(node.description, LIMITS.description);
  if (desc) out.push({ field: 'description', value: desc, source, confidence: c });
  let url = urlOf(node.url, ctx.base);
  const socialsSeen: string[] = [];
  for (const s of asArray(node.sameAs as unknown)) {
    const u = urlOf(s, ctx.base);
    if (!u) continue;
    const social = classifySocial(u);
    if (social) socialsSeen.push(social);
    else if (REFERENCE_RE.test(u)) continue;
    else if (/^https?:\/\/[^/]+\/?$/.test(u)) {
      if (!url) url = u;
    } else if (!SHARE_LIKE.test(u)) socialsSeen.push(u); // a profile on a platform we do not know
  }
  if (url) out.push({ field: 'url', value: url, source, confidence: c });
  for (const s of socialsSeen) out.push({ field: 'socials', value: s, source, confidence: c });
  const logo = urlOf(node.logo, ctx.base);
  if (logo) out.push({ field: 'logo', value: logo, source, confidence: c });
  const contacts = [node, ...objects(node.contactPoint), ...objects(node.contactPoints)];
  for (const n of contacts) {
    for (const e of asArray(n.email as unknown)) {
      const em = normaliseEmail(str(e, 300));
      if (em) out.push({ field: 'emails', value: em, source, confidence: c });
    }
    for (const k of PHONE_KEYS) {
      for (const p of asArray(n[k] as unknown)) {
        const ph = str(p, 60).replace(/^tel:/i, '');
        if (/\d{3}/.test(ph)) out.push({ field: 'phones', value: ph, source, confidence: c });
      }
    }
  }
  let address = parseAddressValue(node.address);
  if (!address && (cat === 'Event' || cat === 'Work')) {
    for (const loc of asArray(node.location as unknown)) {
      if (typeof loc === 'string') continue;
      address = parseAddressValue((loc as SchemaNode)?.address) ?? parseAddressValue(loc);
      if (address) break;
    }
  }
  if (address) out.push({ field: 'address', value: address, source, confidence: c });
  for (const key of [
    'employee',
    'employees',
    'member',
    'members',
    'founder',
    'founders',
    'contactPoint',
  ]) {
    for (const p of objects(node[key])) {
      if (categoryOf(typeNames(p)) !== 'Person') continue;
      const pn =
        str(p.name, LIMITS.name) || [str(p.givenName), str(p.familyName)].filter(Boolean).join(' ');
      if (!pn) continue;
      const role =
        str(p.jobTitle, 200) ||
        str(p.roleName, 200) ||
        (key.startsWith('founder') ? 'Founder' : '');
      const email = normaliseEmail(str(p.email, 300));
      const phone = str(p.telephone, 60);
      out.push({
        field: 'people',
        value: {
          name: pn,
          ...(role ? { role } : {}),
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
        },
        source,
        confidence: c,
      });
    }
  }
  if (cat === 'Person' && node.jobTitle) {
    // the page's person is also a person record
    const role = str(node.jobTitle, 200);
    if (name)
      out.push({
        field: 'people',
        value: { name, ...(role ? { role } : {}) },
        source,
        confidence: c,
      });
  }
  // WebSite description as a site-wide "about" line.
  for (const r of roots) {
    if (r === node) continue;
    if (categoryOf(typeNames(r)) === 'Site' && typeNames(r).includes('website')) {
      const d = str(r.description, LIMITS.description);
      if (d) out.push({ field: 'description', value: d, source, confidence: c - 0.3 });
    }
  }
  return out;
}
