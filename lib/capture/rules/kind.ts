/**
 * What kind of thing a page is about: Organization, Person or Event when nothing typed says
 * (`guessKind`), and what kind of partner an organisation is (`chooseKind`).
 */
import type { Candidate, CaptureSource, EntityType, OrgKind, PageContext } from '../types';
import { isPersonName } from '../person-name';
import { walkPage, Z } from '../walk';
import { ORG_WORDS } from '../data/org-words';
import { readHost } from '../host';
import { metaContent } from '../context';
import { datedUnderHeading, hasDateAndTime } from '../event-page';
import { bareEventName, isBarePage } from '../bare-event';
import { isWorkType } from '../work-creator';
import { squash } from '../util';
import { socialKey } from '../social';
import { linkSocials } from '../link-socials';
import { jsonLdNodes } from './json-ld';
import { categoryOf } from '../schema/category';
import { typeNames, type SchemaNode } from '../schema/values';

/** On a page about someone other than its site, a listing dated under its heading is an event. */
function hostedEvent(ctx: PageContext): boolean {
  return readHost(ctx).hosted && datedUnderHeading(ctx);
}

/**
 * A name that is a place's: it ends in a word for one ("Hyde Park", "Neuschwanstein Castle",
 * "Ribera del Duero Wine Route", "Leaning Tower of Pisa") or starts with one ("Mount Rainier",
 * "Lake Bled"). Two words at least, so a one-word brand ("Square") is not read as a place.
 */
