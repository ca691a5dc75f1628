/**
 * Subject and host. Many pages are about one organisation but served by another — a ticketing
 * site's event or organiser page, a marketplace's seller, a directory's listing, a fundraising
 * platform's charity, a network's group — and many own sites carry a vendor's credit ("Powered by
 * …") with the vendor's accounts and support line. This module reads who hosts the page and who is
 * credited, and `setHostAside` drops their values below the level at which merge keeps them, so
 * they stay offered in the review as low-ranked alternatives but never become the subject's.
 *
 * The page is hosted (about someone other than the site) when one of these holds — each general,
 * none keyed to a site, a name or a page:
 * - structured data: a node for the site itself (a WebSite, or an organisation on the page's own
 *   domain or named like og:site_name) beside a node about someone else (an event organised by
 *   another, an offer's seller of another name, a job posting's employer, another organisation
 *   not on this domain);
 * - the site's brand (og:site_name) is not the page's subject (og:title or h1), and the main
 *   content gives the subject a presence of its own: a link to its website, its own profiles, its
 *   website written out, or words such as "organised by", "about the seller";
 * - the domain is a known hosting platform (data/hosting-platforms.ts) — one signal among these.
 * Vendors are read on every page: a footer credit ("Powered by X", "Website by X", "Hosted by X")
 * names one, and a tenant sub-domain (library.vendor.net, whose brand is not "vendor") makes the
 * parent domain one.
 */
import { getDomain } from 'tldts';
import type { Candidate, PageContext } from './types';
import { metaContent } from './context';
import { classifySocial, socialHandle, socialKey } from './social';
import {
  isGenericSegment,
  nameMatchesHost,
  nameSpellsDomain,
  profileDisplayName,
  titleBrand,
  titleSegments,
} from './title';
import {
  cleanValueText,
  hostOf,
  isHomeAddress,
  LIMITS,
  normaliseEmail,
  phoneDigits,
  resolveUrl,
  squash,
  unwrapRedirect,
} from './util';
import { linkUrl, undatedHeadingBox, walkPage, Z, type Line, type PageWalk } from './walk';
import { datedUnderHeading, isEventPage } from './event-page';
import { workCreator } from './work-creator';
import { postersProfile } from './posters-profile';
import { callsProviders, subjectContact } from './provider-call';
import { networkNames } from './network';
import { bareName, nameWords } from './name-words';
import { pageOwner, workOwners } from './page-owner';
import { declaredTypes, urlOf } from './schema/values';
import { isWebsiteLink, linkWords, namesRoleSite } from './website-link';
import { proseSite } from './prose-site';
import { spelledLink } from './spelled-link';
import { HOSTING_PLATFORM_DOMAINS } from './data/hosting-platforms';
import { REFERENCE_SITE } from './data/reference-sites';
import { mainHeading } from './main-heading';
import { elementsByTag } from './page-elements';

/** Below merge's 0.4 for list values and below every real name, url and logo guess. */
const SET_ASIDE = 0.2;

/** What the page says about its subject once it is known to be hosted. */
const SUBJECT = {
  /** og:title or h1 of a hosted page: the listing's own name, under structured data (≥ 0.88). */
  name: 0.66,
  /** An image in a hosted page's main content named like the subject and marked as a logo (its
   * alt, file or class says so): its logo (a header logo is 0.8, but the host's is set aside). */
  namedImage: 0.55,
  /** …or one whose text says "logo". */
  logoImage: 0.5,
  /** A picture of the subject that does not say it is a logo (an avatar, a card's photo named
   * for it): offered in the review, not taken, under merge's 0.25 floor for logos. A listing's
   * picture is a photo or a platform's crop as often as a logo, and the pages' own labels
   * count only declared logos. */
  namedPicture: 0.22,
  /** The line that spells the subject's linked website: above og:title and h1 (0.66). */
  siteName: 0.68,
  /** The organisation a hosted item names as its owner ("Publiée par …", a course's provider):
   * above the item's own title and the line spelling a linked site (which may be a partner's). */
  owner: 0.7,
  /** A link in the main content to an outside site whose text is its address or "website". */
  linkedSite: 0.5,
  /** A tenant's own accounts and address in its bio box (read as an author box elsewhere). */
  tenantBio: 0.6,
  /** "Website: example.org" / "our new website is www.example.org" written without a link. */
  writtenSite: 0.5,
};

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
/** An address among a site's events: "/events/301845577/", "/e/…", "/veranstaltungen/…". */
const EVENT_PATH =
  /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:events?|e|veranstaltungen|evenements|eventos|agenda)\/[^/?#]+/i;
const NOT_SUBJECT = Z.AUTHOR | Z.COMMENT | Z.SHARE | Z.RELATED;

const CREDIT =
  /\b(?:powered by|hosted by|website by|site by|web ?design by|designed by|developed by|built with|made with|created with|platform by|a site by|website powered by|blog at|a website at|propulsé par|réalisé par|conçu par|créé par|créé avec|site réalisé par|erstellt mit|erstellt von|realisiert von|bereitgestellt von|realizzato da|creato con|desarrollado por|diseñado por|creado con|hecho con|theme by|th[eè]me\s*:?\s*[^·|•,;\n]{1,30}?\s(?:by|par))\s+([^·|•,;.!?()—–\n]{2,60})/i;
// words a listing uses of its subject ("organised by our PTA" is an own page's)
const SUBJECT_WORDS =
  /(?<!\p{L})((organi[sz]ed|presented|hosted)\s+by\s+(?!our\b|us\b|we\b|members\b)|sold by|meet (your|the) (seller|maker|organi[sz]er)|about the (seller|shop|organi[sz]er|charity)|on behalf of|registered charity (number|no)|seller profile|über den verkäufer|verkäuferprofil|à propos du vendeur|profil du vendeur|sobre el vendedor)(?:(?<=\s)|(?!\p{L}))/iu;
/** A listing's block labelled with its subject's role, as a heading or a "Label:" line (an app
 * store's "Developer contact" or "Offered by" block included). */
const SUBJECT_LABEL =
  /^(organi[sz]er|organisateur|organisatrice|veranstalter|organizador[a]?|recruiter|employer|hiring organi[sz]ation|developer contact|about (?:the|this) developer|offered by)\b\s*:?/im;
/** An e-mail address or a bare domain written in the text (a listing's contact lines). */
const TEXT_DOMAIN =
  /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})|^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/gim;
