/**
 * People's own profiles on team, staff, board and line-up pages: each card (a photo, a name, a
 * role) carries that person's LinkedIn, X or Instagram. Those accounts are the people's, not the
 * organisation's, which keeps its own in the header or footer.
 *
 * A card is the largest block around one profile link that holds no other account on the same
 * platform; the profiles count as people's only when two or more such cards name a person (or
 * link a personal LinkedIn profile, /in/…). One profile in a page's body, a row of the
 * organisation's accounts on different platforms, and cards of organisations (a directory's
 * members, whose names carry organisation words) are left alone, and so are accounts named for
 * the site itself. Reads the shared walk's links
 * only; cards are climbed from the few profile links, never the whole document.
 */
import type { PageContext } from './types';
import { socialKey } from './social';
import { linkSocials } from './link-socials';
import { namedForSite } from './sibling-accounts';
import { isPersonName } from './person-name';
import { nameMatchesHost } from './title';
import { ORG_WORDS } from './data/org-words';
import { walkPage, Z } from './walk';

const FRAME = Z.HEADER | Z.FOOTER | Z.NAV;
/** Profile links looked at; a page with more is a feed or a directory, not a team. */
const MAX_LINKS = 120;
/** A card's text stays short; past this a block is a section, not one person. */
const MAX_CARD_TEXT = 600;
const MAX_CLIMB = 8;
/** Blocks climbed from a lone personal LinkedIn profile to its bio's name. */
const LONE_CLIMB = 4;

interface Profile {
  el: Element;
  key: string;
  platform: string;
  url: string;
}

const cache = new WeakMap<Document, Set<string>>();

/** Social keys (socialKey) of the profiles that sit on people's cards. */
export function personProfileKeys(ctx: PageContext): Set<string> {
  const hit = cache.get(ctx.doc);
  if (hit) return hit;
  const out = new Set<string>();
  cache.set(ctx.doc, out);
  const profiles: Profile[] = [];
  const socials = linkSocials(ctx);
  const links = walkPage(ctx).links;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const url = socials[i];
    if (!url || l.zone & FRAME) continue;
    const key = socialKey(url);
    profiles.push({ el: l.el, key, platform: key.split('/')[0]!, url });
    if (profiles.length > MAX_LINKS) return out;
  }
  const cards = new Set<Element>();
  const byPlatform = new Map<string, Profile[]>();
  for (const p of profiles) byPlatform.set(p.platform, [...(byPlatform.get(p.platform) ?? []), p]);
  for (const group of byPlatform.values()) {
    if (new Set(group.map((p) => p.key)).size < 2) continue;
    const personal: Element[] = [];
    for (const p of group) {
      const card = cardOf(p, group);
      if (card && (personalLinkedIn(p.url) || namesPerson(card))) personal.push(card);
    }
    if (new Set(personal).size >= 2) for (const c of personal) cards.add(c);
  }
  // a lone bio: a personal LinkedIn profile (/in/…) in a small block that names a person (a
  // founder's or director's section, their photo's alt) makes that block theirs, unless the
  // person is the site's own subject (a consultant's own site)
  for (const p of profiles) {
    if (!personalLinkedIn(p.url)) continue;
    let e = p.el.parentElement;
    for (let i = 0; e && i < LONE_CLIMB; i++, e = e.parentElement) {
      if ((e.textContent ?? '').length > MAX_CARD_TEXT) break;
      const who = personNamed(e);
      if (who) {
        if (!nameMatchesHost(who, ctx.host)) cards.add(e);
        break;
      }
    }
  }
  if (!cards.size) return out;
  // every account on a person's card is theirs (Amy's X beside her LinkedIn), unless it is
  // named for the site (an organisation's own accounts listed as "Main account", "Youth section")
  for (const p of profiles)
    for (const c of cards) if (c.contains(p.el) && !namedForSite(ctx, p.key)) out.add(p.key);
  return out;
}

/** The largest ancestor of the link that holds no other account of the same platform. */
function cardOf(p: Profile, group: Profile[]): Element | null {
  let card: Element | null = null;
  let e = p.el.parentElement;
  for (let i = 0; e && i < MAX_CLIMB; i++, e = e.parentElement) {
    const el = e;
    if (group.some((o) => o.key !== p.key && el.contains(o.el))) break;
    if ((el.textContent ?? '').length > MAX_CARD_TEXT) break;
    card = el;
  }
  return card;
}

function personalLinkedIn(url: string): boolean {
  return /linkedin\.com\/in\//i.test(url);
}

/** The person's name a block gives in a short line or an image's alt (their photo), or ''. */
function personNamed(card: Element): string {
  const line = personLine(card);
  if (line) return line;
  const imgs = card.querySelectorAll('img[alt]');
  for (let i = 0; i < imgs.length && i < 5; i++) {
    const t = (imgs[i]!.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
    if (readsAsPerson(t)) return t;
  }
  return '';
}

function readsAsPerson(t: string): boolean {
  return t.length >= 4 && t.length <= 60 && isPersonName(t) && !ORG_WORDS.test(t);
}

/** A short line of the card (a heading, a name element) that reads as a person's name, or ''. */
function personLine(card: Element): string {
  const els = card.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p, span, div, a, figcaption');
  for (let i = 0; i < els.length && i < 40; i++) {
    const t = (els[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (readsAsPerson(t)) return t;
  }
  return '';
}

/** Does a short line of the card (a heading, a name element) read as a person's name? */
function namesPerson(card: Element): boolean {
  return !!personLine(card);
}
