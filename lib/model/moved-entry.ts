import * as Y from 'yjs';
import { isYear, YEARLY_COLLECTIONS } from './history-years';

/**
 * The mark the migration to the split layout leaves on a workspace-doc record it has copied into
 * its school year's doc (lib/model/history-years.ts, lib/model/history-split.ts): `movedTo` is the
 * year. The original is kept whole for a while so a not-yet-migrated peer's edits to it can be
 * forwarded; a reader that also reads that year's doc reads the year's copy instead.
 */
export const MOVED_KEY = 'movedTo';
export const MOVED_AT_KEY = 'movedAt';

/**
 * The collections whose records move to their school year's doc (the ones kept per year: the
 * contact log's entries, goals' check-ins, feedback and contributions). A reader of any of them in
 * the split layout skips marked originals.
 */
export const MOVED_COLLECTIONS = YEARLY_COLLECTIONS;
export type MovedCollection = (typeof MOVED_COLLECTIONS)[number];

/** Is this workspace-doc record an original whose record moved to a year doc? */
export function isMovedRaw(raw: unknown): boolean {
  return raw instanceof Y.Map && isYear(raw.get(MOVED_KEY));
}

/** The year a marked record was moved to, or null. */
export function movedYearOf(raw: unknown): number | null {
  const year = raw instanceof Y.Map ? raw.get(MOVED_KEY) : undefined;
  return isYear(year) ? year : null;
}
