/**
 * Which node of a page's schema.org data the page is about. Every node that could be the page's
 * entity gets a standing score; small bonuses then break ties. The numbers are ranks, not
 * probabilities: only their order and gaps matter, and the golden corpus test pins the result.
 */
import type { PageContext } from '../types';
import { NOT_ENTITY_PROPS } from '../data/schema-vocabulary';
import { categoryOf, type Category } from './category';
import { objects, str, typeNames, urlOf, type SchemaNode } from './values';
import { isHostNode, readHost, registrable } from '../host';
import { asArray, hostOf, isHomeAddress } from '../util';
import { entityName } from './fields/name';
import { SOCIAL_PLATFORM_HOST } from '../data/social-hosts';

/**
 * A top-level node stands for itself. An organisation outranks the rest because a partner is
 * usually one; an event page's event comes next (its organiser is not the page's subject); a
 * person page is a person's own site; a place is the weakest claim (venues are often incidental).
 */
const TOP_LEVEL_SCORE: Partial<Record<Category, number>> = {
  Organization: 100,
  Event: 98,
  Person: 90,
  Place: 88,
  // an item with no type (microdata's bare itemscope, RDFa's page-level properties) still names
  // what it describes, more weakly than any typed one
  None: 80,
};

/**
 * Properties of a page, work or product that point at the organisation behind it, with how surely
 * they do. `mainEntity` is the page saying outright what it is about, so it is just short of a
 * top-level organisation; `publisher` is nearly as sure on a site's own pages; `about` can be a
 * topic; provider, seller and broker name a business behind an offer or an invoice;
 * `hiringOrganization` the employer behind a job posting; `itemOffered` is usually a product.
 */
export const OWNER_PROPS: ReadonlyMap<string, number> = new Map([
  ['publisher', 96],
  ['mainentity', 97],
  ['about', 93],
  ['provider', 86],
  ['seller', 86],
  ['offeredby', 86],
  // an invoice's or order's business, when it names no provider or seller (`merchant` is the
  // older name of an order's seller)
  ['broker', 84],
  ['merchant', 84],
  ['sourceorganization', 84],
  // a public service is run by its operator; a certificate, permit or credential is shown by
  // the body that issues it
  ['serviceoperator', 86],
  ['issuedby', 86],
  // a job posting is about the employer
  ['hiringorganization', 95],
  ['itemoffered', 70],
  // a review is about the thing reviewed (a restaurant, a venue, an event)
  ['itemreviewed', 92],
  // a booking's confirmation is about what was booked (a restaurant, a hotel, an event)
  ['reservationfor', 90],
  // an announcement (a closure, a change of hours) is about the place it is made for
  ['announcementlocation', 90],
  // an archive's item (a letter, a photograph) is shown by the archive that holds it
  ['holdingarchive', 90],
]);

/**
 * On a platform (a video site, a streaming service, a social network) a work's page is its
 * creator's: the video's author, the song's artist. Anywhere else these name a contributor, not
 * the page's subject. The creator's kind is left to the page's reading (a channel marks every
 * uploader a Person, a band included).
 */
const CREDIT_PROPS: ReadonlyMap<string, number> = new Map([
  ['author', 88],
  ['creator', 88],
  ['byartist', 88],
]);

/** A person as publisher or provider is most often a blog's author, not the partner itself. */
const PERSON_OWNER_PENALTY = 6;
/** An owner node without a type may be anything; it still beats nothing but yields to typed ones. */
const UNTYPED_OWNER_PENALTY = 10;
/** A node with more properties is a fuller description; each counts a little, up to a cap, so
 * richness breaks ties but never lifts a node past a different standing by much. */
