import type * as Y from 'yjs';
import { withoutDeleted } from './deletion';
import {
  forEachHistoryRecord,
  historyDocList,
  historyDocOf,
  historyRecordIn,
  type HistoryDocList,
} from './history-records';
import { logEntrySchema, type LogEntry } from './log-entry';
import { parseRecord, type ReadResult } from './records';

/**
 * The contact log read from every doc that holds it: the log's side of
 * lib/model/history-records.ts (which copy of an entry counts, and why).
 */
export type LogDocs = HistoryDocList;

export const logDocList = historyDocList;

/** Calls back once per entry id with the raw record and the doc holding the copy that counts. */
export function forEachLogRecord(
  docs: LogDocs,
  visit: (raw: unknown, id: string, doc: Y.Doc) => void,
): void {
  forEachHistoryRecord(docs, 'log', visit);
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
  return historyDocOf(docs, 'log', id);
}

/** The raw record of the copy that counts, or undefined. */
export function logRecordIn(docs: LogDocs, id: string): unknown {
  return historyRecordIn(docs, 'log', id);
}
