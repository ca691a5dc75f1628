import * as Y from 'yjs';
import { collection, COLLECTIONS, LOCAL_ORIGIN } from './doc';

/** Undo/redo of this user's own edits only; peers' edits are never reverted. */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(
    COLLECTIONS.map((name) => collection(doc, name)),
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 400 },
  );
}
