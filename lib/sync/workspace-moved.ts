import type * as Y from 'yjs';
import { metaMap, transactLocal } from '../model/doc';

/**
 * The "this workspace has moved" notice that `Rotate invite` leaves behind in the old room.
 *
 * It is written into the doc just before this device leaves the old room, so members still there
 * learn of the move from the last update they receive. The doc then goes on, unchanged, into the
 * new room, so the notice must not tell the members who follow that *they* are left behind: it is
 * keyed by the room it was written for (`meta["movedFrom:<room>"]`) and only shown on devices whose
 * current room is that one. One flat key per room (not a nested map) so that two members rotating
 * at the same time each keep their notice.
 *
 * The notice deliberately carries no new invite: the old room may hold exactly the person the
 * rotation is meant to keep out. Any member can write one, so it is shown as information
 * ("ask … for a new invite"), never acted on automatically.
 */

const KEY_PREFIX = 'movedFrom:';
const MAX_BY = 80;

export interface MovedNotice {
  /** When the move happened (ms since epoch, as the mover's clock said). */
  at: number;
  /** The display name of the member who moved it, when they had one. */
  by: string | null;
}

/** Writes the notice for `oldRoom` as one local transaction. */
export function markWorkspaceMoved(doc: Y.Doc, oldRoom: string, by: string, at = Date.now()) {
  const notice: MovedNotice = { at, by: cleanBy(by) };
  transactLocal(doc, () => metaMap(doc).set(`${KEY_PREFIX}${oldRoom}`, notice));
}

/** Takes back a notice written for a move that did not happen. */
export function clearWorkspaceMoved(doc: Y.Doc, oldRoom: string) {
  transactLocal(doc, () => metaMap(doc).delete(`${KEY_PREFIX}${oldRoom}`));
}

/** The notice for the room this device is in now, or null: validated, since any peer can write. */
export function movedNotice(doc: Y.Doc, currentRoom: string | undefined): MovedNotice | null {
  if (!currentRoom) return null;
  const raw = metaMap(doc).get(`${KEY_PREFIX}${currentRoom}`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { at, by } = raw as { at?: unknown; by?: unknown };
  if (typeof at !== 'number' || !Number.isFinite(at) || at <= 0) return null;
  return { at, by: typeof by === 'string' ? cleanBy(by) : null };
}

/** Plain text only: no control characters, one line, bounded. */
function cleanBy(by: string): string | null {
  // eslint-disable-next-line no-control-regex
  const clean = by.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ');
  return clean.trim().slice(0, MAX_BY) || null;
}
