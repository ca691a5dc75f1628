/**
 * Rule: the entity's own website written out on a page served from somewhere else. Pages made
 * with a site builder, a document viewer or a shared host (sites.example.com/view/club/…) carry
 * the builder's brand in og:site_name and the host's address in the URL; the entity's own domain
 * shows only in its e-mail address and a line such as "our new website is www.club.org". When a
 * domain is both written in the text and the domain of a contact address, and the page's name
 * lines spell it ("Thorner Parish Council" → thornerpc.org.uk), that domain is the website and
 * that line the name — above the builder's brand; a web address written with "www." or "https://"
 * counts without the mail when the page's own domain spells none of its names. On any page not
 * about someone else, a line that is only "Website: www.club.org" (no link) states the url.
 */
import { parse } from 'tldts';
import type { Candidate, PageContext } from '../types';
import { readHost, registrable } from '../host';
import { isGenericSegment, nameMatchesHost, nameSpellsDomain, titleSegments } from '../title';
import { hostOf, linkHost, squash } from '../util';
import { isEventPage } from '../event-page';
import { mainHeading } from '../main-heading';
import { walkPage, Z } from '../walk';
import { FREE_MAIL } from '../data/free-mail';
import { isSentence } from '../name-words';

const CONFIDENCE = {
  /** "Website: www.club.org" written out: as a labelled link (0.55) less a little. */
  labelled: 0.52,
  /** Written and used for mail: below a labelled link (0.55), above the page's own home page
   * (which merge only falls back to when no url is found). */
  url: 0.5,
  /** A name line that spells the entity's domain beats og:site_name (0.72), which on such a page
   * is the builder's; structured data (0.88+) still wins. */
  name: 0.73,
  /** A top line spelling the labelled website's domain: as a line spelling the page's own
   * domain (0.55), a little more, since the page itself says that site is its own. */
  labelledName: 0.57,
};

const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})/gi;
const WRITTEN =
  /(?:^|[\s(:])(?:https?:\/\/)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})\b(?!@)/gi;
const DOTTED = /[a-z0-9-]\.[a-z]{2}/i;
/** A link's text that is only a web address, with or without scheme and www. */
const LINK_TEXT_SITE = /^(?:https?:\/\/)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})\/?$/i;
const NOT_SUBJECT = Z.AUTHOR | Z.COMMENT | Z.SHARE | Z.RELATED;
const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
/** "© Copyright 2026, " and ". All rights reserved." around a copyright holder's name. */
const COPYRIGHT_LEAD =
  /^\s*(?:©|\(c\)|&copy;)?\s*(?:copyright)?\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*\d{2,4})?)?\s*[,.]?\s*(?=\p{Lu})/iu;
const COPYRIGHT_TAIL = /[.,]?\s*(?:all rights reserved\.?)?\s*$/i;
/** Lines read as possible names: the page's first lines (a site title comes first). */
const NAME_LINES = 12;

