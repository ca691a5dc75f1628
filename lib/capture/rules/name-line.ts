/**
 * Rule: the organisation's name as a line of text, for pages whose title and metadata say nothing
 * ("Contact Us", "contact.txt"): old table layouts that print the name in bold above the address,
 * banner images, plain-text documents.
 * - A line (or a banner image's alt text) near the top that spells the site's domain is the site's
 *   own name: "Kamloops North Minor Hockey Association" on kamloopsnorthminorhockey.ca.
 * - A plain-text document (one <pre>) starts with its author's name.
 */
import type { Candidate, PageContext } from '../types';
import { registrable } from '../host';
import { isGenericSegment, nameMatchesHost, nameSpellsDomain } from '../title';
import { cleanValueText, LIMITS, squash } from '../util';
import { linkUrl, walkPage, Z, type LinkInfo } from '../walk';
import { fileNameAlt, isSentence } from '../name-words';
import { bareEventName } from '../bare-event';

const CONFIDENCE = {
  /** Spells the domain: below a title segment matching the host (0.6) and og:site_name (0.72). */
  domainLine: 0.55,
  /** A text document's first line is its heading: above a line spelling the domain (which in a
   * document is as often the parent body's name) and a file name taken from the title (0.42). */
  documentFirstLine: 0.58,
  /** A footer line that spells the domain ("Kulturhuset Östgöta – en ideell förening"): as a
   * copyright line would be, less, since a footer also names funders and networks; above a
   * holder not spelling the domain (0.3) and a page's lone title segment (0.42). */
  footerDomainLine: 0.45,
  /** The words of the header's link to the home page ("First Lutheran Church", a text site
   * title): as a logo's alt text names the site (0.5), a little less, since a header link may
   * also be a tagline. */
  homeLinkText: 0.48,
  /** A bare event listing's first line: the event's own name, above the title's segment that
   * names the site (0.6), below a declared site name (0.72). */
  bareEventLine: 0.66,
};
/** A vendor's or platform's credit in a footer. */
const CREDIT =
  /^(?:published|powered|hosted|made|built|designed|created|website|site|theme|proudly)\b|\b(?:by|with|using|on)\s+\p{Lu}/u;
/** A title's separator between its segments. */
const TITLE_SEPARATOR = /\s[|·•–—-]\s/;
/** Where a name ends on a line that goes on: a comma, an opening bracket ("Harbor Literacy Project
 * (\"HLP\", \"we\" …)"). */
