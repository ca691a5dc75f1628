import type * as Y from 'yjs';
import { collection, type CollectionName } from '../model/doc';
import type { HistoryDocs } from '../model/history-docs';
import { observeTouchedRecords } from '../model/records';

/**
 * Follows one history collection over every doc of a history (lib/model/history-docs.ts): each
 * record of the docs loaded now, then of each year added later, and every record a transaction
 * touches, are handed to `refresh` with the history's current docs (read once per batch, not
 * once per record); `changed` runs after each batch. Returns the unsubscribe.
 */
export function followHistoryCollection(
  history: HistoryDocs,
  name: CollectionName,
  refresh: (id: string, docs: readonly Y.Doc[]) => void,
  changed: () => void,
): () => void {
  const stops: (() => void)[] = [];
  const watch = (doc: Y.Doc) => {
    const docs = history.all();
    collection(doc, name).forEach((_raw, id) => refresh(id, docs));
    stops.push(
      observeTouchedRecords(doc, name, (touched) => {
        const current = history.all();
        for (const id of touched) refresh(id, current);
        changed();
      }),
    );
  };
  for (const doc of history.all()) watch(doc);
  const stopAdded = history.onAdded?.((doc) => {
    watch(doc);
    changed();
  });
  if (stopAdded) stops.push(stopAdded);
  return () => {
    for (const stop of stops) stop();
  };
}
