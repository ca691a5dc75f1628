import * as Y from 'yjs';
import { withoutDeleted } from './deletion';
import { collection } from './doc';
import { logEntrySchema, type LogEntry } from './log-entry';
import { parseRecord, type ReadResult } from './records';

/**
 * Reading the contact log from every doc that holds it (lib/model/history-years.ts): the
 * workspace doc first, then its year docs, as `YearHistory.all()` and `loadAll()` hand them out.
 * A single doc is the layout before the split and reads exactly as `listLogEntries` does.
 *
 * Each entry id is read once: a year doc's copy counts over the workspace doc's (an entry a
 * not-yet-migrated peer edited there is still the year doc's entry), and a workspace-doc entry
 * marked as moved is read only when none of the year docs given holds it: until the migration
 * drops it (lib/model/history-split.ts) the original is whole, and a reader given the workspace
 * doc alone (a peer's migration half-way through) must not lose it.
 */
export type LogDocs = Y.Doc | readonly Y.Doc[];

export function logDocList(docs: LogDocs): readonly Y.Doc[] {
  return docs instanceof Y.Doc ? [docs] : docs;
}

/** Calls back once per entry id with the raw record and the doc holding the copy that counts. */
export function forEachLogRecord(
  docs: LogDocs,
  visit: (raw: unknown, id: string, doc: Y.Doc) => void,
): void {
  const list = logDocList(docs);
  if (list.length === 0) return;
  const seen = new Set<string>();
  const read = (doc: Y.Doc, workspaceDoc: boolean) =>
    collection(doc, 'log').forEach((raw, id) => {
      if (seen.has(id)) return;
      if (!workspaceDoc) seen.add(id);
      visit(raw, id, doc);
    });
  // Year docs first, so their copy wins; the workspace doc last.
  for (const doc of list.slice(1)) read(doc, false);
  read(list[0]!, true);
}

/** Live entries from every doc (soft-deleted hidden; `invalid` counts unreadable records). */
export function listLogEntriesIn(docs: LogDocs): ReadResult<LogEntry> {
  const items: LogEntry[] = [];
  let invalid = 0;
  forEachLogRecord(docs, (raw, id) => {
    const entry = parseRecord(logEntrySchema, id, raw);
    if (entry) items.push(entry);
    else invalid++;
  });
  return { items: withoutDeleted(items), invalid };
}

/** The doc whose copy of the entry counts, or null when no doc holds it. */
export function logDocOf(docs: LogDocs, id: string): Y.Doc | null {
  const list = logDocList(docs);
  for (const doc of list.slice(1)) if (collection(doc, 'log').has(id)) return doc;
  const workspaceDoc = list[0];
  return workspaceDoc && collection(workspaceDoc, 'log').has(id) ? workspaceDoc : null;
}

/** The raw record of the copy that counts, or undefined. */
export function logRecordIn(docs: LogDocs, id: string): unknown {
  const doc = logDocOf(docs, id);
  return doc ? collection(doc, 'log').get(id) : undefined;
}
