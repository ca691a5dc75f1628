import * as Y from 'yjs';
import { collection, type CollectionName } from './doc';

/**
 * Reading a history collection (the log, check-ins) from every doc that holds it
 * (lib/model/history-years.ts): the workspace doc first, then its year docs, as
 * `YearHistory.all()` and `loadAll()` hand them out. A single doc is the layout before the split.
 *
 * Each record id is read once: a year doc's copy counts over the workspace doc's (a record a
 * not-yet-migrated peer wrote there is still the year doc's record once copied), and a
 * workspace-doc record marked as moved is read only when none of the year docs given holds it:
 * until the migration drops it (lib/model/history-split.ts) the original is whole, and a reader
 * given the workspace doc alone (a year not loaded, a peer's migration half-way through) must
 * not lose it.
 */
export type HistoryDocList = Y.Doc | readonly Y.Doc[];

export function historyDocList(docs: HistoryDocList): readonly Y.Doc[] {
  return docs instanceof Y.Doc ? [docs] : docs;
}

/** Calls back once per record id with the raw record and the doc holding the copy that counts. */
export function forEachHistoryRecord(
  docs: HistoryDocList,
  name: CollectionName,
  visit: (raw: unknown, id: string, doc: Y.Doc) => void,
): void {
  const list = historyDocList(docs);
  if (list.length === 0) return;
  const seen = new Set<string>();
  const read = (doc: Y.Doc, workspaceDoc: boolean) =>
    collection(doc, name).forEach((raw, id) => {
      if (seen.has(id)) return;
      if (!workspaceDoc) seen.add(id);
      visit(raw, id, doc);
    });
  // Year docs first, so their copy wins; the workspace doc last.
  for (const doc of list.slice(1)) read(doc, false);
  read(list[0]!, true);
}

/** The doc whose copy of the record counts, or null when no doc holds it. */
export function historyDocOf(docs: HistoryDocList, name: CollectionName, id: string): Y.Doc | null {
  const list = historyDocList(docs);
  for (const doc of list.slice(1)) if (collection(doc, name).has(id)) return doc;
  const workspaceDoc = list[0];
  return workspaceDoc && collection(workspaceDoc, name).has(id) ? workspaceDoc : null;
}

/** The raw record of the copy that counts, or undefined. */
export function historyRecordIn(docs: HistoryDocList, name: CollectionName, id: string): unknown {
  const doc = historyDocOf(docs, name, id);
  return doc ? collection(doc, name).get(id) : undefined;
}