/** A cheap test before WRITTEN_SITE_OWN on each line. */
const OWN_SITE_HINT = /ebsite|omepage|ome page|isit us|nline at/i;
const DOMAIN_TEXT = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
const WRITTEN_SITE_LABELLED =
  /\b(?:web ?site|web|homepage|home page|site|webseite|site web|sitio web|internet)\s*:\s*((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s,;)]*)?)/i;
const WRITTEN_SITE_OWN =
  /\b(?:our (?:new )?(?:web ?site|homepage|home page) (?:is(?: now)?(?: at)?|will be|has moved to|is moving to|moves to)|visit us (?:online )?at|find us online at)\s+((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s,;)]*)?)/i;

/** Someone whose values are not the subject's: squashed names (≥ 4 letters) and domains. */
export interface Party {
  names: string[];
  domains: Set<string>;
}

export interface HostReading {
  /** The page is about someone other than the site it is on. */
  hosted: boolean;
  /** Why, for tests and debugging: 'structured-data', 'brand-vs-subject', 'provider-call',
   * 'platform'. */
  reasons: string[];
  /** The site itself (set aside only when `hosted`). */
  host: Party;
  /** Credited vendors and a tenant sub-domain's platform (set aside on every page). */
  vendors: Party;
  /** Logo URLs the site's own structured data declares. */
  hostLogos: Set<string>;
  /** The @ids a WebSite node names as its publisher: the site's owner, whatever its name. */
  hostIds: Set<string>;
  /** Where values sit: header/footer/nav versus the rest (read on first use: most pages never
   * need it, and on a large page it is a second pass over every line and link). */
  placed: () => { frame: Placement; main: Placement };
  /** New candidates for the subject of a hosted page (and a website it writes out). */
  subject: Candidate[];
  /** The organisation a hosted item names as its owner (`page-owner.ts`), or ''. */
  owner: string;
  /** The institution whose sub-domain the site is (a school district's for one of its schools):
   * its accounts are not the site's, though its mail domain is. '' when none. */
  institution: string;
  /** A platform page's work whose creator the title credits (`work-creator.ts`): its title is
   * not the subject's name, whatever the platform's markup calls it. '' when none. */
  work: string;
}

interface Placement {
  socials: Set<string>;
  emails: Set<string>;
  images: Set<string>;
  /** Each line's digits, to find a phone number's line. */
  digits: string[];
  text: string;
}

export function registrable(host: string): string {
  if (!host) return '';
  return (getDomain(host) ?? host).toLowerCase();
}

/** The registrable domain's own label, squashed: "9gag" for www.9gag.com. */
export function domainLabel(host: string): string {
  return squash(registrable(host).split('.')[0] ?? '');
}

function domainOf(url: string): string {
  return registrable(hostOf(url));
}

function addName(p: Party, name: string): void {
  const s = squash(name);
  if (s.length >= 4 && !p.names.includes(s)) p.names.push(s);
  // accounts drop a leading article and a legal form ("The Night Ticket Ltd" → @nightticketuk)
  const bare = squash(bareName(name));
  if (bare !== s && bare.length >= 6 && !p.names.includes(bare)) p.names.push(bare);
}

function sameName(a: string, p: Party): boolean {
  const s = squash(a);
  if (s.length < 4) return false;
  return p.names.some((n) => n === s || (n.length >= 4 && (s.startsWith(n) || n.startsWith(s))));
}

function handleMatches(url: string, p: Party): boolean {
  const h = squash(socialHandle(url));
  if (h.length < 4) return false;
  return p.names.some((n) => h.includes(n) || (h.length >= 5 && n.includes(h)));
}

// ---- structured data -------------------------------------------------------------------------

type Node = Record<string, unknown>;

function jsonLdNodes(doc: Document): Node[] {
  const out: Node[] = [];
  const push = (v: unknown, depth: number): void => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(v)) for (const x of v) push(x, depth);
    else if (v && typeof v === 'object') {
      const o = v as Node;
      if (Array.isArray(o['@graph'])) push(o['@graph'], depth + 1);
      out.push(o);
    }
  };
  for (const s of elementsByTag(doc, 'SCRIPT')) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = s.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      push(JSON.parse(raw), 0);
    } catch {
      // the json-ld rule repairs broken JSON; as a host signal, well-formed data is enough
    }
  }
  return out;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return text(v[0]);
  return '';
}