const PROPERTY_WEIGHT = 0.2;
const PROPERTY_CAP = 12;
/** On an article or blog page a stand-alone Person is its author, not the page's entity. */
const ARTICLE_AUTHOR_PENALTY = 35;
/** A node other nodes point at by @id as their publisher or subject is the site's own entity. */
const REFERENCED_BONUS = 4;
/** A node whose url is on the page's own host is more likely the site's owner than a mention. */
const OWN_HOST_BONUS = 1;

/** On a page whose structured data names someone other than the site (host.ts), the site's own
 * node is the platform, not the subject: it drops below an event's, a seller's or a listing's. */
const HOST_NODE_PENALTY = 30;

/** Bounds for hostile data: nested deeper than this or more nodes than this are not looked at. */
const MAX_DEPTH = 8;
const MAX_SCORED = 500;
const MAX_INDEXED = 2000;

interface Scored {
  node: SchemaNode;
  score: number;
  cat: Category;
  via: string;
}

export interface PickedEntity {
  node: SchemaNode;
  cat: Category;
  score: number;
  /** Every node of the data by its @id, to follow the entity's own references (its address). */
  byId: ReadonlyMap<string, SchemaNode>;
}

function standing(
  depth: number,
  cat: Category,
  parentCat: Category,
  via: string,
  credits: boolean,
): number {
  if (depth === 0) return TOP_LEVEL_SCORE[cat] ?? -1;
  const owner = OWNER_PROPS.get(via) ?? (credits ? CREDIT_PROPS.get(via) : undefined);
  const ownerOfPage =
    parentCat === 'Site' || parentCat === 'Work' || via === 'mainentity' || via === 'about';
  if (owner === undefined || !ownerOfPage) return -1;
  if (cat === 'Site' || cat === 'Work' || cat === 'Other') return -1;
  const saysSubject = via === 'mainentity' || via === 'about';
  return (
    owner -
    (cat === 'Person' && !saysSubject ? PERSON_OWNER_PENALTY : 0) -
    (cat === 'None' ? UNTYPED_OWNER_PENALTY : 0)
  );
}

/**
 * Nodes by @id, the fullest one of each: graph builders describe a node once and point at it
 * elsewhere ({"publisher": {"@id": "#org"}}), often from deep inside another node.
 */
