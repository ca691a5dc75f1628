/**
 * Other parties' accounts on an own site, beyond the frame's sibling accounts
 * (`sibling-accounts.ts`):
 * - a link labelled for someone else ("Pine Valley USD on Facebook", "Facebook de l'office de
 *   tourisme", in its text, aria-label or title) is that party's, wherever it sits;
 * - when the site's header, footer or nav holds its own account on a platform, an account on
 *   that platform in the page's body or sidebar not named for the site is someone else's: a performer's on a listing, a partner's in a "follow them too" list, a
 *   photographer's credit, a founder's personal profile, a tourist office's widget, a school
 *   district's feed; and an account whose handle spells a sub-heading of the page (a gig's
 *   performer named in its block's heading) on any platform.
 * - an account in a body list item whose own text names another party (a links page's or a
 *   partners list's entry: "SK Rheinau 1921 – Facebook").
 * On hosted pages the frame is the platform's and the body the subject's; there only a body
 * account beside the subject's own on the same platform (a link-in-bio page's card to a café that
 * sells the baker's bread, beside the bakery's icon) is someone else's.
 */
import type { PageContext } from './types';
import { readHost } from './host';
import { socialHandle, socialKey } from './social';
import { squash } from './util';
import { isGenericSegment } from './title';
import { linkSocials } from './link-socials';
import { brandWord } from './name-words';
import { namedForSite, otherSiteAccountKeys, textNamesSite } from './sibling-accounts';
import { walkPage, Z } from './walk';
import { mainHeading } from './main-heading';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
const MAX_LINKS = 200;
const MAX_HEADINGS = 200;
const PLATFORM =
  '(?:facebook|instagram|twitter|x|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest|flickr|vimeo)';
/** "<Name> on Facebook" / "Follow <Name> on X" / "Facebook de <name>" / "<Name>'s Instagram". */
const NAMED_LABEL = [
  new RegExp(
    `^(?:follow|visit|find|like)?\\s*(.{3,80}?)\\s+(?:on|auf|sur|en|su|op)\\s+${PLATFORM}\\b`,
    'i',
  ),
  new RegExp(
    `^${PLATFORM}\\s+(?:de l['’]|de la|des|du|de|von der|von|der|di|della|del|van)\\s*(.{3,80})$`,
    'i',
  ),
  new RegExp(`^(.{3,80}?)['’]s\\s+${PLATFORM}\\b`, 'i'),
];
/** Labels that speak of the site itself ("us", "our page", "Check us out") or only ask to
 * follow ("Follow on Instagram"): a first- or second-person word, or a follow word alone. */
const SELF =
  /(?:^|\s)(?:us|our|ours|we|me|my|you|your|nous|notre|nos|vous|uns|unser\w*|wir|nosotros|nuestr\w*|noi|ci|ons|onze)(?:\s|$)|^(?:follow|find|like|join|visit|see|watch|connect|listen|read|more|also|the\s+\w+)$/i;

/** A label names a party when it reads as a name, two capitalised words or more ("Pine Valley
 * USD", "SK Rheinau 1921"), not a phrase such as "Latest news" or "Club news". */
function nameLike(name: string): boolean {
  return (name.match(CAPITALISED)?.length ?? 0) >= 2;
}

const cache = new WeakMap<Document, Set<string>>();