function nodeUrl(n: Node, base: string): string {
  const u = n.url ?? n['@id'];
  return typeof u === 'string' ? urlOf(u.replace(/#.*$/, ''), base) : '';
}

function firstObject(v: unknown): Node | undefined {
  const o = Array.isArray(v) ? v[0] : v;
  return o && typeof o === 'object' ? (o as Node) : undefined;
}

const ORG_LIKE =
  /(organization|organisation|corporation|business|store|shop|restaurant|school|library|ngo|club|team|group|venue|museum|theater|theatre|church|council|agency)$/i;

/**
 * Is this schema.org node the site itself (the host), given the page's domain and brand? A
 * WebSite always is; an organisation is when its address is on the page's domain or its name is
 * the brand the page declares.
 */
export function isHostNode(node: Node, ctx: PageContext, reading: HostReading): boolean {
  const t = declaredTypes(node);
  if (t.some((x) => /^WebSite$/i.test(x))) return true;
  if (!t.some((x) => ORG_LIKE.test(x))) return false;
  // the publisher a WebSite names by @id owns the site (a tourist board's consortium, whose
  // legal name is not its brand)
  const id = node['@id'];
  if (typeof id === 'string' && reading.hostIds.has(id)) return true;
  const name = text(node.name);
  if (name && sameName(name, reading.host)) return true;
  const u = nodeUrl(node, ctx.base);
  const own = registrable(ctx.host);
  return !!u && domainOf(u) === own && (!name || nameMatchesHost(name, own));
}

/** Does a story name its publisher as its author or at the start of its headline? */
function issuedBy(story: Node, publisher: string): boolean {
  const p = squash(publisher);
  if (p.length < 3) return false;
  const authors = Array.isArray(story.author) ? story.author : [story.author];
  if (authors.some((a) => a && typeof a === 'object' && squash(text((a as Node).name)) === p))
    return true;
  const headline = text(story.headline ?? story.Headline ?? story.name);
  return squash(headline.split(/\s+/).slice(0, publisher.split(/\s+/).length).join(' ')) === p;
}

/** Structured data naming someone else beside the site: the strongest sign of a hosted page. */
function structuredSubject(nodes: Node[], ctx: PageContext, reading: HostReading): boolean {
  const own = registrable(ctx.host);
  for (const n of nodes) {
    if (!declaredTypes(n).some((x) => /^WebSite$/i.test(x))) continue;
    const id = firstObject(n.publisher)?.['@id'];
    if (typeof id === 'string') reading.hostIds.add(id);
  }
  const hostNodes = nodes.filter((n) => isHostNode(n, ctx, reading));
  for (const n of hostNodes) {
    const name = text(n.name);
    if (name && !/^WebSite$/i.test(declaredTypes(n)[0] ?? '')) addName(reading.host, name);
    const pub = firstObject(n.publisher);
    if (pub && text(pub.name)) addName(reading.host, text(pub.name));
    for (const holder of [n, pub]) {
      if (!holder) continue;
      const logo = holder.logo;
      const lu = typeof logo === 'string' ? logo : text(firstObject(logo)?.url);
      if (lu) reading.hostLogos.add(resolveUrl(lu, ctx.base));
      const same = holder.sameAs;
      for (const s of Array.isArray(same) ? same : [same]) {
        if (typeof s === 'string') {
          const h = squash(socialHandle(s));
          if (h.length >= 4 && !reading.host.names.includes(h)) reading.host.names.push(h);
        }
      }
    }
  }
  const someoneElse = (o: Node | undefined): boolean => {
    if (!o) return false;
    const name = text(o.name);
    if (!name || sameName(name, reading.host)) return false;
    const u = nodeUrl(o, ctx.base);
    // (its website is this site's home page: the site's own organisation, whatever its name)
    if (u && domainOf(u) === own && isHomeAddress(u)) return false;
    return !u || domainOf(u) !== own || !nameMatchesHost(name, own);
  };
  // several events are a calendar's list: their organisers say nothing about who the page is for
  const eventNames = new Set(
    nodes.filter((n) => declaredTypes(n).some((x) => /event$/i.test(x))).map((n) => text(n.name)),
  );
  for (const n of nodes) {
    if (hostNodes.includes(n)) continue;
    const t = declaredTypes(n);
    if (t.some((x) => /event$/i.test(x))) {
      if (eventNames.size >= 2) continue;
      if (someoneElse(firstObject(n.organizer))) return true;
      if (hostNodes.length && someoneElse(n)) return true;
    } else if (workOwners(n).some(someoneElse)) {
      // a course's provider, a podcast's author: the organisation behind the page's item
      return true;
    } else if (t.some((x) => /^JobPosting$/i.test(x))) {
      if (someoneElse(firstObject(n.hiringOrganization))) return true;
    } else if (t.some((x) => /^(Product|Offer|IndividualProduct|ProductGroup)$/i.test(x))) {
      const offer = firstObject(n.offers);
      if (someoneElse(firstObject(offer?.seller ?? n.seller))) return true;
    } else if (t.some((x) => /(?:Article|BlogPosting|Release)$/i.test(x))) {
      // a wire's press release: a story published by someone other than the site, who also
      // signs it or leads its headline ("Segment Launches …")
      const pub = firstObject(n.publisher);
      if (someoneElse(pub) && issuedBy(n, text(pub!.name))) return true;
    } else if (hostNodes.length && t.some((x) => ORG_LIKE.test(x)) && someoneElse(n)) {
      return true;
    }
  }
  return false;
}

// ---- the page's brand and subject ------------------------------------------------------------

/** og:title (or the h1) with the brand's own title segments removed: the page's subject. */
function subjectName(ctx: PageContext, brand: string): string {
  const og = profileDisplayName(
    cleanValueText(metaContent(ctx.doc, 'og:title'), LIMITS.name),
    brand,
  );
  const h1 = cleanValueText(mainHeading(ctx.doc)?.textContent ?? '', LIMITS.name);
  const names: string[] = [];
  for (const raw of [og, h1]) {
    const segs = titleSegments(raw).filter(
      (s) => !isGenericSegment(s) && !(brand && squash(s) === squash(brand)),
    );
    const s = segs[0];
    if (s && s.length <= 120) names.push(s);
  }
  const [first, heading] = names;
  // og:title decorated after the heading's words ("Eethuis Anatolia in Utrecht", "… – order
  // online"): the heading is the name
  if (first && heading && first !== heading && first.startsWith(heading + ' ')) return heading;
  return first ?? '';
}

/** Is the page's main heading inside an <article> (or, without a heading, is there one)? */
function headingInArticle(doc: Document): boolean {
  if (!elementsByTag(doc, 'ARTICLE').length) return false;
  const h1 = mainHeading(doc);
  if (!h1) return true;
  for (let e: Element | null = h1; e; e = e.parentElement)
    if ((e.tagName || '').toUpperCase() === 'ARTICLE') return dated(e, doc);
  return false;
}

/** A story carries its date (a <time>, datePublished, a byline in its box, or a published time
 * in the head) or a CMS's story class. An undated <article> around the heading is a listing's or
 * a page's box (a directory entry on a newspaper's site), not a story. */
function dated(article: Element, doc: Document): boolean {
  return !undatedHeadingBox(article) || !!metaContent(doc, 'article:published_time');
}

// ---- the reading -----------------------------------------------------------------------------

function placements(walk: PageWalk, base: string): { frame: Placement; main: Placement } {
  const mk = (): Placement => ({
    socials: new Set(),
    emails: new Set(),
    images: new Set(),
    digits: [],
    text: '',
  });
  const frame = mk();
  const main = mk();
  const texts: [string[], string[]] = [[], []];
  for (const l of walk.lines) {
    const inFrame = (l.zone & FRAME) !== 0;
    const p = inFrame ? frame : main;
    const d = l.text.replace(/\D+/g, '');
    if (d.length >= 5) p.digits.push(d);
    texts[inFrame ? 0 : 1]!.push(l.text.toLowerCase());
  }
  frame.text = texts[0].join('\n');
  main.text = texts[1].join('\n');
  for (const l of walk.links) {
    const p = (l.zone & FRAME) !== 0 ? frame : main;
    const href = l.href.trim();
    if (/^mailto:/i.test(href)) p.emails.add(href.slice(7).split('?')[0]!.toLowerCase().trim());
    else {
      const s = classifySocial(href);
      if (s) p.socials.add(socialKey(s));
    }
  }
  for (const img of walk.images) {
    ((img.zone & FRAME) !== 0 ? frame : main).images.add(resolveUrl(img.src, base));
  }
  return { frame, main };
}

/** Names of institutions that give their units sub-domains (a district's schools, a council's
 * services). */
const INSTITUTION_PARENT =
  /\b(?:school district|unified|independent school district|public schools|county|council|city of|diocese|university|college|academy trust|trust|ministry|department of|government)\b/i;

function readVendors(ctx: PageContext, walk: PageWalk, nodes: Node[], reading: HostReading): void {
  const lines = walk.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const late = i >= lines.length - 6 && (l.zone & Z.MAIN) === 0;
    if (!(l.zone & Z.FOOTER) && !late) continue;
    const m = CREDIT.exec(l.text);
    if (!m) continue;
    const name = m[1]!.trim().split(/\s+/).slice(0, 4).join(' ');
    addName(reading.vendors, name);
  }
  // a badge: an image whose text is the credit ("Powered by SchoolSpark"), linking to the vendor
  for (const img of walk.images) {
    if (!img.linkHref || !CREDIT.test(img.alt)) continue;
    const d = domainOf(resolveUrl(img.linkHref, ctx.base));
    if (!d || d === registrable(ctx.host)) continue;
    reading.vendors.domains.add(d);
    addName(reading.vendors, CREDIT.exec(img.alt)![1]!.trim());
    addName(reading.vendors, d.split('.')[0]!);
  }
  for (const link of walk.links) {
    // the credit's phrase ends right before the vendor's link ("Powered by <a>")
    // …or the link is the whole credit ("<a>Powered by X</a>")
    const whole = CREDIT.test(link.text);
    if (!whole && !/\b(by|with|par|avec|mit|von|da|con|por)\s*$/i.test(link.before.slice(-8)))
      continue;
    if (!whole && !CREDIT.test(`${link.before} ${link.text}`.slice(-80))) continue;
    const d = domainOf(linkUrl(link, ctx.base));
    if (!d || d === registrable(ctx.host)) continue;
    reading.vendors.domains.add(d);
    addName(reading.vendors, link.text);
    addName(reading.vendors, d.split('.')[0]!);
  }
  // a tenant sub-domain (library.vendor.net) whose brand is not the parent domain's
  const own = registrable(ctx.host);
  if (!own || ctx.host === own) return;
  // universities, schools and governments own their sub-domains (a department is not a tenant)
  if (/\.(edu|gov|mil|k12\.[a-z]{2}\.us)$|\.(ac|edu|gov|govt|sch|school|nhs)\.[a-z]{2}$/.test(own))
    return;
  const label = own.split('.')[0]!;
  // the page's own brand: declared, in structured data or in the title; only when it has none,
  // the header images (a platform's logo linking to the parent would otherwise name the tenant)
  // (a product's or an article's title and a product's node name the page, not the site)
  const ogType = metaContent(ctx.doc, 'og:type').toLowerCase();
  const titled = !/product|article/.test(ogType);
  const declared = [
    ctx.siteName ?? '',
    ...nodes
      .filter((n) => declaredTypes(n).some((t) => ORG_LIKE.test(t) || /^WebSite$/i.test(t)))
      .map((n) => text(n.name)),
    ...(titled ? titleSegments(ctx.title).filter((t) => !isGenericSegment(t)) : []),
  ].filter(Boolean);
  // (a parent institution's name written short in its domain, "Universität Oberfranken" →
  // uni-oberfranken.de, is the site's own brand too)
  if (declared.some((b) => nameMatchesHost(b, own) || nameSpellsDomain(b, own, true))) return;
  // with no brand declared, a header logo sharing a word with the parent domain is the site's
  if (
    !declared.length &&
    walk.images.some(
      (i) => i.zone & FRAME && nameWords(i.alt).some((w) => squash(label).includes(w)),
    )
  )
    return;
  const parentLinks = walk.links.filter((l) => hostOf(linkUrl(l, ctx.base)) === own);
  if (!parentLinks.length) return;
  // a school district's, a council's or a university's own sub-domain for one of its schools or
  // units: the link to the parent names an institution, not a platform
  if (parentLinks.some((l) => INSTITUTION_PARENT.test(l.text))) {
    reading.institution = label;
    return;
  }
  reading.vendors.domains.add(own);
  addName(reading.vendors, label);
}

/** Outside sites the main content links to or writes out: the subject's own website. */
function subjectSites(ctx: PageContext, walk: PageWalk, reading: HostReading): string[] {
  const own = registrable(ctx.host);
  // on a tenant's page the bio box is the tenant's own, not an author's
  const skip = reading.vendors.domains.has(own)
    ? FRAME | (NOT_SUBJECT & ~Z.AUTHOR)
    : FRAME | NOT_SUBJECT;
  const out: string[] = [];
  // an event's page links its venue's, organiser's and performers' sites by their role
  const eventPage = isEventPage(ctx);
  const consider = (raw: string): void => {
    const u = resolveUrl(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`, ctx.base);
    const d = domainOf(u);
    if (!u || !d || d === own || reading.vendors.domains.has(d)) return;
    if (classifySocial(u) || REFERENCE_SITE.test(u)) return;
    if (!out.includes(u)) out.push(u);
  };
  for (const l of walk.links) {
    if (l.zone & skip) continue;
    const t = l.text.trim();
    const href = unwrapRedirect(linkUrl(l, ctx.base), ctx.host);
    if (eventPage && namesRoleSite(l)) continue;
    if (DOMAIN_TEXT.test(t)) consider(t);
    else if (DOMAIN_TEXT.test(linkWords(l))) consider(linkWords(l));
    else if (
      /\b(web ?site|home ?page)$/i.test(t) ||
      /(web ?site|web)\s*:\s*$/i.test(l.before) ||
      isWebsiteLink(l)
    )
      consider(href);
  }
  for (const l of walk.lines) {
    if (l.zone & skip) continue;
    const m = WRITTEN_SITE_LABELLED.exec(l.text);
    if (m) consider(m[1]!);
  }
  return out;
}

/** The shortest main-content line (a name's length) that spells the site's domain. */
function nameSpellingSite(walk: PageWalk, site: string): string {
  const d = domainOf(site);
  let best = '';
  let n = 0;
  for (const l of walk.lines) {
    if (l.zone & (FRAME | NOT_SUBJECT) || n++ > 3000) continue;
    const t = cleanValueText(l.text, LIMITS.name).replace(/^(about|meet)\s+/i, '');
    if (t.length < 4 || t.length > 80 || /@|:\/\/|www\.|\.[a-z]{2,}\b/i.test(t)) continue;
    if (best && t.length >= best.length) continue;
    if (nameSpellsDomain(t, d)) best = t;
  }
  return best;
}

/** Websites (url, sameAs) of the structured-data nodes named like the subject. */
function nodeSites(nodes: Node[], ctx: PageContext, subject: string): string[] {
  const out: string[] = [];
  const want = squash(subject);
  for (const n of nodes) {
    if (squash(text(n.name)) !== want) continue;
    const same = n.sameAs;
    for (const v of [n.url, ...(Array.isArray(same) ? same : [same])]) {
      if (typeof v !== 'string') continue;
      const u = resolveUrl(v, ctx.base);
      if (u && !classifySocial(u) && !REFERENCE_SITE.test(u)) out.push(u);
    }
  }
  return out;
}

/** Does an alt like "Meadow Bank logo" name someone whose first word is in none of the subject's
 * names (squashed)? Generic words ("Our logo", "Event logo") name no one. */
function namesAnother(alt: string, names: string[]): boolean {
  const named = alt.replace(/\s*\blogo(?:type)?\b.*$/i, '').trim();
  const first = squash(named.split(/\s+/)[0] ?? '');
  if (
    first.length < 3 ||
    /^(our|the|event|company|organi[sz]ation|brand|site|official)$/.test(first)
  )
    return false;
  return !names.some((n) => n.includes(first));
}

/** Is the brand the text of the header logo that links to this site's home page? */
function headerLogoNamed(walk: PageWalk, ctx: PageContext, brand: string): boolean {
  const b = squash(brand);
  if (b.length < 3) return false;
  const own = registrable(ctx.host);
  return walk.images.some((i) => {
    if (!(i.zone & Z.HEADER) || squash(i.alt.replace(/\s+logo$/i, '')) !== b) return false;
    const home = resolveUrl(i.linkHref, ctx.base);
    return !!home && isHomeAddress(home) && domainOf(home) === own;
  });
}

/** Does the site's domain carry a word (4+ letters) of the subject's name? */
function siteNamesSubject(url: string, subject: string): boolean {
  const label = squash(domainOf(url).split('.')[0] ?? '');
  if (!label) return false;
  if (nameMatchesHost(subject, domainOf(url))) return true;
  return nameWords(subject).some((w) => label.includes(w)) || subdomainNamesSubject(url, subject);
}

/** A sub-domain of someone's site that a word of the subject's name spells (a school's own
 * maplewood.wcsd41.example under its district's domain). */
function subdomainNamesSubject(url: string, subject: string): boolean {
  const host = hostOf(url).replace(/^www\./, '');
  const subLabels = host
    .slice(0, Math.max(0, host.length - domainOf(url).length))
    .split('.')
    .map(squash)
    .filter((l) => l.length >= 5);
  return (
    subLabels.length > 0 &&
    nameWords(subject).some((w) => w.length >= 5 && subLabels.some((l) => l.includes(w)))
  );
}

/** Registrable domains of the e-mail addresses and bare web addresses written in a text. */
function writtenDomains(text: string): string[] {
  const out = new Set<string>();
  TEXT_DOMAIN.lastIndex = 0;
  for (let m = TEXT_DOMAIN.exec(text); m && out.size < 50; m = TEXT_DOMAIN.exec(text)) {
    const d = registrable(m[1] ?? m[2] ?? '');
    if (d) out.add(d);
  }
  return [...out];
}

const cache = new WeakMap<Document, HostReading>();

/** Classes that mark a profile's picture: avatar, profile image/photo/picture. */
const AVATAR_CLASS =
  /(?:^|[\s_-])(?:avatar|profile-?(?:image|img|photo|pic|picture)|profileimage)(?:[\s_-]|$)/;
/** Ancestors climbed from an avatar to find the page's heading in the same box. */
const AVATAR_CLIMB = 4;

/**
 * An image marked as an avatar or profile picture (class, wrapper or test id), outside the page's
 * header, footer and nav landmarks, in the same small box as the page's h1: a hosted profile's
 * own picture (an organiser's, a creator's), whatever its alt says.
 */
function avatarBesideHeading(img: PageWalk['images'][number], doc: Document): boolean {
  if (!AVATAR_CLASS.test(img.hint + ' ' + (img.el.getAttribute('data-testid') ?? '').toLowerCase()))
    return false;
  if (img.linkHref || img.el.closest('header, footer, nav, [role=banner], [role=contentinfo]'))
    return false;
  const h1 = mainHeading(doc);
  if (!h1) return false;
  let e = img.el.parentElement;
  for (let i = 0; e && i < AVATAR_CLIMB; i++, e = e.parentElement) if (e.contains(h1)) return true;
  return false;
}

/** The image says it is a logo: in its alt, its file's name or its (or its wrapper's) class. */
function marksLogo(img: PageWalk['images'][number]): boolean {
  const file = img.src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return LOGO_WORD.test(img.alt) || LOGO_WORD.test(file) || LOGO_WORD.test(img.hint);
}
/** "logo", also run into a word ("vandijk-logo.png", "logo-200", "site_logo", "logoMark"). */
const LOGO_WORD = /(?:^|[^a-z])logo|logo(?:$|[^a-z])/i;

export function readHost(ctx: PageContext): HostReading {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const walk = walkPage(ctx);
  let placed: { frame: Placement; main: Placement } | undefined;
  const reading: HostReading = {
    hosted: false,
    reasons: [],
    host: { names: [], domains: new Set() },
    vendors: { names: [], domains: new Set() },
    hostLogos: new Set(),
    hostIds: new Set(),
    placed: () => (placed ??= placements(walk, ctx.base)),
    subject: [],
    owner: '',
    work: '',
    institution: '',
  };
  cache.set(ctx.doc, reading);
  const own = registrable(ctx.host);
  if (own) reading.host.domains.add(own);
  // the site's brand: declared, else the header logo's text when it names the host
  const brand =
    ctx.siteName ??
    walk.images
      .filter((i) => i.zone & Z.HEADER)
      .map((i) => cleanValueText(i.alt, LIMITS.name))
      .find((a) => a && nameMatchesHost(a, ctx.host)) ??
    titleBrand(ctx.title, ctx.host) ??
    '';
  if (brand) addName(reading.host, brand);
  const nodes = jsonLdNodes(ctx.doc);
  readVendors(ctx, walk, nodes, reading);
  // a tenant's brand is the subject, never the host
  if (reading.vendors.domains.has(own)) reading.host.names = [];

  if (nodes.length && structuredSubject(nodes, ctx, reading))
    reading.reasons.push('structured-data');

  const platform =
    HOSTING_PLATFORM_DOMAINS.has(own) ||
    HOSTING_PLATFORM_DOMAINS.has(ctx.host.replace(/^www\./, ''));
  const ogType = metaContent(ctx.doc, 'og:type').toLowerCase();
  // a news story's headline is not a subject; posts listed under a profile (<article> below the
  // page's own heading) do not make the page one
  // (an event's page at an events address, dated under its heading, is the event's listing
  // whatever og:type the platform writes on every page)
  const article = (): boolean =>
    !(
      EVENT_PATH.test(ctx.url) &&
      (datedUnderHeading(ctx) ||
        elementsByTag(ctx.doc, 'TIME').some((t) =>
          (t.getAttribute('datetime') ?? '').includes('T'),
        ))
    ) &&
    (/article|blog/.test(ogType) || (ogType !== 'profile' && headingInArticle(ctx.doc)));
  // the organisation behind the page's item (a course's provider, "Publiée par …"), never the
  // site itself
  const owner = brand
    ? pageOwner(
        ctx.doc,
        walk,
        nodes,
        article(),
        (n) => sameName(n, reading.host) || nameMatchesHost(n, ctx.host),
        own,
      )
    : '';
  const subject = owner || (brand && !article() ? subjectName(ctx, brand) : '');
  // the brand names the site: its host, or its registrable domain from a sub-domain
  // (business.chamber.org, whose brand is the chamber's)
  const brandIsHost =
    !!brand &&
    (nameMatchesHost(brand, ctx.host) ||
      nameMatchesHost(brand, own) ||
      headerLogoNamed(walk, ctx, brand)) &&
    !reading.vendors.domains.has(own);
  let sites: string[] = [];
  if (owner && (brandIsHost || platform)) {
    reading.reasons.push('owner');
    reading.owner = owner;
  } else if (subject && (brandIsHost || platform) && !sameName(subject, reading.host)) {
    sites = subjectSites(ctx, walk, reading);
    const { frame, main } = reading.placed();
    // (the host's own promo accounts in the main content say nothing either way)
    const mainOnly = [...main.socials].filter(
      (k) => !frame.socials.has(k) && !handleMatches(`https://${k}`, reading.host),
    );
    const ownProfiles =
      mainOnly.length > 0 &&
      [...frame.socials].every((k) => !main.socials.has(k)) &&
      mainOnly.some((k) =>
        nameWords(subject).some((w) => squash(socialHandle(`https://${k}`)).includes(w)),
      );
    // a linked site counts when its address carries a word of the subject's name (a sponsor's
    // or a ticket seller's site on an own site's event page does not)
    const ownSite =
      sites.some((u) => siteNamesSubject(u, subject)) ||
      // structured data giving the subject a website of its own (url or sameAs)
      nodeSites(nodes, ctx, subject).some(
        (u) => domainOf(u) !== own && siteNamesSubject(u, subject),
      ) ||
      [...main.emails].some((e) => {
        // (a mailbox at the site's own domain is the site's, whatever the heading says)
        const d = domainOf(`https://${e.split('@')[1]}`);
        return d !== own && siteNamesSubject(`https://${d}`, subject);
      }) ||
      writtenDomains(main.text).some(
        (d) =>
          d !== own && !reading.vendors.domains.has(d) && siteNamesSubject(`https://${d}`, subject),
      );
    // a profile (og:type profile) under a brand that is not its own name is someone's page there
    const profile = ogType === 'profile';
    // a brand read off the header logo (none declared) needs a listing's own words: a unit's
    // page on its parent's site also has its own heading, site and profiles
    const declared = !!ctx.siteName;
    // …or a website of its own that its name spells (a directory entry's "Web" link): a
    // sponsor's or partner's site is named by their name, not the page's heading
    const spelledSite = sites.some(
      (u) =>
        nameMatchesHost(subject, domainOf(u)) ||
        nameSpellsDomain(subject, domainOf(u)) ||
        subdomainNamesSubject(u, subject),
    );
    if (
      (declared && (ownSite || ownProfiles || profile || SUBJECT_LABEL.test(main.text))) ||
      (!declared && spelledSite) ||
      SUBJECT_WORDS.test(main.text) ||
      platform
    )
      reading.reasons.push('brand-vs-subject');
    // …or the site invites providers to be listed on it and the subject has a contact of its own
    // (an own site's event page, dated under its heading, keeps its site as the subject)
    else if (
      brandIsHost &&
      callsProviders(walk) &&
      subjectContact(walk, frame, subject) &&
      !datedUnderHeading(ctx)
    )
      reading.reasons.push('provider-call');
  }
  const home = isHomeAddress(ctx.url);
  if (platform && !home) reading.reasons.push('platform');
  reading.hosted = reading.reasons.length > 0;
  const tenant = reading.vendors.domains.has(own);
  if ((reading.hosted || tenant) && !sites.length) sites = subjectSites(ctx, walk, reading);
  // an event's page links its venue's and its performers' sites (the venue's card, "venue
  // website"): only a site carrying a word of the event's own name is the event's. An event named
  // "Band at Venue" spells its venue's site with its last words, so only the words before "at"
  // count.
  const eventOwn = subject && isEventPage(ctx) ? subject.replace(/\s+(?:at|@)\s+\S.*$/i, '') : '';
  if (eventOwn) sites = sites.filter((u) => siteNamesSubject(u, eventOwn));
  let siteSource: Candidate['source'] = 'links';
  if ((reading.hosted || tenant) && !sites.length) {
    // its website named in running text ("book on woldsapiary.co.uk"); a tenant's subject is
    // its own brand
    // the subject's name: the page's heading, and on a tenant's page also its own brand (a
    // "Book a court" page of a club's booking site is the club's)
    const names = [eventOwn || subject, tenant ? brand : ''].filter(Boolean);
    const notTheirs = (d: string): boolean => d === own || reading.vendors.domains.has(d);
    const zones = tenant ? FRAME | (NOT_SUBJECT & ~Z.AUTHOR) : FRAME | NOT_SUBJECT;
    // a link to a site its name spells (also the header's: a tenant's logo leads to its own
    // site, and a platform's header never links to a site the subject's name spells), else an
    // address written in its text
    let linked = '';
    let written = '';
    for (const who of names) {
      linked ||= spelledLink(walk, ctx.base, ctx.host, who, notTheirs, zones & ~Z.HEADER);
      if (!linked) written ||= proseSite(walk, who, notTheirs, zones);
    }
    if (linked) sites = [linked];
    else if (written) {
      sites = [written];
      siteSource = 'text';
    }
  }

  if (reading.hosted) {
    // a product's or an event's title is not its seller's or organiser's name
    const knownSubject = reading.reasons.includes('structured-data') || /product/.test(ogType);
    // a work's page on a platform (a song, an episode, a clip) is its creator's
    const creator =
      platform && !reading.owner
        ? workCreator(ctx, [brand, ctx.siteName ?? '', own.split('.')[0] ?? ''])
        : '';
    // a profile's own page on a platform (dribbble.com/studio, soundcloud.com/band) is one of
    // its profiles
    const ownProfile = platform ? classifySocial(ctx.url) : '';
    if (ownProfile)
      reading.subject.push({
        field: 'socials',
        value: ownProfile,
        source: 'links',
        confidence: SUBJECT.owner,
      });
    if (creator) {
      reading.work = cleanValueText(metaContent(ctx.doc, 'og:title'), LIMITS.name);
      // …and their profile on the platform, which the page links from the credit
      const profile = postersProfile(ctx, creator);
      if (profile)
        reading.subject.push({
          field: 'socials',
          value: profile,
          source: 'links',
          confidence: SUBJECT.owner,
        });
    }
    if (reading.owner || creator)
      reading.subject.push({
        field: 'name',
        value: reading.owner || creator,
        source: 'text',
        confidence: SUBJECT.owner,
      });
    else if (subject && !knownSubject)
      reading.subject.push({
        field: 'name',
        value: subject,
        source: 'meta',
        confidence: SUBJECT.name,
      });
  }
  const site = sites[0];
  if (reading.hosted) {
    // the listing's own logo: an image in the main content whose text is the subject's name (or
    // the name that spells its site) or that says it is a logo
    const names = [subject, site ? nameSpellingSite(walk, site) : '']
      .filter(Boolean)
      .map((n) => squash(n));
    for (const img of walk.images) {
      // a profile's avatar beside its heading, even with an empty alt (a component's own
      // "profile__header" box is not the page's header)
      const avatar = avatarBesideHeading(img, ctx.doc);
      if (!avatar && img.zone & (FRAME | NOT_SUBJECT)) continue;
      const alt = squash(img.alt.replace(/\s+(logo|avatar|profile picture)$/i, ''));
      const named = avatar || (!!alt && names.includes(alt));
      if (!named && !/\blogo\b/i.test(img.alt)) continue;
      // "Meadow Bank logo" beside a listing is a sponsor's or partner's unless it names the subject
      if (!named && namesAnother(img.alt, names)) continue;
      const src = resolveUrl(img.src, ctx.base);
      if (src) {
        reading.subject.push({
          field: 'logo',
          value: src,
          source: 'icon',
          confidence: !named
            ? SUBJECT.logoImage
            : marksLogo(img)
              ? SUBJECT.namedImage
              : SUBJECT.namedPicture,
        });
        break;
      }
    }
  }
  if (site && (reading.hosted || tenant)) {
    reading.subject.push({
      field: 'url',
      value: site,
      source: siteSource,
      confidence: SUBJECT.linkedSite,
    });
    // the shortest line that spells the subject's own domain is its name ("Riverside Animal
    // Rescue" for riversideanimalrescue.org, not the campaign's or the job's title); an event's
    // page keeps its own title (the linked site is its organiser's)
    const name = reading.hosted && !datedUnderHeading(ctx) ? nameSpellingSite(walk, site) : '';
    if (name)
      reading.subject.push({
        field: 'name',
        value: name,
        source: 'text',
        confidence: SUBJECT.siteName,
      });
  }
  if (tenant) {
    // on a tenant's page (band.platform.com) the bio box is the tenant's own, not an author's
    for (const l of walk.links) {
      if (!(l.zone & Z.AUTHOR) || l.zone & (FRAME | Z.COMMENT | Z.SHARE | Z.RELATED)) continue;
      const href = l.href.trim();
      if (/^mailto:/i.test(href)) {
        const e = normaliseEmail(href.slice(7));
        if (e)
          reading.subject.push({
            field: 'emails',
            value: e,
            source: 'links',
            confidence: SUBJECT.tenantBio,
          });
        continue;
      }
      const social = classifySocial(resolveUrl(href, ctx.base));
      if (social && !handleMatches(social, reading.vendors))
        reading.subject.push({
          field: 'socials',
          value: social,
          source: 'links',
          confidence: SUBJECT.tenantBio,
        });
    }
  }
  // "our new website is www.example.org": the page's own subject says where it lives
  for (const l of walk.lines) {
    if (l.zone & (FRAME | NOT_SUBJECT) || l.text.length > 400 || !OWN_SITE_HINT.test(l.text))
      continue;
    const m = WRITTEN_SITE_OWN.exec(l.text);
    if (!m) continue;
    const u = resolveUrl(/^https?:/i.test(m[1]!) ? m[1]! : `https://${m[1]}`, ctx.base);
    if (u)
      reading.subject.push({
        field: 'url',
        value: u,
        source: 'text',
        confidence: SUBJECT.writtenSite,
      });
    break;
  }
  return reading;
}

// ---- setting the host's and vendors' values aside --------------------------------------------

function onlyInFrame(set: 'socials' | 'emails', key: string, r: HostReading): boolean {
  const { frame, main } = r.placed();
  return frame[set].has(key) && !main[set].has(key);
}

function phoneOnlyInFrame(value: string, r: HostReading): boolean {
  const d = phoneDigits(value).slice(-9);
  if (d.length < 5) return false;
  const { frame, main } = r.placed();
  return frame.digits.some((x) => x.includes(d)) && !main.digits.some((x) => x.includes(d));
}

/** A listing's line asking readers to correct it: the mailbox on it takes corrections for the
 * platform or the register, not the subject's post ("If any of this information is wrong, …
 * email data@…", "Is this listing out of date?", "Report an error"). */
const CORRECTION_LINE =
  /\b(?:information (?:is|was) (?:wrong|incorrect|out of date|inaccurate)|(?:listing|page|entry|information|details) (?:is |are )?out of date|(?:report|suggest) (?:an? )?(?:error|mistake|problem|edit|correction|change)|(?:update|correct|edit) (?:this|these|the) (?:listing|entry|details|information|record))\b/i;

const mailLines = new WeakMap<Document, string[]>();

/** Is the mailbox written only on lines that ask for corrections to the page? */
function correctionMailbox(email: string, ctx: PageContext): boolean {
  let lines = mailLines.get(ctx.doc);
  if (!lines) {
    lines = walkPage(ctx)
      .lines.filter((l) => l.text.includes('@'))
      .map((l) => l.text.toLowerCase());
    mailLines.set(ctx.doc, lines);
  }
  let seen = 0;
  for (const t of lines) {
    if (!t.includes(email)) continue;
    if (!CORRECTION_LINE.test(t)) return false;
    seen++;
  }
  return seen > 0;
}

const numbered = new WeakMap<Document, [string, Line][]>();

/** The page's lines that hold a number's worth of digits, with those digits (read once). */
function numberedLines(ctx: PageContext): [string, Line][] {
  let out = numbered.get(ctx.doc);
  if (!out) {
    out = [];
    for (const l of walkPage(ctx).lines) {
      const d = l.text.replace(/\D+/g, '');
      if (d.length >= 5) out.push([d, l]);
    }
    numbered.set(ctx.doc, out);
  }
  return out;
}

/**
 * On a hosted page, a number in the main content whose every line names the host ("Questions?
 * Call Roomshare on 1300 …") or sits in one block with the host's mailbox (a tourist board's
 * information-office widget beside a museum's page) is the host's.
 */
function phoneOnHostLines(value: string, ctx: PageContext, r: HostReading): boolean {
  const d = phoneDigits(value).slice(-9);
  if (d.length < 5 || !r.host.names.length) return false;
  const own = registrable(ctx.host);
  const named = r.subject.find((c) => c.field === 'name')?.value;
  const subject = typeof named === 'string' ? squash(named) : '';
  let seen = 0;
  for (const [digits, l] of numberedLines(ctx)) {
    if (!digits.includes(d)) continue;
    seen++;
    const s = squash(l.text);
    const namesHost =
      r.host.names.some((n) => s.includes(n)) && !(subject.length >= 4 && s.includes(subject));
    const block = l.el.textContent?.toLowerCase() ?? '';
    const hostMail = block.length <= 400 && !!own && block.includes(`@${own}`);
    if (!namesHost && !hostMail) return false;
  }
  return seen > 0;
}

function vendorPhone(value: string, ctx: PageContext, r: HostReading): boolean {
  if (!r.vendors.names.length) return false;
  const d = phoneDigits(value).slice(-9);
  if (d.length < 5) return false;
  return walkPage(ctx).lines.some(
    (l) =>
      l.text.replace(/\D+/g, '').includes(d) &&
      (CREDIT.test(l.text) || r.vendors.names.some((n) => squash(l.text).includes(n))),
  );
}

function isHostValue(c: Candidate, ctx: PageContext, r: HostReading): boolean {
  const own = registrable(ctx.host);
  switch (c.field) {
    case 'name':
      return sameName(c.value, r.host);
    case 'url':
      // the platform's home page, or its own page for the subject (a listing is not a website)
      return domainOf(c.value) === own;
    case 'logo':
      return (
        r.hostLogos.has(c.value) || (c.source === 'icon' && !r.placed().main.images.has(c.value))
      );
    case 'socials':
      return (
        (c.source === 'meta' && c.confidence < 0.75) ||
        handleMatches(c.value, r.host) ||
        onlyInFrame('socials', socialKey(c.value), r)
      );
    case 'emails':
      return (
        domainOf(`https://${c.value.split('@')[1] ?? ''}`) === own ||
        onlyInFrame('emails', c.value, r) ||
        correctionMailbox(c.value, ctx)
      );
    case 'phones':
      return phoneOnlyInFrame(c.value, r) || phoneOnHostLines(c.value, ctx, r);
    case 'address': {
      const parts = [c.value.street, c.value.postalCode].filter((x): x is string => !!x);
      return (
        parts.length > 0 &&
        parts.every((p) => r.placed().frame.text.includes(p.toLowerCase())) &&
        !parts.some((p) => r.placed().main.text.includes(p.toLowerCase()))
      );
    }
    default:
      return false;
  }
}

/** A link to a vendor's site (not to this page's own host, which a tenant shares the domain of). */
function linksToVendor(href: string, ctx: PageContext, v: Party): boolean {
  const u = href ? resolveUrl(href, ctx.base) : '';
  return !!u && hostOf(u) !== ctx.host && v.domains.has(domainOf(u));
}

function isVendorValue(c: Candidate, ctx: PageContext, r: HostReading): boolean {
  const v = r.vendors;
  if (!v.names.length && !v.domains.size) return false;
  switch (c.field) {
    case 'socials':
      return handleMatches(c.value, v);
    case 'emails': {
      const host = (c.value.split('@')[1] ?? '').toLowerCase();
      const d = domainOf(`https://${host}`);
      // a credit without a link names the vendor; its mail domain (or a sub-domain's label,
      // support@vendor.example.com) carries the same name
      return (
        v.domains.has(d) ||
        host
          .split('.')
          .slice(0, -1)
          .some((l) => sameName(l, v))
      );
    }
    case 'phones':
      return vendorPhone(c.value, ctx, r);
    case 'url':
      return v.domains.has(domainOf(c.value)) && domainOf(c.value) !== registrable(ctx.host);
    case 'name':
      return sameName(c.value, v);
    case 'logo':
      // a site icon (not an image on the page) served from a vendor's domain is the vendor's
      if (
        c.source === 'icon' &&
        v.domains.has(domainOf(c.value)) &&
        domainOf(c.value) !== registrable(ctx.host) &&
        !walkPage(ctx).images.some((i) => resolveUrl(i.src, ctx.base) === c.value)
      )
        return true;
      return walkPage(ctx).images.some(
        (i) =>
          resolveUrl(i.src, ctx.base) === c.value &&
          (sameName(i.alt, v) || linksToVendor(i.linkHref, ctx, v)),
      );
    default:
      return false;
  }
}

/**
 * Lower the host's (on a hosted page) and the vendors' (on any page) candidates to SET_ASIDE and
 * add what the page says about its subject. A structured-data source whose name is the host's was
 * describing the host throughout, so all of its candidates go aside with it.
 */
export function setHostAside(cands: Candidate[], ctx: PageContext): Candidate[] {
  const r = readHost(ctx);
  // a network or owner the site says it belongs to: its accounts are not the site's
  const network: Party = {
    names: r.institution ? [...networkNames(ctx), r.institution] : networkNames(ctx),
    domains: new Set(),
  };
  if (
    !r.hosted &&
    !r.vendors.names.length &&
    !r.vendors.domains.size &&
    !r.subject.length &&
    !network.names.length
  )
    return cands;
  const hostSources = new Set<string>();
  if (r.hosted) {
    for (const c of cands) {
      if (c.field === 'name' && c.source !== 'meta' && c.source !== 'icon' && c.source !== 'text')
        if (isHostValue(c, ctx, r)) hostSources.add(c.source);
    }
  }
  const out = cands.map((c) => {
    const aside =
      (r.hosted && (hostSources.has(c.source) || isHostValue(c, ctx, r))) ||
      (!!r.work && c.field === 'name' && squash(c.value) === squash(r.work)) ||
      isVendorValue(c, ctx, r) ||
      (c.field === 'socials' && handleMatches(c.value, network));
    return aside ? { ...c, confidence: Math.min(c.confidence, SET_ASIDE), setAside: true } : c;
  });
  return [...out, ...r.subject];
}
