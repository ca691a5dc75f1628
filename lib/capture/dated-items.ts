/**
 * Rows of a list of dated things (an artist's past concerts, a venue's programme): list items or
 * table rows that each carry a machine-readable date (<time datetime>). A place written in one is
 * that item's, not the page's subject's. One dated row alone is not a list: an event's own page
 * may mark its date in a row.
 */
import { closestTag } from './util';

const ROW_TAGS: ReadonlySet<string> = new Set(['LI', 'TR']);
const cache = new WeakMap<Document, number>();
/** Dated rows counted, at most: enough to tell a list. */
const MAX_COUNTED = 50;

function datedRows(doc: Document): number {
  const hit = cache.get(doc);
  if (hit !== undefined) return hit;
  // (a row giving a start and an end time is still one row)
  const rows = new Set<Element>();
  for (const t of Array.from(doc.querySelectorAll('li time[datetime], tr time[datetime]'))) {
    rows.add(closestTag(t, ROW_TAGS)!);
    if (rows.size >= MAX_COUNTED) break;
  }
  cache.set(doc, rows.size);
  return rows.size;
}

/** Is the element inside a row of a list of dated things? */
export function inDatedListItem(el: Element | undefined): boolean {
  const row = closestTag(el, ROW_TAGS);
  if (!row) return false;
  const times = row.getElementsByTagName('time');
  let dated = false;
  for (let i = 0; i < times.length && !dated; i++) dated = times[i]!.hasAttribute('datetime');
  return dated && datedRows(row.ownerDocument) >= 2;
}