function nodesById(roots: SchemaNode[]): Map<string, SchemaNode> {
  const byId = new Map<string, SchemaNode>();
  let visited = 0;
  const visit = (n: SchemaNode, depth: number): void => {
    if (depth > MAX_DEPTH || ++visited > MAX_INDEXED) return;
    const id = n['@id'];
    if (typeof id === 'string' && propertyCount(n) > propertyCount(byId.get(id) ?? {}))
      byId.set(id, n);
    for (const [k, v] of Object.entries(n))
      if (!k.startsWith('@') || k === '@graph') for (const c of objects(v)) visit(c, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  return byId;
}

/** The @ids that nodes name as their author, creator or editor. */
function authorIds(byId: Map<string, SchemaNode>): Set<string> {
  const out = new Set<string>();
  for (const n of byId.values())
    for (const k of ['author', 'creator', 'editor'])
      for (const o of objects(n[k])) if (typeof o['@id'] === 'string') out.add(o['@id']);
  return out;
}

/** A bare reference ({"@id": …} with nothing else said) stands for the node it names. */
export function dereferenced(n: SchemaNode, byId: ReadonlyMap<string, SchemaNode>): SchemaNode {
  const id = n['@id'];
  if (typeof id !== 'string' || propertyCount(n) > 0) return n;
  return byId.get(id) ?? n;
}

function walk(
  node: SchemaNode,
  depth: number,
  parentCat: Category,
  via: string,
  out: Scored[],
  seen: Set<SchemaNode>,
  followOffers: boolean,
  byId: Map<string, SchemaNode>,
  credits: boolean,
): void {
  if (depth > MAX_DEPTH || seen.has(node) || out.length > MAX_SCORED) return;
  seen.add(node);
  const cat = categoryOf(typeNames(node));
  const credited = credits && depth > 0 && !OWNER_PROPS.has(via) && CREDIT_PROPS.has(via);
  // (a credited creator's own type is not taken: see CREDIT_PROPS)
  const as: Category = credited && cat !== 'Site' && cat !== 'Work' ? 'None' : cat;
  const score = standing(depth, cat, parentCat, via, credits);
  // (a page's own typed person says what the page is about even without a name: FOAF's "Bob
  // knows Alice", named by the page's title)
  const says =
    entityName(node) ||
    node.url ||
    node.telephone ||
    node.address ||
    node.logo ||
    (depth === 0 && cat === 'Person' && Object.keys(node).some((k) => !k.startsWith('@')));
  if (score > 0 && says) {
    out.push({ node, score, cat: as, via });
  }
  // only the page's work credits its creator: a comment's author is a commenter, and a show's
  // or a series' page is the show's own
  const childCredits = credits && depth === 0 && !typeNames(node).some((t) => t.endsWith('series'));
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@') && k !== '@graph') continue;
    const key = k.toLowerCase().replace(/^.*[/#:]/, '');
    if (
      NOT_ENTITY_PROPS.has(key) &&
      !OWNER_PROPS.has(key) &&
      !(childCredits && CREDIT_PROPS.has(key)) &&
      !(followOffers && key === 'offers')
    )
      continue;
    for (const child of objects(v))
      walk(
        dereferenced(child, byId),
        depth + 1,
        cat,
        key,
        out,
        seen,
        followOffers,
        byId,
        childCredits,
      );
  }
}

function propertyCount(n: SchemaNode): number {
  let c = 0;
  for (const k of Object.keys(n)) if (!k.startsWith('@')) c++;
  return Math.min(c, PROPERTY_CAP);
}

/** A certificate beside other nodes of a graph is most often a product's: its issuer owns the
 * page only when the certificate is the page's own item, never by reference from beside it. */
const NOT_SINGLED_OUT: ReadonlySet<string> = new Set(['issuedby']);

/** Ids that top-level nodes point at through an owner property, with the strongest such claim. */
function referencedIds(roots: SchemaNode[]): Map<string, number> {
  const byId = new Set<string>();
  for (const r of roots) {
    const id = r['@id'];
    if (typeof id === 'string') byId.add(id);
  }
  const referenced = new Map<string, number>();
  for (const r of roots) {
    for (const [k, v] of Object.entries(r)) {
      const owner = OWNER_PROPS.get(k.toLowerCase());
      if (owner === undefined || NOT_SINGLED_OUT.has(k.toLowerCase())) continue;
      for (const o of objects(v)) {
        const id = o['@id'];
        if (typeof id === 'string' && byId.has(id)) {
          referenced.set(id, Math.max(referenced.get(id) ?? 0, owner));
        }
      }
    }
  }
  return referenced;
}

/** A page on a platform that hosts others' works: a social network's or a hosting platform's,
 * other than its home page. */
export function onPlatform(ctx: PageContext): boolean {
  const home = isHomeAddress(ctx.url);
  return (
    readHost(ctx).reasons.includes('platform') || (SOCIAL_PLATFORM_HOST.test(ctx.host) && !home)
  );
}

/**
 * A top-level item's author or creator whose address is this site's home page: the site's own
 * (a fact-check's publisher written as its author, a blogger's post), as sure as a publisher.
 */
function ownSiteAuthors(
  roots: SchemaNode[],
  ctx: PageContext,
  byId: Map<string, SchemaNode>,
): Scored[] {
  const out: Scored[] = [];
  const own = registrable(ctx.host);
  if (!own) return out;
  for (const r of roots)
    for (const a of [...objects(r.author), ...objects(r.creator)]) {
      const n = dereferenced(a, byId);
      const u = urlOf(n.url, ctx.base);
      if (!u || !isHomeAddress(u) || registrable(hostOf(u)) !== own) continue;
      const cat = categoryOf(typeNames(n));
      if (cat !== 'Organization' && cat !== 'Person' && cat !== 'None') continue;
      const score = OWNER_PROPS.get('publisher')! - (cat === 'Person' ? PERSON_OWNER_PENALTY : 0);
      out.push({ node: n, score, cat, via: 'author' });
    }
  return out;
}

/** Events that are parts of another event on the page: they name a superEvent, or the other
 * names them (by @id) as its subEvent. */
function eventParts(events: SchemaNode[]): Set<SchemaNode> {
  const subIds = new Set<string>();
  for (const e of events)
    for (const v of asArray(e.subEvent as unknown)) {
      const id = typeof v === 'string' ? v : (v as SchemaNode | null)?.['@id'];
      if (typeof id === 'string') subIds.add(id);
    }
  const parts = new Set<SchemaNode>();
  for (const e of events) {
    const id = e['@id'];
    if (e.superEvent !== undefined || (typeof id === 'string' && subIds.has(id))) parts.add(e);
  }
  // (a page of parts alone, with no whole among them, is still a list of its own)
  return parts.size < events.length ? parts : new Set();
}

/** Pick the node the page is about among the top-level nodes of one syntax. */
export function pickEntity(roots: SchemaNode[], ctx: PageContext): PickedEntity | undefined {
  const out: Scored[] = [];
  const seen = new Set<SchemaNode>();
  const referenced = referencedIds(roots);
  const host = readHost(ctx);
  const hostedByData = host.reasons.includes('structured-data');
  // on a marketplace the offer's seller is the subject, so offers are followed to reach it
  const byId = nodesById(roots);
  const credits = onPlatform(ctx);
  for (const r of roots) walk(r, 0, 'None', '', out, seen, hostedByData, byId, credits);
  // a product's offer naming its seller, when the data names no one else, names the business
  // behind the page
  if (!out.length && !hostedByData) {
    seen.clear();
    for (const r of roots) walk(r, 0, 'None', '', out, seen, true, byId, credits);
  }
  out.push(...ownSiteAuthors(roots, ctx, byId));
  const articleLike = roots.some((r) =>
    typeNames(r).some((t) => /(article|posting|blog|report|review)$/.test(t)),
  );
  // a calendar or listing of several events is about the site that lists them, not one event;
  // a series' or a festival's own parts (their superEvent, its subEvent) do not make it a list
  const topEvents = out.filter((s) => s.via === '' && s.cat === 'Event');
  const parts = eventParts(topEvents.map((s) => s.node));
  const events = new Set(topEvents.filter((s) => !parts.has(s.node)).map((s) => str(s.node.name)));
  const eventList = events.size >= 2;
  const authors = authorIds(byId);
  let best: Scored | undefined;
  for (const s of out) {
    if (eventList && s.cat === 'Event') continue;
    if (parts.has(s.node)) continue;
    // a graph's stand-alone person that its page names as author (Yoast's WebPage → Person) wrote
    // the page; unless the site also names them its publisher or subject, they are not the entity
    const id = s.node['@id'];
    if (s.via === '' && typeof id === 'string' && authors.has(id) && !referenced.has(id)) continue;
    let score = s.score + propertyCount(s.node) * PROPERTY_WEIGHT;
    if (articleLike && s.cat === 'Person' && s.via === '') score -= ARTICLE_AUTHOR_PENALTY;
    if (typeof id === 'string' && referenced.has(id)) score += REFERENCED_BONUS;
    const u = urlOf(s.node.url, ctx.base);
    if (u && ctx.host && u.toLowerCase().includes(ctx.host)) score += OWN_HOST_BONUS;
    if (hostedByData && isHostNode(s.node, ctx, host)) score -= HOST_NODE_PENALTY;
    if (!best || score > best.score) best = { ...s, score };
  }
  return best ? { node: best.node, cat: best.cat, score: best.score, byId } : undefined;
}
