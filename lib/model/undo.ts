import * as Y from 'yjs';
import {
  CHECKIN_SUMMARY_MAP,
  collection,
  COLLECTIONS,
  LOCAL_ORIGIN,
  metaMap,
  RECENT_FEEDBACK_MAP,
} from './doc';

/**
 * Undo/redo of this user's own edits only; peers' edits are never reverted.
 * `meta` is in scope so renaming the workspace is an undo step of its own
 * (migrations write meta with their own origin, which is not tracked). The summaries a history
 * record writes in the workspace doc (a goal's latest check-in, recent feedback) are in scope too:
 * a record and its summary are written in one action, and Undo takes both back.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const summaries = [doc.getMap(CHECKIN_SUMMARY_MAP), doc.getMap(RECENT_FEEDBACK_MAP)];
  const scope = [metaMap(doc), ...summaries, ...COLLECTIONS.map((n) => collection(doc, n))];
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 400,
  });
}
