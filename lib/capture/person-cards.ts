/**
 * Staff cards: a staff page repeats one block per person (a card, a list item, a table row), each
 * with a name, a role and the person's own email or phone. Those people are offered as people, and
 * their own addresses and numbers are theirs, not the organisation's (rules/links.ts and
 * rules/text.ts ask `isPersonalContact` before offering a contact for the organisation).
 *
 * Only repeated blocks count: two or more siblings that each hold exactly one person with a role
 * and a contact. A lone "Contact us" block, or one person named in a paragraph, is left to the
 * ordinary rules, so a page with a single contact never loses its email to an invented person.
 */
import type { CapturePerson, PageContext } from './types';
import { ORG_WORDS } from './data/org-words';
import { emailIsNamed, isPersonName, ROLE_WORDS } from './person-name';
import { cleanText, normaliseEmail, samePhone, SKIP_TAGS, tagName } from './util';
import { BLOCK, walkPage } from './walk';

export interface PersonCard {
  el: Element;
  person: CapturePerson;
  /** The card's emails and phones (as digits) that are the person's own. */
  personal: Set<string>;
}

/** Job words that name a role on a card (beyond the people rule's, which also vet names), with
 * the board roles of clubs and associations in French, Spanish, Italian, German, Dutch, Danish,
 * Norwegian, Swedish and Finnish. */
const MORE_ROLE_WORDS =
  /\b(tr[ée]sori[eè]re?|secr[ée]taire|vice-pr[ée]sidente?|responsable|presidenta?|tesorer[oa]|secretari[oa]|segretari[oa]|tesoriere|kassierer(?:in)?|kassenwart(?:in)?|schriftf[üu]hrer(?:in)?|vorsitzender?|voorzitter|penningmeester|secretaris|(?:n[æa]st|vice)?formand|kasserer|sekret[æa]r|bestyrelsesmedlem|styreleder|nestleder|styremedlem|(?:vice )?ordf[öo]rande|kass[öo]r|sekreterare|ledamot|suppleant|(?:vara)?puheenjohtaja|rahastonhoitaja|sihteeri|specialist|associate|liaison|instructor|tutor|counsel+or|nurse|analyst|consultant|supervisor|superintendent|provost|representative|ambassador|curator|planner|advocate|navigator|mentor|facilitator|fellow|intern|clerk|receptionist|bookkeeper|accountant|engineer|designer|developer|producer|pastor|rabbi|imam|minister|social worker|therapist|psychologist|physician|lawyer)\b/i;
