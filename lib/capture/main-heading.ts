/**
 * The page's main heading: its first <h1> that a reader sees. A heading inside a hidden block, a
 * preloaded popover or a dialog (a shop's "Buying and sending eBooks to others" help box, a
 * cookie dialog's title) is not the page's, though it comes first in the markup. Read once per
 * document: fifteen rules ask.
 */
import { elementsByTag } from './page-elements';

const HIDING_CLASS =
  /(?:^|[\s_-])(?:popover|modal|dialog|lightbox|offcanvas|sr-only|visually-hidden|screen-reader-text|hidden)(?:$|[\s_-])/i;
const DISPLAY_NONE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Ancestors looked at for a hiding block; headings sit a few levels inside one. */
const MAX_CLIMB = 12;

const cache = new WeakMap<Document, Element | null>();

function hidden(h: Element): boolean {
  let e: Element | null = h;
  for (let i = 0; e && i < MAX_CLIMB; i++, e = e.parentElement) {
    if (
      e.hasAttribute('hidden') ||
      e.getAttribute('aria-hidden') === 'true' ||
      DISPLAY_NONE.test(e.getAttribute('style') ?? '') ||
      HIDING_CLASS.test(e.getAttribute('class') ?? '') ||
      (e.tagName || '').toUpperCase() === 'DIALOG' ||
      (e.tagName || '').toUpperCase() === 'TEMPLATE'
    )
      return true;
  }
  return false;
}

export function mainHeading(doc: Document): Element | null {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit;
  const all = elementsByTag(doc, 'H1');
  // a page whose every h1 is hidden still names itself with the first
  const found = all.find((h) => !hidden(h)) ?? all[0] ?? null;
  cache.set(doc, found);
  return found;
}
