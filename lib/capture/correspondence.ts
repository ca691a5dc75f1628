/**
 * A scholarly article's correspondence line ("*Correspondence: Zoltan Dienes, School of
 * Psychology, University of Sussex, Brighton BN1 9QH, UK e-mail: …") gives one author's
 * institution and mailbox. They are the author's, not the journal's or the publisher's, though
 * the line sits in the page's own body.
 */
import { isPersonName } from './person-name';
import { boundedText, closestTag } from './util';

/** A label that always means an author's details, or the institution they work at. */
const AUTHOR_LABEL = /^\W*(?:corresponding authors?|affiliations?)\b[^:]{0,20}:/i;
/** "Correspondence:" may also open an organisation's postal address ("Correspondence: PO Box
 * 12"), so it counts only when a person's name follows it. */
const CORRESPONDENCE_TO = /^\W*correspondence(?:\s+to)?\s*:\s*([^,;]{3,60})(?:[,;]|$)/i;

/** Does the text open with an author's contact label? */
export function opensAuthorContact(text: string): boolean {
  if (AUTHOR_LABEL.test(text)) return true;
  const m = CORRESPONDENCE_TO.exec(text);
  return !!m && isPersonName(m[1]!.trim());
}

const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'LI', 'DD', 'DIV', 'TD']);
/** A correspondence line is short; past this the block is a section that merely starts so. */
const MAX_LINE_TEXT = 600;

/** Is the element (a mailto link, an address's text) in a block opened by that label? */
export function inAuthorContactLine(el: Element): boolean {
  const block = closestTag(el, BLOCK_TAGS);
  if (!block) return false;
  const text = boundedText(block, MAX_LINE_TEXT);
  return text !== undefined && opensAuthorContact(text.trimStart());
}
