/**
 * The organisation behind a hosted page's item. Many platforms' pages are about an item — a
 * volunteer opportunity, a course, a podcast, a press release — whose heading is the item's title,
 * and they name the organisation that offers it: in a line under the heading ("Publiée par Banque
 * alimentaire …", "Ein Kurs von …", "News provided by …") or in structured data (a Course's
 * provider, a podcast's author). That organisation is the partner, not the item's title; and a
 * site naming someone other than itself as its page's owner is hosting the page (`host.ts`).
 *
 * A story (a news article, a blog post) names its author and sources too, so on a story the owner
 * must also have its "About <name>" boilerplate in the main content, as a press release on a wire
 * service does. Bare "by"/"von"/"par" lines are left out (a product's brand, a book's author), and
 * so are "organised/hosted/presented by" (an event page is about the event). People are never
 * owners (a byline).
 */
import { isPersonName } from './person-name';
import { ORG_WORDS } from './data/org-words';
import { declaredTypes } from './schema/values';
import { cleanValueText, comesAfter, linkHost, LIMITS, squash, tagName } from './util';
import { textWithin, Z, type PageWalk } from './walk';
import { mainHeading } from './main-heading';
import { pageElements } from './page-elements';

type LdNode = Record<string, unknown>;

const NOT_MAIN = Z.HEADER | Z.FOOTER | Z.NAV | Z.COMMENT | Z.SHARE | Z.RELATED;

/** Labels that give an item's owner, in six languages. */
const LABEL =
  '(?:(?:news |content |course |programme |program )?(?:provided|offered|published|run|posted|produced) by|an? (?:course|podcast|show|series|programme|program|project|opportunity) (?:by|from)|(?:publiée?|proposée?|offerte?|diffusée?) par|un cours (?:de|proposé par)|(?:ein )?kurs von|angeboten von|veröffentlicht von|eingestellt von|(?:publicad[oa]|ofrecid[oa]) por|un curso de|(?:pubblicat[oa]|offert[oa]) da|un corso di|(?:aangeboden|gepubliceerd) door)';
/** The label ending the text before a link that names the owner. */
const OWNER_LABEL = new RegExp(`(?:^|[\\s·|•])${LABEL}\\s*:?\\s*$`, 'iu');
/** The label and the name on a line of their own. */
const OWNER_LINE = new RegExp(`^${LABEL}\\s*:?\\s+(.{3,80})$`, 'iu');

/** A record's field naming the body an item belongs to ("School", "Organisation"), in a row of
 * its own: a <th>/<td> or <dt>/<dd> pair, or "School: …" on one line. */
const FIELD_NAMES =
  'school|organi[sz]ation|organisme|organizaci[oó]n|organizzazione|organisatie|schule|[ée]cole|escuela|scuola|charity|nonprofit|verein';
/** (The association words count as a cell's label only, as the rule was written and measured.) */
const OWNER_FIELD = new RegExp(
  `^(?:${FIELD_NAMES}|association|asociaci[oó]n|associazione|vereniging)\\s*:?$`,
  'i',
);
const OWNER_FIELD_LINE = new RegExp(`^(?:${FIELD_NAMES})\\s*:\\s*(.{3,80})$`, 'i');

/** Items whose provider or author is the organisation behind the page. */
const WORK_TYPE =
  /^(?:Course|CourseInstance|PodcastSeries|PodcastSeason|EducationalOccupationalProgram)$/i;
/** Stories: their author is an owner only with its "About …" boilerplate on the page. */
const STORY_TYPE = /(?:Article|^BlogPosting|^Report|^PressRelease)$/i;
const ORG_TYPE =
  /(organization|organisation|corporation|ngo|school|college|university|library|museum|club|team|group|council|agency|foundation|business|store|shop|restaurant|church)$/i;
/** "About The Open Shelf Foundation", as a heading or a bold lead of its own line. */
const ABOUT =
  /^(?:about|à propos de|über|acerca de|sobre|informazioni su|over)\s+(.{3,90}?)\s*:?$/i;
/** A leading article, which the boilerplate may add to the name ("Über die Tafel …"). */
const ARTICLE = /^(?:the|die|der|das|den|dem|la|le|les|l['’]|el|los|las|il|lo|de|het)\s*/i;

/** How far up from the h1 its box may reach, and how much text the box may hold. */
const BOX_CLIMB = 6;
const BOX_TEXT = 1500;

function objectsOf(v: unknown): LdNode[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is LdNode => !!x && typeof x === 'object');
}

function nameOf(n: LdNode): string {
  return typeof n.name === 'string' ? cleanValueText(n.name, LIMITS.name) : '';
}

/** Does the main content carry "About <name>" on a line of its own? */
function hasAbout(walk: PageWalk, name: string): boolean {
  const want = squash(name.replace(ARTICLE, ''));
  if (want.length < 3) return false;
  return walk.lines.some((l) => {
    if (l.zone & NOT_MAIN || l.text.length > 120) return false;
    const m = ABOUT.exec(l.text.trim());
    return !!m && squash(m[1]!.replace(ARTICLE, '')) === want;
  });
}

/** The box around the page's h1: its nearest ancestors, while they stay small. */
function headingBox(doc: Document): { h1: Element; box: Element } | undefined {
  const h1 = mainHeading(doc);
  if (!h1) return undefined;
  let box: Element = h1;
  for (let e = h1.parentElement, i = 0; e && i < BOX_CLIMB; e = e.parentElement, i++) {
    if (!textWithin(e, BOX_TEXT)) break;
    box = e;
  }
  return { h1, box };
}

/** An owner named in the line under the heading: a link after the label, or the rest of the line. */
function ownerLine(doc: Document, walk: PageWalk, site: string): string {
  const hb = headingBox(doc);
  if (!hb) return '';
  const { h1, box } = hb;
  const after = (el: Element): boolean => el !== h1 && box.contains(el) && comesAfter(h1, el);
  // (a box around the page's h1 is not the site's header, whatever its class says: "pm-kopf",
  // "page-header")
  const skip = NOT_MAIN & ~Z.HEADER;
  for (const l of walk.links) {
    if (l.zone & skip || !after(l.el) || !OWNER_LABEL.test(l.before.slice(-60))) continue;
    // a platform links the owner to its own page for it (/orgs/…, /anbieter/…); an own site's
    // "Published by <a council>" links away, to a body that did not make the page
    if (!sameSite(l.href, site)) continue;
    const name = cleanValueText(l.text, LIMITS.name);
    if (name.length >= 3 && name.length <= 80) return name;
  }
  for (const l of walk.lines) {
    if (l.zone & skip || l.text.length > 120 || !after(l.el)) continue;
    const m = OWNER_LINE.exec(l.text.trim());
    // unlinked (a linked name was judged above by its link), only a name that says it is an
    // organisation's
    if (m && ORG_WORDS.test(m[1]!) && !l.el.querySelector('a'))
      return cleanValueText(m[1]!, LIMITS.name);
  }
  return '';
}

/** Does a link stay on the page's own site (relative, or to its registrable domain `site`)? */
function sameSite(href: string, site: string): boolean {
  const h = href.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(h) && !h.startsWith('//')) return !/^(?:mailto|tel):/i.test(h);
  const to = linkHost(h).replace(/^www\./, '');
  if (!to) return false;
  return !!site && (to === site || to.endsWith('.' + site));
}