const NAME_END = /,\s|\s\(|\s[·|•–—]\s/;
/** "About Mesa Learning Lab:" before a boilerplate. */
const ABOUT_LABEL =
  /^(?:about|über|à propos d[e'’]|acerca de|sobre|chi è|over)\s+(\p{Lu}[^:]{2,60}):/iu;
/** Small words a name may hold in lower case ("Friends of the Library", "Comité de jumelage"). */
const NAME_LINK_WORD =
  /^(?:of|and|the|for|on|at|in|upon|de|del|della|di|du|la|le|les|des|el|los|las|y|i|e|et|und|der|die|das|für|van|het|cum|&|-|–)$/i;

/** Does a part read as a name: every word capitalised, a number or a small linking word, and
 * not more than ten words? */
function readsAsName(t: string): boolean {
  const words = t.split(/\s+/);
  return (
    words.length <= 10 && words.every((w) => /^[\p{Lu}\d"“'(]/u.test(w) || NAME_LINK_WORD.test(w))
  );
}
/** A short field label before a value on its line ("Titular:", "Éditeur du site :", "Owner:"). */
const FIELD_LABEL = /^\p{L}[\p{L}' ]{1,24}\s?:\s+(?=\p{Lu})/u;
/** Footer lines looked at, from the end. */
const FOOTER_LINES = 30;
/** Lines and images looked at: the top of the page, where a site prints its name. */
const TOP_LINES = 40;
const TOP_IMAGES = 5;

/** A contact line ("Email: hello [at] greenhollowtools [dot] org [dot] uk") spells the domain
 * because it is an address, not a name. */
const CONTACT_LINE = /^(?:e-?mail|tel|phone|fax|web|www)\b|[[(]\s*at\s*[\])]|\sdot\s/i;

function usable(t: string): boolean {
  return t.length >= 4 && t.length <= 80 && !/@|:\/\/|www\.|\d{3}/.test(t) && !CONTACT_LINE.test(t);
}

export function nameLineRule(ctx: PageContext): Candidate[] {
  const walk = walkPage(ctx);
  const out: Candidate[] = [];
  const event = bareEventName(ctx);
  if (event)
    out.push({ field: 'name', value: event, source: 'text', confidence: CONFIDENCE.bareEventLine });
  const site = registrable(ctx.host);
  if (site) {
    const texts: string[] = [];
    for (const img of walk.images.slice(0, TOP_IMAGES))
      if (img.alt) texts.push(fileNameAlt(img.alt) ?? img.alt);
    let n = 0;
    for (const l of walk.lines) {
      if (l.zone & (Z.NAV | Z.FOOTER | Z.AUTHOR | Z.COMMENT | Z.RELATED)) continue;
      if (n++ >= TOP_LINES) break;
      texts.push(l.text);
    }
    let found = false;
    for (const raw of texts) {
      if (raw.length > 300) continue;
      // "Titular: Asociación …", "Éditeur du site : …": a field's label before the name; "Les
      // Jardins de Belleville, association loi 1901 déclarée …": the name before a comma
      const line = raw.replace(FIELD_LABEL, '');
      const head = line.split(NAME_END)[0]!;
      // "About Mesa Learning Lab: Mesa Learning Lab is …": a boilerplate's label names the body
      const label = ABOUT_LABEL.exec(raw)?.[1] ?? '';
      // a line of segments ("Rams News | Los Angeles Rams - therams.com") is a title, not a name
      const whole = line.length <= 120 && !TITLE_SEPARATOR.test(line);
      const tries: [string, boolean][] = [
        ...(whole ? [[line, line !== raw] as [string, boolean]] : []),
        [head, true],
        [label, true],
      ];
      let hit = '';
      for (const [x, cut] of tries) {
        const t = cleanValueText(x, LIMITS.name).replace(/\s+(logo|banner)$/i, '');
        if (!usable(t) || t.split(/\s+/).length < 2) continue;
        // a part cut from a longer line must read as a name, not a sentence that happens to
        // hold the domain's words ("SeedShare is built and maintained by the … Network"); a
        // whole line must at least not be a sentence ("Ines Okafor, built the county's …")
        if (cut ? !readsAsName(t) : isSentence(t)) continue;
        if (nameMatchesHost(t, ctx.host) || nameSpellsDomain(t, site)) {
          hit = t;
          break;
        }
      }
      if (hit) {
        out.push({ field: 'name', value: hit, source: 'text', confidence: CONFIDENCE.domainLine });
        found = true;
        break;
      }
    }
    if (!found) {
      const t = footerDomainLine(walk.lines, ctx.host, site);
      if (t)
        out.push({
          field: 'name',
          value: t,
          source: 'text',
          confidence: CONFIDENCE.footerDomainLine,
        });
    }
  }
  const home = homeLinkText(ctx, walk.links);
  if (home)
    out.push({ field: 'name', value: home, source: 'text', confidence: CONFIDENCE.homeLinkText });
  // a plain-text document shown as one <pre>: its first line is its heading
  const pres = walk.textLength < 20_000 ? ctx.doc.getElementsByTagName('pre') : [];
  if (pres.length === 1 && walk.lines.length) {
    const pre = pres[0]!;
    const preText = pre.textContent ?? '';
    const first = walk.lines[0]!;
    if (preText.length > 0.8 * walk.textLength && pre.contains(first.el)) {
      const t = cleanValueText(preText.split('\n').find((x) => x.trim()) ?? '', LIMITS.name);
      if (usable(t) && /\p{L}{3}/u.test(t))
        out.push({
          field: 'name',
          value: t,
          source: 'text',
          confidence: CONFIDENCE.documentFirstLine,
        });
    }
  }
  return out;
}

/** The footer's name line: the first part, before a dash, middle dot or pipe, of a short footer
 * line that spells the site's domain ("Kulturhuset Östgöta – en ideell förening"). */
function footerDomainLine(
  lines: { text: string; zone: number }[],
  host: string,
  site: string,
): string {
  let n = 0;
  let best = '';
  for (let i = lines.length - 1; i >= 0 && n < FOOTER_LINES; i--) {
    const l = lines[i]!;
    if (!(l.zone & Z.FOOTER)) continue;
    n++;
    if (l.text.length > 160) continue;
    const first = l.text.split(/\s+[–—|·•-]\s+|\s*[|·•]\s*/)[0] ?? '';
    const t = cleanValueText(first, LIMITS.name);
    if (!usable(t) || t.split(/\s+/).length < 2 || /©|\(c\)|copyright/i.test(t)) continue;
    // "Published with Paperly Docs" on docs.paperly.com: a platform's credit holds its name
    // among other words; the name line spells the domain with its own words
    if (CREDIT.test(t)) continue;
    if (nameSpellsDomain(t, site) || squash(t) === squash(host.split('.')[0] ?? '')) best = t;
  }
  return best;
}

/** Words a home link shows that say where it goes, not whose site it is. */
const HOME_WORDS = /\b(home|homepage|back|return|skip|go to|start|accueil|startseite|inicio)\b/i;

/** The text of the first header link to the site's home page that reads as a name: two to ten
 * words starting with a capital, not a generic title, no numbers. */
function homeLinkText(ctx: PageContext, links: LinkInfo[]): string {
  if (!ctx.origin) return '';
  const home = ctx.origin.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '');
  let n = 0;
  for (const l of links) {
    if (!(l.zone & Z.HEADER) || l.zone & Z.NAV) continue;
    if (++n > 20) break;
    const h = linkUrl(l, ctx.base);
    const key = h
      .replace(/^https?:\/\/(?:www\.)?/i, '')
      .replace(/[?#].*$/, '')
      .replace(/\/index\.\w+$/, '')
      .replace(/\/+$/, '');
    if (!h || key !== home) continue;
    const t = cleanValueText(l.text, LIMITS.name);
    const words = t.split(/\s+/).length;
    if (!usable(t) || words < 2 || words > 10 || !/^\p{Lu}/u.test(t)) continue;
    if (HOME_WORDS.test(t) || isGenericSegment(t) || /\d/.test(t)) continue;
    return t;
  }
  return '';
}
