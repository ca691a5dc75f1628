import * as Y from 'yjs';
import { collection, COLLECTIONS, LOCAL_ORIGIN, metaMap } from './doc';

/**
 * Undo/redo of this user's own edits only; peers' edits are never reverted.
 * `meta` is in scope so renaming the workspace is an undo step of its own
 * (migrations write meta with their own origin, which is not tracked).
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([metaMap(doc), ...COLLECTIONS.map((name) => collection(doc, name))], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 400,
  });
}