/** An owner given as a record's field: "School" beside its value in one row, or "School: …". */
function ownerField(walk: PageWalk): string {
  const lines = walk.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.zone & NOT_MAIN || l.text.length > 100) continue;
    const t = l.text.trim();
    const m = OWNER_FIELD_LINE.exec(t);
    if (m) return cleanValueText(m[1]!, LIMITS.name);
    const next = lines[i + 1];
    // the label's cell and the value's share their row (a header row's "Organisation" above a
    // list of partners does not)
    if (
      next &&
      OWNER_FIELD.test(t) &&
      next.text.length <= 80 &&
      !!l.el.parentElement &&
      l.el.parentElement === next.el.parentElement &&
      l.el !== next.el
    )
      return cleanValueText(next.text, LIMITS.name);
  }
  return '';
}

/** The organisations a work node (a course, a podcast) names as its provider or author. */
export function workOwners(n: LdNode): LdNode[] {
  if (!declaredTypes(n).some((x) => WORK_TYPE.test(x))) return [];
  return [n.provider, n.author, n.creator]
    .flatMap(objectsOf)
    .filter((o) => declaredTypes(o).some((x) => ORG_TYPE.test(x)));
}

/** A contact in a paragraph: a number of phone length or an e-mail address. */
const CONTACT_IN_TEXT = /@|\d(?:[\s.\-/()]{0,2}\d){6}/;

/**
 * A story about one body that closes with that body's contact box: a paragraph led by its name in
 * bold, with a number or an address ("**Ballinmore Men's Shed**, Bridge Street … Contact Tom on
 * 087 …"), the name also in the headline. A community story's factbox, as local papers print
 * them: the story is about that body, and the paper is only its host.
 */
function storyFactbox(doc: Document): string {
  const h1 = squash(mainHeading(doc)?.textContent ?? '');
  if (!h1) return '';
  for (const lead of pageElements(doc)) {
    const tag = tagName(lead);
    if (tag !== 'STRONG' && tag !== 'B') continue;
    const p = lead.parentElement;
    if (!p || tagName(p) !== 'P' || p.firstElementChild !== lead) continue;
    const text = p.textContent ?? '';
    // the bold name opens the paragraph
    if (!text.trimStart().startsWith((lead.textContent ?? '').trim().slice(0, 10))) continue;
    const name = cleanValueText(lead.textContent ?? '', LIMITS.name).replace(/[,:;.\s]+$/, '');
    if (name.length < 4 || name.length > 80 || !h1.includes(squash(name))) continue;
    if (text.length <= 600 && CONTACT_IN_TEXT.test(text.slice(name.length))) return name;
  }
  return '';
}

/**
 * The organisation behind the page's item, or '' — never a person, never one `isHost` names (an
 * own site's "A course by <itself>"). On a story (`story`) only with its "About …" line.
 */
export function pageOwner(
  doc: Document,
  walk: PageWalk,
  nodes: LdNode[],
  story: boolean,
  isHost: (name: string) => boolean,
  site: string,
): string {
  // (structured data typing it an organisation outweighs a name shaped like a person's)
  const ok = (name: string, about: boolean, typed = false): boolean =>
    name.length >= 3 &&
    (typed || !isPersonName(name) || ORG_WORDS.test(name)) &&
    !isHost(name) &&
    (!about || hasAbout(walk, name));
  for (const n of nodes) {
    const t = declaredTypes(n);
    const isStory = t.some((x) => STORY_TYPE.test(x));
    const props = t.some((x) => WORK_TYPE.test(x))
      ? [n.provider, n.author, n.creator]
      : isStory
        ? [n.author]
        : [];
    for (const p of props)
      for (const o of objectsOf(p)) {
        if (!declaredTypes(o).some((x) => ORG_TYPE.test(x))) continue;
        const name = nameOf(o);
        if (ok(name, story || isStory, true)) return name;
      }
  }
  const line = ownerLine(doc, walk, site);
  if (line && ok(line, story)) return line;
  const box = story ? storyFactbox(doc) : '';
  if (box && ok(box, false)) return box;
  const field = ownerField(walk);
  return field && ok(field, story) ? field : '';
}
