import * as Y from 'yjs';
import { checkinSchema, compareCheckins, type Checkin } from './checkin';
import { CHECKIN_SUMMARY_MAP } from './doc';

/**
 * Each goal's latest check-in, kept in the workspace doc for the split layout
 * (lib/model/history-years.ts): check-ins live in their school year's doc and the panel loads
 * the current year only, so a goal last checked in an older year must not show "no check-in
 * yet", nor lose its progress, on the board, in agenda suggestions or the digest.
 *
 * A map from goal id to a plain copy of the check-in, raised (in check-in order:
 * `compareCheckins`) and never lowered by whoever sees a later check-in (the board, as it reads
 * each loaded year). Check-ins are append-only, so the only way a latest one goes away is the
 * Undo of adding it: the raise made with a check-in is in the same Undo step (the map is in
 * Undo's scope, lib/model/undo.ts), so that Undo puts the previous latest back. The board's own
 * raises are not the user's and are never undone. An Undo that puts back an older value over a
 * later one a peer raised at the same moment is repaired like a lost race (below): the board
 * raises it again as it reads that check-in's year. Two peers raising it at once may leave the lower of their two
 * values (last writer wins on a map key); the next peer to read the later check-in raises it
 * again, and the current year is always loaded, so that repair comes with the next open.
 */
function summaryMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(CHECKIN_SUMMARY_MAP);
}

/** The recorded latest check-in of a goal, or undefined when there is none (or it does not read). */
export function summaryCheckinOf(doc: Y.Doc, goalId: string): Checkin | undefined {
  return readSummary(goalId, summaryMap(doc).get(goalId));
}

/** Every goal's recorded latest check-in that reads, by goal id. */
export function summaryCheckins(doc: Y.Doc): Map<string, Checkin> {
  const found = new Map<string, Checkin>();
  summaryMap(doc).forEach((value, goalId) => {
    const checkin = readSummary(goalId, value);
    if (checkin) found.set(goalId, checkin);
  });
  return found;
}

function readSummary(goalId: string, value: unknown): Checkin | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, ...fields } = value as Record<string, unknown>;
  if (typeof id !== 'string') return undefined;
  const parsed = checkinSchema.safeParse(fields);
  return parsed.success && parsed.data.goalId === goalId ? { ...parsed.data, id } : undefined;
}

/**
 * Raises each goal's latest check-in to the given ones where they come later (inside the
 * caller's transaction). Returns whether anything changed.
 */
export function raiseLatestCheckins(doc: Y.Doc, checkins: Iterable<Checkin>): boolean {
  const latest = new Map<string, Checkin>();
  for (const checkin of checkins) {
    const known = latest.get(checkin.goalId);
    if (!known || compareCheckins(checkin, known) > 0) latest.set(checkin.goalId, checkin);
  }
  let changed = false;
  for (const [goalId, checkin] of latest) {
    const known = summaryCheckinOf(doc, goalId);
    if (known && compareCheckins(known, checkin) >= 0) continue;
    summaryMap(doc).set(goalId, plainCheckin(checkin));
    changed = true;
  }
  return changed;
}

/** Calls back when the summary changes; returns the unsubscribe. */
export function observeCheckinSummary(doc: Y.Doc, callback: () => void): () => void {
  const map = summaryMap(doc);
  map.observe(callback);
  return () => map.unobserve(callback);
}

/** The check-in as stored in the summary: its fields, without the ones it does not have. */
function plainCheckin(checkin: Checkin): Record<string, unknown> {
  return Object.fromEntries(Object.entries(checkin).filter(([, value]) => value !== undefined));
}
