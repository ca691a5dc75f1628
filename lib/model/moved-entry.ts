import * as Y from 'yjs';

/**
 * The mark the migration to the split layout leaves on a workspace-doc log entry it has copied
 * into its school year's doc (lib/model/history-years.ts): `movedTo` is the year. The copy left
 * behind is kept for a while so a not-yet-migrated peer's edits to it can be forwarded; every
 * reader skips it, and reads the year doc's copy instead.
 */
export const MOVED_KEY = 'movedTo';

export function isMovedRaw(raw: unknown): boolean {
  return raw instanceof Y.Map && typeof raw.get(MOVED_KEY) === 'number';
}
