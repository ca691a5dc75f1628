/**
 * A legal notice's paragraphs on other parties give their details because the law asks for
 * them: the web host ("Hébergement — Le site est hébergé par : Nuage Armor SAS, … Tél. : …",
 * "Hosting:", "Webhosting:"), the professional insurer ("Name und Sitz des Versicherers: …
 * Telefon …") and the supervisory authority. Their numbers and mailboxes are those parties', not
 * the site's. A block is such a paragraph when it opens with one of those labels, or when the
 * heading right before it is one.
 */
import { boundedText, closestTag, tagName } from './util';

const OTHER_PARTY =
  /^\s*(?:\d+\.?\s*)?(?:h[ée]bergement|h[ée]bergeur|(?:le )?site (?:est )?h[ée]berg[ée] (?:par|chez)|hosting(?: provider)?|hosted by|web ?hosting|hoster|gehostet (?:bei|von)|hosting-anbieter|alojamiento(?: web)?|proveedor de alojamiento|hostingpartij|name und sitz des versicherers|versicherer|angaben zur berufshaftpflichtversicherung|berufshaftpflichtversicherung|(?:zuständige )?aufsichtsbehörde|assureur|supervisory authority)\b/i;
const BLOCKS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'DD', 'TD', 'ADDRESS']);
/** A notice's paragraph is short: a longer block is a section, not the party's lines. */
const MAX_NOTICE = 600;
const HEADING = /^(?:H[2-6]|HEADER)$/;

const cache = new WeakMap<Element, boolean>();

/** Is `el` in a legal notice's paragraph on its web host, insurer or supervisory authority? */
export function inOtherPartyNotice(el: Element): boolean {
  const block = closestTag(el, BLOCKS);
  if (!block) return false;
  let hit = cache.get(block);
  if (hit === undefined) {
    const text = boundedText(block, MAX_NOTICE);
    const heading = block.previousElementSibling;
    hit =
      (text !== undefined && OTHER_PARTY.test(text)) ||
      (!!heading &&
        HEADING.test(tagName(heading)) &&
        OTHER_PARTY.test(boundedText(heading, 120) ?? ''));
    cache.set(block, hit);
  }
  return hit;
}