const PLACE_NAME =
  /\s(?:park|castle|palace|beach|lake|mountain|airport|bridge|tower|monument|island|islands|falls|cave|caves|forest|valley|river|canyon|trail|memorial|plaza|pier|fort|fortress|reservoir|route|abbey|cathedral|basilica|lighthouse|glacier|volcano|bay|waterfall|gorge|building|station|square|town hall|city hall)(?:\s+of\s+\p{Lu}[\p{L}'-]*)?$|^(?:mount|mt\.?|lake|isle of|cape)\s\S/iu;

/** Nodes looked at, and how deep, for one that types the subject's name. */
const TYPED_NAME_NODES = 300;
const TYPED_NAME_DEPTH = 4;

/**
 * Does the page's JSON-LD type a node of this very name as an organisation (an artist's page
 * listing concerts whose performer is "Maxïmo Park", a MusicGroup)? The name is then an
 * organisation's, whatever word it ends in and however its page reads.
 */
function typedAsOrganisation(doc: Document, name: string): boolean {
  const want = squash(name);
  let seen = 0;
  const visit = (v: unknown, depth: number): boolean => {
    if (depth > TYPED_NAME_DEPTH || seen++ > TYPED_NAME_NODES || !v || typeof v !== 'object')
      return false;
    if (Array.isArray(v)) return v.some((x) => visit(x, depth));
    const node = v as SchemaNode;
    if (
      typeof node.name === 'string' &&
      squash(node.name) === want &&
      categoryOf(typeNames(node)) === 'Organization'
    )
      return true;
    return Object.values(node).some((x) => visit(x, depth + 1));
  };
  return visit(jsonLdNodes(doc), 0);
}

/** Lines read at the top of a page for what the named one does ("designer", "professor"). */
const ROLE_LINES = 15;

/** Lines read at the top of a bare page for an event's date and time. */
const TOP_LINES = 4;

export function guessKind(ctx: PageContext, name: string | undefined): EntityType {
  const guess = guessFromPage(ctx, name);
  // (read only when the page's words say otherwise: it parses the JSON-LD again)
  return guess !== 'Organization' && name && typedAsOrganisation(ctx.doc, name)
    ? 'Organization'
    : guess;
}

function guessFromPage(ctx: PageContext, name: string | undefined): EntityType {
  const doc = ctx.doc;
  if (name && PLACE_NAME.test(name.trim()) && !ORG_WORDS.test(name)) return 'Place';
  // an item's owner (a course's provider, a release's issuer) is an organisation, whatever dates
  // the item carries
  if (readHost(ctx).owner) return 'Organization';
  // a video's or a song's page is dated by its upload, never an event
  const work = isWorkType(metaContent(ctx.doc, 'og:type'));
  if (!work && (hostedEvent(ctx) || bareEventName(ctx))) return 'Event';
  if (
    doc.querySelector(
      '[class*="event-title"],[class*="event-name"],[class*="event-wrapper"],[class*="event-details"],[class*="event-venue"],[class~="vevent"]',
    )
  ) {
    return 'Event';
  }
  if (!work && datedAtTop(ctx)) return 'Event';
  // a bare page (no site around it) about someone named like a person, in the third person
  if (name && isPersonName(name) && !ORG_WORDS.test(name) && bareThirdPerson(ctx, name))
    return 'Person';
  if (name && isPersonName(name) && !ORG_WORDS.test(name)) {
    const walk = walkPage(ctx);
    let text = '';
    // the page's head and its first lines say what the named one is; a role word deep in an
    // article ("the author", "a professor said") is the story's
    let top = `${ctx.title} ${metaContent(doc, 'description')} ${metaContent(doc, 'og:description')}`;
    let lines = 0;
    for (const l of walk.lines) {
      if (l.zone & (Z.NAV | Z.FOOTER)) continue;
      text += ' ' + l.text;
      if (lines++ < ROLE_LINES) top += ' ' + l.text;
      if (text.length > 20000) break;
    }
    // (English pronouns: in French "me" and "nous" say nothing of the kind)
    const english = /^en\b/i.test(doc.documentElement?.getAttribute('lang') || 'en');
    const me = english ? (text.match(/\b(I|I'm|I am|my|me|I've)\b/g) ?? []).length : 0;
    const we = english ? (text.match(/\b(we|our|us|we're|we are)\b/gi) ?? []).length : 0;
    const roleish =
      /\b(professor|lecturer|ph\.?d|consultant|freelance|portfolio|résumé|resume|curriculum vitae|cv|about me|home page|homepage|designer|developer|engineer|writer|photographer|artist|author)\b/i.test(
        top,
      );
    const relMe = walk.links.some((l) => /\bme\b/.test(l.rel));
    if (me > we || roleish || relMe) return 'Person';
  }
  // no name, but the page lists the profiles that are "me": a person's own page
  if (!name && relMeProfiles(ctx) >= 2) return 'Person';
  return 'Organization';
}

/** The distinct social profiles the page links with rel="me". */
export function relMeProfiles(ctx: PageContext): number {
  const walk = walkPage(ctx);
  const socials = linkSocials(ctx);
  const keys = new Set<string>();
  walk.links.forEach((l, i) => {
    const s = socials[i];
    if (s && /\bme\b/.test(l.rel)) keys.add(socialKey(s));
  });
  return keys.size;
}

/** Words that tell of a person in the third person: pronouns, family, birth and death. */
const THIRD_PERSON =
  /\b(?:he|she|his|her|him|born|died|father|mother|son|daughter|wife|husband|married|was (?:sponsored|awarded|elected|appointed))\b/i;

/** A bare page telling of the named one in the third person is a person's. */
function bareThirdPerson(ctx: PageContext, name: string): boolean {
  const walk = walkPage(ctx);
  if (!isBarePage(walk)) return false;
  const text = walk.lines.map((l) => l.text).join(' ');
  return text.includes(name) && THIRD_PERSON.test(text) && !/\b(?:we|our|us)\b/i.test(text);
}

/** A bare page whose first lines give a date with a time of day is an event's ("Julius Caesar at
 * the Globe / Wed 01 October 2014 19:30"). */
function datedAtTop(ctx: PageContext): boolean {
  const walk = walkPage(ctx);
  if (!isBarePage(walk)) return false;
  let n = 0;
  for (const l of walk.lines) {
    if (n++ >= TOP_LINES) break;
    if (hasDateAndTime(l.text)) return true;
  }
  return false;
}

/**
 * "school" as a noun for the entity, not as part of what it runs: "after-school", "before-school",
 * "out-of-school" and "homeschool" programmes are not schools.
 */
const SCHOOL = String.raw`(?<!(?:after|before|out-of|home)[- ]?)school\b`;

/**
 * Words that say what kind of partner a name is, tried in order: "library" before "school" (a
 * school library is a library), "school district" before "school", and parent groups last, so
 * "Riverside School PTA" reads as a school.
 */
const KIND_WORDS: readonly (readonly [OrgKind, RegExp])[] = [
  ['library', /\b(library|bibliothe)/],
  ['higher-ed', /\b(university|college|institute of technology)\b/],
  ['district', /\b(school district|unified district|public schools)\b/],
  ['school', new RegExp(String.raw`\b(${SCHOOL}|academy|elementary|primary|secondary)\b`)],
  ['faith', /\b(church|mosque|synagogue|temple|parish)\b/],
  [
    'nonprofit',
    /\b(foundation|nonprofit|non-profit|not-for-profit|charity|charitable|ngo|association|alliance|coalition|society|club)\b|501\(c\)\(3\)/,
  ],
  ['government', /\b(city of|county|council|department of|ministry|municipal)\b/],
  ['family-group', /\b(pta|pto|parent)/],
];

/** The first kind whose words appear in `text` (lower case). */
export function kindFromWords(text: string): OrgKind | undefined {
  const low = text.toLowerCase();
  return KIND_WORDS.find(([, words]) => words.test(low))?.[0];
}

/**
 * What a description says the entity *is*, as opposed to what it does or whom it serves:
 * "Eastside Youth Alliance is a nonprofit that runs after-school clubs" → "nonprofit";
 * "We partner with school districts" → nothing. The phrase runs from "is a" (or a description
 * that opens with "A …") to the first word that starts saying something else.
 */
const SELF_DESCRIPTION =
  /(?:^|\b(?:is|are|as|we're|we are|i am)\s+)(?:a|an|the|one of the)\s+([^.,;:!?()]{1,80})/g;
const PHRASE_END =
  /\s\b(that|which|who|whose|where|serving|serves|for|with|in|of|on|at|to|from|by|providing|offering|dedicated|committed|working|helping|based|founded|and|since)\b/;

export function kindFromDescription(description: string): OrgKind | undefined {
  const low = description.toLowerCase().slice(0, 2000);
  for (const m of low.matchAll(SELF_DESCRIPTION)) {
    const phrase = m[1]!.split(PHRASE_END)[0]!;
    const kind = kindFromWords(phrase);
    if (kind) return kind;
  }
  return undefined;
}

type KindCandidate = Candidate & { field: 'kind' };

export interface ChosenKind {
  kind: OrgKind;
  source: CaptureSource;
}

interface KindEvidence {
  /** The entity's typed kinds, surest first (those that describe the chosen name's entity). */
  typed: KindCandidate[];
  type: EntityType | undefined;
  name?: { value: string; source: CaptureSource };
  description?: { value: string; source: CaptureSource };
}

/**
 * The partner kind, from the surest evidence down: a type that names a kind; words in the name;
 * what the description says the entity is; a generic type's hint. People have no partner kind.
 * Undefined when nothing on the page says (the review then labels its default a guess).
 */
export function chooseKind({
  typed,
  type,
  name,
  description,
}: KindEvidence): ChosenKind | undefined {
  if (type === 'Person') return undefined;
  const stated = typed.find((c) => !c.generic);
  if (stated) return { kind: stated.value, source: stated.source };
  const byName = name && kindFromWords(name.value);
  if (byName && name) return { kind: byName, source: name.source };
  const byDescription = description && kindFromDescription(description.value);
  if (byDescription && description) return { kind: byDescription, source: description.source };
  const hinted = typed[0];
  return hinted ? { kind: hinted.value, source: hinted.source } : undefined;
}