const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;
const PHONE = /(?:\+\d|\(\d|\b\d)[\d\s().-]{5,20}\d/g;
const FAX = /\b(fax|telefax)\b/i;
/** Label words that sit on a card beside the contact ("Email", "Phone: …"), never a role. */
const LABEL = /^(e-?mail|phone|tel|telephone|mobile|cell|contact|bio|profile|more|read more)\b/i;
const EDGE_PUNCTUATION = /^[\s–—|:,;·•-]+|[\s–—|:,;·•-]+$/g;
const PARTS = /\s+[–—|-]\s+|\s*[|,·•]\s+|:\s+/;

/** A card holds little: past this many nodes a block is a section, not one person's card. */
const MAX_CARD_NODES = 150;
/** Levels climbed from a contact to the repeated block around it (link → p → card → column). */
const MAX_CLIMB = 6;
const MAX_SIBLINGS = 300;
const MAX_SEEDS = 400;

interface CardReading {
  names: string[];
  person?: CapturePerson;
  emails: string[];
  phones: string[];
}

/** The block's text as lines (blocks and <br> end a line); mailto:/tel: links give contacts. */
function readBlock(root: Element): { lines: string[]; emails: string[]; phones: string[] } | null {
  const lines: string[] = [];
  const emails: string[] = [];
  const phones: string[] = [];
  let cur = '';
  let nodes = 0;
  const flush = () => {
    const t = cleanText(cur, 300);
    if (t) lines.push(t);
    cur = '';
  };
  const visit = (node: Node): boolean => {
    if (++nodes > MAX_CARD_NODES) return false;
    if (node.nodeType === 3) {
      cur += node.nodeValue ?? '';
      return true;
    }
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    const tag = tagName(el);
    if (SKIP_TAGS.has(tag)) return true;
    if (tag === 'BR') {
      flush();
      return true;
    }
    if (tag === 'A') {
      const href = (el.getAttribute('href') ?? '').trim();
      const scheme = href.slice(0, 7).toLowerCase();
      if (scheme === 'mailto:') {
        const e = normaliseEmail(href.split(/[,;]/)[0]!);
        if (e) emails.push(e);
        return true;
      }
      if (scheme.startsWith('tel:')) {
        phones.push(decodeURIComponentSafe(href.slice(4)));
        return true;
      }
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) if (!visit(c)) return false;
    if (block) flush();
    return true;
  };
  if (!visit(root)) return null;
  flush();
  return { lines, emails, phones };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const isRoleText = (s: string): boolean =>
  s.length <= 80 &&
  !s.includes('@') &&
  !/\d{3}/.test(s) &&
  (ROLE_WORDS.test(s) || MORE_ROLE_WORDS.test(s));

/** Words of places and units that repeat like staff ("Eastside Campus", "Harbor Branch"), and of
 * the ways to reach them ("Luas Red Line: Smithfield stop"). */
const UNIT_WORDS =
  /\b(campus|branch|office|hall|building|department|division|programm?e?|unit|district|county|region|clinic|site|room|wing|line|road|street|stop|station|route|tram|bus|metro|parking|entrance|floor)\b/i;

/** A card's title that ends with a unit ("Dublin – Head Office"; "Office Manager" is a role). */
const UNIT_TITLE = /\b(?:office|branch|campus|site|centre|center)\s*$/i;

const isCardName = (s: string): boolean =>
  isPersonName(s) && !ORG_WORDS.test(s) && !MORE_ROLE_WORDS.test(s) && !UNIT_WORDS.test(s);

function readCard(el: Element): CardReading | null {
  const block = readBlock(el);
  if (!block) return null;
  const names: string[] = [];
  let role = '';
  const emails = [...block.emails];
  const phones = [...block.phones];
  block.lines.forEach((line) => {
    const parts = line
      .split(PARTS)
      .map((p) => p.replace(EDGE_PUNCTUATION, ''))
      .filter(Boolean);
    for (const part of parts) {
      if (isCardName(part)) {
        if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
      } else if (!role && isRoleText(part) && !LABEL.test(part)) role = part;
    }
    for (const m of line.matchAll(EMAIL)) {
      const e = normaliseEmail(m[0]);
      if (e && !emails.includes(e)) emails.push(e);
    }
    if (FAX.test(line)) return;
    for (const m of line.matchAll(PHONE)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length >= 7 && digits.length <= 15) phones.push(m[0].trim());
    }
  });
  // a card titled as an office ("Dublin – Head Office") is the office's, whoever it names
  if (names.length !== 1 || !role || UNIT_TITLE.test(role) || (!emails.length && !phones.length))
    return { names, emails, phones };
  return {
    names,
    emails,
    phones,
    person: {
      name: names[0]!,
      role,
      ...(emails[0] ? { email: emails[0] } : {}),
      ...(phones[0] ? { phone: phones[0] } : {}),
    },
  };
}

const cache = new WeakMap<Document, Map<Element, PersonCard>>();

/** The page's staff cards by element, found once per document. */
export function personCards(ctx: PageContext): Map<Element, PersonCard> {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const walk = walkPage(ctx);
  const seeds = new Set<Element>();
  for (const l of walk.links) {
    if (seeds.size >= MAX_SEEDS) break;
    if (/^\s*(mailto|tel):/i.test(l.href)) seeds.add(l.el);
  }
  for (const line of walk.lines) {
    if (seeds.size >= MAX_SEEDS) break;
    if (line.text.includes('@') && EMAIL.test(line.text)) seeds.add(line.el);
    EMAIL.lastIndex = 0;
  }
  const cards = new Map<Element, PersonCard>();
  // two cards need two contacts at least
  if (seeds.size < 2) {
    cache.set(ctx.doc, cards);
    return cards;
  }
  const groups = new Map<Element, Map<string, CardReading[] | null>>();
  const readings = new Map<Element, CardReading | null>();
  const reading = (el: Element): CardReading | null => {
    if (!readings.has(el)) readings.set(el, readCard(el));
    return readings.get(el)!;
  };
  /** The cards among `parent`'s children of one tag, or null when they are not a staff list. */
  const group = (parent: Element, tag: string): CardReading[] | null => {
    let byTag = groups.get(parent);
    if (!byTag) groups.set(parent, (byTag = new Map()));
    if (byTag.has(tag)) return byTag.get(tag)!;
    const siblings = Array.from(parent.children).filter((c) => tagName(c) === tag);
    let cards: CardReading[] | null = null;
    if (siblings.length >= 2 && siblings.length <= MAX_SIBLINGS) {
      const found = siblings.map(reading).filter((r): r is CardReading => !!r?.person);
      if (found.length >= 2) cards = found;
    }
    byTag.set(tag, cards);
    return cards;
  };
  const members = new Set<Element>();
  const top = ctx.doc.body ?? ctx.doc.documentElement;
  for (const seed of seeds) {
    let x: Element | null = seed;
    for (let depth = 0; x && depth <= MAX_CLIMB; depth++) {
      const parent: Element | null = x.parentElement;
      if (!parent || x === top) break;
      if (members.has(x)) break;
      const tag = tagName(x);
      // the block itself first: its siblings are read only when it is one person's card
      if (reading(x)?.person && group(parent, tag)) {
        for (const c of Array.from(parent.children)) {
          if (tagName(c) === tag && readings.get(c)?.person) members.add(c);
        }
        break;
      }
      // A block too big for a card, or holding several people, is past one person's card: the
      // repeated unit was further down, or there is none.
      const own = reading(x);
      if (!own || own.names.length > 1) break;
      x = parent;
    }
  }
  const count = new Map<string, number>();
  const keysOf = (r: CardReading) => [
    ...new Set([...r.emails, ...r.phones.map((p) => p.replace(/\D/g, ''))]),
  ];
  for (const el of members)
    for (const k of keysOf(readings.get(el)!)) count.set(k, (count.get(k) ?? 0) + 1);
  for (const el of members) {
    const r = readings.get(el)!;
    const personal = new Set<string>();
    for (const e of r.emails)
      if (count.get(e) === 1 && emailIsNamed(e, r.person!.name)) personal.add(e);
    for (const p of r.phones) {
      const digits = p.replace(/\D/g, '');
      if (count.get(digits) === 1) personal.add(digits);
    }
    cards.set(el, { el, person: r.person!, personal });
  }
  cache.set(ctx.doc, cards);
  return cards;
}

/** The staff card `el` sits in, if any (cards are small: a few levels up at most). */
function cardOf(cards: Map<Element, PersonCard>, el: Element): PersonCard | undefined {
  let x: Element | null = el;
  for (let depth = 0; x && depth < 16; depth++, x = x.parentElement) {
    const card = cards.get(x);
    if (card) return card;
  }
  return undefined;
}

/**
 * Whether an email or phone found at `el` is the person's own on a staff card, not the
 * organisation's. A value found outside every card, on several cards, or (for emails) not built
 * from the person's name stays the organisation's.
 */
export function isPersonalContact(
  ctx: PageContext,
  el: Element,
  field: 'emails' | 'phones',
  value: string,
): boolean {
  const cards = personCards(ctx);
  if (cards.size === 0) return false;
  const card = cardOf(cards, el);
  if (!card) return false;
  if (field === 'emails') return card.personal.has(normaliseEmail(value));
  for (const p of card.personal) if (!p.includes('@') && samePhone(p, value)) return true;
  return false;
}