export function writtenSiteRule(ctx: PageContext): Candidate[] {
  const own = registrable(ctx.host);
  const walk = walkPage(ctx);
  const mailDomains = new Set<string>();
  const written = new Map<string, string>();
  // domains written as web addresses ("www.club.org", "https://club.org"), not only bare names
  const explicit = new Set<string>();
  // mail at the page's own domain outside the header and footer (a host's support address sits
  // in its footer) says the page's site is the entity's own
  let ownMail = false;
  const addMail = (domain: string, zone: number): void => {
    const d = registrable(domain.toLowerCase());
    if (d) mailDomains.add(d);
    if (d === own && !(zone & FRAME)) ownMail = true;
  };
  for (const l of walk.links) {
    if (l.zone & NOT_SUBJECT) continue;
    // a link whose words are a web address ("wattlegrovepandc.org.au", an editor's redirect
    // around it) writes that address out as surely as "www." does
    const shown = LINK_TEXT_SITE.exec(l.text.trim());
    if (shown) {
      const d = registrable(shown[1]!.toLowerCase());
      if (d) explicit.add(d);
    }
    if (!/^mailto:/i.test(l.href.trim())) continue;
    const at = l.href.split('?')[0]!.split('@')[1];
    if (at) addMail(at, l.zone);
  }
  for (const l of walk.lines) {
    if (l.zone & NOT_SUBJECT || l.text.length > 1000) continue;
    // a domain has a dot between letters ("club.org"): prose's ". " does not
    if (!DOTTED.test(l.text)) continue;
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(l.text); m; m = EMAIL.exec(l.text)) addMail(m[1]!, l.zone);
    WRITTEN.lastIndex = 0;
    for (let m = WRITTEN.exec(l.text); m; m = WRITTEN.exec(l.text)) {
      const host = m[1]!.toLowerCase();
      const d = registrable(host);
      if (d && !written.has(d)) written.set(d, host);
      // "www." or "https://" marks a web address; so does a bare one ending in a real public
      // suffix ("Find out more at severnvalehospice.org.uk"), not a file ("minutes.docx")
      if (d && (host.startsWith('www.') || m[0].includes('://') || parse(host).isIcann))
        explicit.add(d);
    }
  }
  // "Web: www.example.org/rec" written without a link: the page's own statement of its website
  const labelled = labelledSite(walk.lines);
  if (labelled && !readHost(ctx).hosted) {
    const out: Candidate[] = [
      { field: 'url', value: labelled, source: 'text', confidence: CONFIDENCE.labelled },
    ];
    // …and a name line at the top that spells it, on a page served from somewhere else (an
    // old site on its provider's web space: "LANTERN YARD ARTS COLLECTIVE" for
    // www.lanternyard-arts.org)
    const d = registrable(hostOf(labelled));
    const name =
      d && d !== own ? nameLines(ctx, walk.lines).find((n) => nameSpellsDomain(n, d)) : undefined;
    if (name)
      out.push({ field: 'name', value: name, source: 'text', confidence: CONFIDENCE.labelledName });
    return out;
  }
  // the page's own site is the entity's when it is also where the entity's mail goes
  if (!own || ownMail) return [];
  const names = nameLines(ctx, walk.lines);
  const out: Candidate[] = [];
  // a page whose own domain its names do not spell is served from somewhere else (a builder,
  // a viewer, a free host): a web address they spell is the entity's even without its mail
  // ("Try Notion", a platform's own call linking to its other domain, names the platform)
  const away = linkTextsAway(walk.links, own);
  const elsewhere = !names.some(
    (n) =>
      !away.some((a) => n.includes(a)) &&
      (nameSpellsDomain(n, own) || nameMatchesHost(n, ctx.host)),
  );
  for (const [d, host] of written) {
    if (d === own || FREE_MAIL.has(d)) continue;
    if (!mailDomains.has(d) && !(elsewhere && explicit.has(d))) continue;
    // (a line holding the address itself, "Seeds from greenfingers.co.uk …", names no one)
    const name = names.find((n) => nameSpellsDomain(n, d) && !n.toLowerCase().includes(d));
    if (!name) continue;
    // an event's page writes out its venue's site on the venue's card: the event's own site is
    // one its heading's name spells
    if (isEventPage(ctx) && !headingNames(ctx, name)) continue;
    out.push({
      field: 'url',
      value: `https://${host}/`,
      source: 'text',
      confidence: CONFIDENCE.url,
    });
    // on a hosted page (host.ts) the listing's own title names the subject, not a contact line
    if (!readHost(ctx).hosted && !(ctx.siteName && nameSpellsDomain(ctx.siteName, d)))
      out.push({ field: 'name', value: name, source: 'text', confidence: CONFIDENCE.name });
    break;
  }
  return out;
}

/** Does the page's main heading hold the name (the event's own, not its venue's)? */
function headingNames(ctx: PageContext, name: string): boolean {
  const h = squash(mainHeading(ctx.doc)?.textContent ?? '');
  return !!h && h.includes(squash(name));
}

/** Texts of links to other registrable domains than the page's own (the first 200). */
function linkTextsAway(
  links: { href: string; text: string; zone: number }[],
  own: string,
): string[] {
  const out: string[] = [];
  for (const l of links) {
    const host = linkHost(l.href);
    if (!host || !l.text) continue;
    const d = registrable(host);
    const t = l.text.trim();
    if (d && d !== own && t.length >= 4 && !out.includes(t)) out.push(t);
    if (out.length >= 200) break;
  }
  return out;
}

const LABELLED =
  /^(?:web ?site|web|homepage|home page|site web|webseite|internet)\s*:\s*((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s,;)]*)?)\s*$/i;

/** A line that is only "Website: <address>" (a contact sheet's own line). */
function labelledSite(lines: { text: string; zone: number }[]): string {
  for (const l of lines) {
    if (l.zone & (NOT_SUBJECT | Z.NAV) || l.text.length > 120) continue;
    const m = LABELLED.exec(l.text.trim());
    if (m) return /^https?:/i.test(m[1]!) ? m[1]! : `https://${m[1]}`;
  }
  return '';
}

/** Title segments and the page's first lines, cut at separators, that could be a name. */
function nameLines(ctx: PageContext, lines: { text: string; zone: number }[]): string[] {
  const out: string[] = [];
  const add = (line: string): void => {
    // a contact line ("Website: www.club.org", "info@club.org") is not a name; a copyright line
    // names its holder after the sign and the year
    const raw = line.replace(COPYRIGHT_LEAD, '').replace(COPYRIGHT_TAIL, '');
    if (/@|:\/\/|\bwww\.|:\s/.test(raw)) return;
    for (const seg of titleSegments(raw.replace(/\s+[—–]\s+.*$/, ''))) {
      const s = seg.trim();
      if (
        s.length >= 4 &&
        s.length <= 80 &&
        !isGenericSegment(s) &&
        !isSentence(s) &&
        !out.includes(s)
      )
        out.push(s);
    }
  };
  add(ctx.title);
  let n = 0;
  for (const l of lines) {
    if (l.zone & (Z.NAV | NOT_SUBJECT)) continue;
    if (n++ >= NAME_LINES) break;
    if (l.text.length <= 120) add(l.text);
  }
  return out;
}
