import * as Y from 'yjs';
import { dayNumber, dayOfInstant, isValidDay } from './days';
import { RECENT_FEEDBACK_MAP } from './doc';
import { isScore } from './feedback-score';
import { TREND_WINDOW_DAYS, type Pulse } from './feedback-trend';

/**
 * Recent feedback pulses, kept in the workspace doc for the split layout
 * (lib/model/history-years.ts). A pulse lives in its school year's doc and the panel loads the
 * current year only, but a partner's trend compares the last 90 days with the 90 before, which
 * from September to February reaches into last school year: without this, every partner's
 * trend (and health) would read "unknown" for half the year, or the panel would load a whole
 * year of log entries at start to get a few pulses.
 *
 * A map from pulse id to `{ partnerId, date, score }`, for pulses written to a year doc and
 * dated within the trend's reach (180 days) of the day they were noted. Set in the same local
 * edit as the pulse (so Undo takes both back), removed with its soft delete and set again by its
 * restore; the migration notes the recent ones it moves, and the feedback view repairs the notes
 * from the pulses it reads (`repairRecentPulses`). Keys are pulse ids, so concurrent
 * writers never overwrite each other's entries. Readers use an entry only while no loaded doc
 * holds the pulse itself (the record is the truth where it is loaded). Entries older than the
 * reach are pruned whenever one is noted, so the map holds about half a year of pulses.
 *
 * A pulse soft-deleted by a peer still on the old layout (its delete forwarded to the year's
 * copy) keeps its entry until a peer with that year loaded repairs it.
 */
/** How far back the trend reads: both of its windows. */
export const RECENT_FEEDBACK_DAYS = 2 * TREND_WINDOW_DAYS;

export interface RecentPulse extends Pulse {
  id: string;
  partnerId: string;
}

const PARTNER_ID = /^[A-Za-z0-9_-]{1,100}$/;

function summaryMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RECENT_FEEDBACK_MAP);
}

function readEntry(id: string, value: unknown): RecentPulse | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const { partnerId, date, score } = value as Record<string, unknown>;
  if (typeof partnerId !== 'string' || !PARTNER_ID.test(partnerId)) return null;
  if (typeof date !== 'string' || !isValidDay(date) || !isScore(score)) return null;
  return { id, partnerId, date, score };
}

/** Every recorded recent pulse that reads. */
export function recentPulses(doc: Y.Doc): RecentPulse[] {
  const found: RecentPulse[] = [];
  summaryMap(doc).forEach((value, id) => {
    const pulse = readEntry(id, value);
    if (pulse) found.push(pulse);
  });
  return found;
}

/**
 * Notes live pulses dated within the reach of `now` (inside the caller's transaction), and
 * prunes entries that fell out of it. Returns whether anything changed.
 */
export function noteRecentPulses(
  doc: Y.Doc,
  pulses: Iterable<RecentPulse & { deletedAt?: number | undefined }>,
  now: number,
): boolean {
  const today = dayOfInstant(now);
  const recent = (date: string) => {
    const day = dayNumber(date);
    return day !== null && today - day < RECENT_FEEDBACK_DAYS;
  };
  const map = summaryMap(doc);
  let changed = false;
  for (const pulse of pulses) {
    if (pulse.deletedAt !== undefined || !recent(pulse.date) || map.has(pulse.id)) continue;
    map.set(pulse.id, { partnerId: pulse.partnerId, date: pulse.date, score: pulse.score });
    changed = true;
  }
  const stale: string[] = [];
  map.forEach((value, id) => {
    const entry = readEntry(id, value);
    if (!entry || !recent(entry.date)) stale.push(id);
  });
  for (const id of stale) map.delete(id);
  return changed || stale.length > 0;
}

/**
 * Brings the notes in line with the pulses read from year docs (inside the caller's transaction):
 * notes a live recent one that has none (a peer's pulse written by an earlier version, one
 * brought back by a snapshot) and forgets a deleted one's (a delete an old-layout peer made,
 * forwarded to the year's copy). Returns whether anything changed.
 */
export function repairRecentPulses(
  doc: Y.Doc,
  pulses: Iterable<RecentPulse & { deletedAt?: number | undefined }>,
  now: number,
): boolean {
  const map = summaryMap(doc);
  const missing: RecentPulse[] = [];
  let changed = false;
  for (const pulse of pulses) {
    if (pulse.deletedAt !== undefined) {
      if (map.has(pulse.id)) {
        map.delete(pulse.id);
        changed = true;
      }
    } else if (!map.has(pulse.id)) missing.push(pulse);
  }
  return noteRecentPulses(doc, missing, now) || changed;
}

/** Forgets a pulse (its soft delete), inside the caller's transaction. */
export function forgetRecentPulse(doc: Y.Doc, id: string) {
  const map = summaryMap(doc);
  if (map.has(id)) map.delete(id);
}

/** Calls back when the summary changes; returns the unsubscribe. */
export function observeRecentPulses(doc: Y.Doc, callback: () => void): () => void {
  const map = summaryMap(doc);
  map.observe(callback);
  return () => map.unobserve(callback);
}
