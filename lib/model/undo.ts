import * as Y from 'yjs';
import { collection, COLLECTIONS, LOCAL_ORIGIN, metaMap } from './doc';
import { recentFeedbackMap } from './feedback-summary';

/**
 * Undo/redo of this user's own edits only; peers' edits are never reverted.
 * `meta` is in scope so renaming the workspace is an undo step of its own
 * (migrations write meta with their own origin, which is not tracked). The recent-feedback notes
 * are in scope too: a pulse and its note are written in one action, and Undo takes both back.
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  const scope = [
    metaMap(doc),
    recentFeedbackMap(doc),
    ...COLLECTIONS.map((n) => collection(doc, n)),
  ];
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 400,
  });
}
