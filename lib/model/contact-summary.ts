import * as Y from 'yjs';
import { isValidLocalDate } from './log-entry';

/**
 * Each partner's latest contact date, kept in the workspace doc for the split layout
 * (lib/model/history-years.ts): the panel loads the current school year's log only, and "last
 * contacted" (the due-for-contact list, a partner's status) must not turn into "never" for a
 * partner last seen in an older year.
 *
 * A map from partner id to the latest contact day (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`), raised
 * and never lowered by whoever sees a later entry (a write, a year loaded, the migration). Two
 * peers raising it at once may leave the lower of their two values (last writer wins on a map
 * key); the next peer to see the later entry raises it again, and a loaded year's own entries
 * always count, so the worst case is an older date for a partner whose year is not loaded, for a
 * while. Deleting that latest entry does not lower it; the cost is a partner shown as contacted
 * more recently than the live entries say, until that year is loaded (then the entries decide).
 */
const SUMMARY_MAP = 'lastContact';

function summaryMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(SUMMARY_MAP);
}

/** The recorded latest contact, or undefined when there is none (or it is not a date). */
export function summaryContactOf(doc: Y.Doc, partnerId: string): string | undefined {
  const value = summaryMap(doc).get(partnerId);
  return typeof value === 'string' && isValidLocalDate(value) ? value : undefined;
}

/**
 * Raises the partners' latest contacts to `date` where it is later (inside the caller's
 * transaction); `today` (`YYYY-MM-DD`) keeps a contact planned for later from counting yet.
 * Returns whether anything changed.
 */
export function raiseContacts(
  doc: Y.Doc,
  partnerIds: Iterable<string>,
  date: string,
  today: string,
): boolean {
  if (!isValidLocalDate(date) || date.slice(0, 10) > today) return false;
  let changed = false;
  for (const partnerId of partnerIds) {
    const known = summaryContactOf(doc, partnerId);
    if (known !== undefined && known >= date) continue;
    summaryMap(doc).set(partnerId, date);
    changed = true;
  }
  return changed;
}

/** Calls back when the summary changes; returns the unsubscribe. */
export function observeContactSummary(doc: Y.Doc, callback: () => void): () => void {
  const map = summaryMap(doc);
  map.observe(callback);
  return () => map.unobserve(callback);
}
