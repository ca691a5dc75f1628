/**
 * Rows of a list of dated things (an artist's past concerts, a venue's programme): list items or
 * table rows that each carry a machine-readable date (<time datetime>). A place written in one is
 * that item's, not the page's subject's. One dated row alone is not a list: an event's own page
 * may mark its date in a row.
 */
const cache = new WeakMap<Document, number>();
/** Dated rows counted, at most: enough to tell a list. */
const MAX_COUNTED = 50;

function datedRows(doc: Document): number {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit;
  let n = 0;
  for (const t of Array.from(doc.querySelectorAll('li time[datetime], tr time[datetime]'))) {
    if (t.parentElement?.closest('li, tr') && ++n >= MAX_COUNTED) break;
  }
  cache.set(doc, n);
  return n;
}

/** Is the element inside a row of a list of dated things? */
export function inDatedListItem(el: Element | undefined): boolean {
  if (!el) return false;
  const row = el.closest('li, tr');
  return !!row?.querySelector('time[datetime]') && datedRows(el.ownerDocument) >= 2;
}