/** The party a link's label names, or '' when it names none. */
function labelledParty(el: Element, text: string): string {
  for (const label of [el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', text]) {
    const t = label.replace(/\s+/g, ' ').trim();
    if (!t || t.length > 100) continue;
    for (const re of NAMED_LABEL) {
      const m = re.exec(t);
      const name = (m?.[1] ?? '').trim();
      if (name && !SELF.test(name) && nameLike(name)) return name;
    }
  }
  return '';
}

/** Platform names and follow words, which label an account without naming a party. */
const LABEL_WORDS = new RegExp(
  `\\b(?:${PLATFORM.slice(3, -1)}|youtube-kanal|kanal|channel|page|profile|profil|perfil|account|follow|us|on|auf|sur|en|su|op|me)\\b`,
  'gi',
);
const CAPITALISED = /(?:^|[\s(/])\p{Lu}[\p{L}\d'’.-]+/gu;

/**
 * An account in a list item (or table row) of the body whose own text, besides its links, names
 * a party other than the site ("Fundación Marea Azul: @…", "SK Rheinau 1921 – Facebook"): a
 * links page's or partners list's entry.
 */
function namesOtherInItem(ctx: PageContext, el: Element, key: string): boolean {
  const item = el.closest('li, tr');
  if (!item || namedForSite(ctx, key)) return false;
  let text = item.textContent ?? '';
  for (const a of Array.from(item.querySelectorAll('a')))
    text = text.replace(a.textContent ?? '', ' ');
  const name = text
    .replace(LABEL_WORDS, ' ')
    .replace(/[–—|:·•,;@-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length < 4 || name.length > 80 || textNamesSite(ctx, name)) return false;
  return nameLike(name);
}

/** Squashed headings of the page's body below its main one (blocks about someone: a gig's
 * performer, a speaker); the page's own heading names its subject. */
function subHeadings(ctx: PageContext): string[] {
  const main = squash(mainHeading(ctx.doc)?.textContent ?? '');
  const out: string[] = [];
  for (const l of walkPage(ctx).lines) {
    if (!l.heading || l.zone & FRAME || out.length >= MAX_HEADINGS) continue;
    const h = squash(l.text);
    if (h && h !== main) out.push(h);
  }
  return out;
}

/** The page's heading and og:title, squashed, with their brand words (unless they are generic:
 * "About us", "What's on"). */
function subjectNames(ctx: PageContext): string[] {
  const out: string[] = [];
  const og = ctx.doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  for (const t of [mainHeading(ctx.doc)?.textContent ?? '', og]) {
    const text = t.replace(/\s+/g, ' ').trim();
    if (!text || text.length > 120 || isGenericSegment(text)) continue;
    const whole = squash(text);
    if (whole.length >= 5) out.push(whole);
    // A word in another script squashes to nothing, which every handle would contain.
    const brand = squash(brandWord(text) ?? '');
    if (brand.length >= 4) out.push(brand);
  }
  return out;
}

/** Is the account's handle spelled by (or spelling) one of the names? */
function spelledBy(key: string, names: string[]): boolean {
  const h = squash(socialHandle(`https://${key}`));
  return h.length >= 4 && names.some((n) => h.includes(n) || (h.length >= 5 && n.includes(h)));
}

/** Does the account's handle (six letters or more) appear in one of the headings? */
function spellsHeading(key: string, headings: string[]): boolean {
  const h = squash(socialHandle(`https://${key}`));
  return h.length >= 6 && headings.some((t) => t.includes(h));
}

/** Social keys of accounts on the page that belong to someone other than the site. */
export function otherAccountKeys(ctx: PageContext): Set<string> {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out = new Set<string>();
  cache.set(ctx.doc, out);
  if (readHost(ctx).hosted) {
    hostedOthers(ctx, out);
    return out;
  }
  const walk = walkPage(ctx);
  const socials = linkSocials(ctx);
  const ownPlatforms = new Set<string>();
  const ownKeys = new Set<string>();
  const body: string[] = [];
  let n = 0;
  for (let i = 0; i < walk.links.length && n < MAX_LINKS; i++) {
    const s = socials[i];
    if (!s) continue;
    n++;
    const l = walk.links[i]!;
    const key = socialKey(s);
    const party = labelledParty(l.el, l.text);
    if (party && !textNamesSite(ctx, party) && !namedForSite(ctx, key)) {
      out.add(key);
      continue;
    }
    if (/\bme\b/.test(l.rel)) continue;
    if (!(l.zone & FRAME) && namesOtherInItem(ctx, l.el, key)) {
      out.add(key);
      continue;
    }
    if (l.zone & FRAME) {
      if (!otherSiteAccountKeys(ctx).has(key)) {
        ownPlatforms.add(key.split('/')[0]!);
        ownKeys.add(key);
      }
    } else body.push(key);
  }
  let headings: string[] | undefined;
  let subject: string[] | undefined;
  for (const key of body) {
    if (ownKeys.has(key) || namedForSite(ctx, key)) continue;
    // named for the page's own subject (its heading): a listing's or profile's own account
    if (spelledBy(key, (subject ??= subjectNames(ctx)))) continue;
    if (ownPlatforms.has(key.split('/')[0]!)) out.add(key);
    // a handle spelling a sub-heading of the page (a performer's, a speaker's block) is theirs
    else if (spellsHeading(key, (headings ??= subHeadings(ctx)))) out.add(key);
  }
  sameHandles(ctx, body, out);
  return out;
}

/**
 * A body account whose handle is one already judged another party's, on another platform, is
 * that party's too: people keep one handle everywhere ("Tom — Twitter, GitHub" in an episode's
 * notes, where the site's own frame has no GitHub account to compare with).
 */
function sameHandles(ctx: PageContext, body: string[], out: Set<string>): void {
  if (!out.size) return;
  const handles = new Set([...out].map((k) => squash(socialHandle(`https://${k}`))));
  for (const key of body) {
    if (out.has(key) || namedForSite(ctx, key)) continue;
    const h = squash(socialHandle(`https://${key}`));
    if (h.length >= 4 && handles.has(h)) out.add(key);
  }
}

/**
 * On a hosted page, of several body accounts on one platform, when one is named for the page's
 * subject (its heading or og:title), the others not named for it are someone else's.
 */
function hostedOthers(ctx: PageContext, out: Set<string>): void {
  const walk = walkPage(ctx);
  const socials = linkSocials(ctx);
  const byPlatform = new Map<string, Set<string>>();
  let n = 0;
  for (let i = 0; i < walk.links.length && n < MAX_LINKS; i++) {
    const s = socials[i];
    if (!s || walk.links[i]!.zone & FRAME) continue;
    n++;
    const key = socialKey(s);
    const platform = key.split('/')[0]!;
    byPlatform.set(platform, (byPlatform.get(platform) ?? new Set()).add(key));
  }
  if (![...byPlatform.values()].some((keys) => keys.size >= 2)) return;
  const subject = subjectNames(ctx);
  for (const keys of byPlatform.values()) {
    if (keys.size < 2) continue;
    const own = [...keys].filter((k) => spelledBy(k, subject));
    if (own.length) for (const k of keys) if (!own.includes(k)) out.add(k);
  }
}
