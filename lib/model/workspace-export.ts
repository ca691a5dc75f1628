import * as Y from 'yjs';
import { boundedCopy } from './bounded';
import { localDay } from './days';
import { COLLECTIONS, collection, metaMap, type CollectionName } from './doc';
import { forEachHistoryRecord } from './history-records';
import { isYearlyCollection, type YearlyCollection } from './history-years';
import { schemaVersionOf } from './migrations';
import { toBase64 } from './backup';

export const EXPORT_FORMAT = 'bridgework-workspace-export';
export const EXPORT_FORMAT_VERSION = 1;

/** A stored row that could not be read, as the persistence keeps it (bytes as they were). */
export interface UnreadableRow {
  key: string;
  reason: string;
  at: number;
  bytes: Uint8Array | null;
}

export type ExportedRecord = { id: string; value: unknown } | { id: string; problem: string };

export interface ExportOptions {
  /** Stored rows set aside as unreadable, exported as base64 so nothing is thrown away. */
  setAside?: readonly UnreadableRow[];
  now?: number;
  /**
   * Every doc holding the history (log, check-ins, feedback, contributions): the workspace doc first, then its year docs (the split
   * layout, `YearHistory.all()`); the workspace doc alone by default.
   */
  logDocs?: readonly Y.Doc[];
}

function exported(id: string, record: unknown): ExportedRecord {
  const copy = boundedCopy(record);
  return copy.ok ? { id, value: copy.value } : { id, problem: copy.problem };
}

/**
 * A collection kept per school year (the log, check-ins, feedback, contributions) from every doc,
 * each record once (its year doc's copy). A workspace-doc copy marked as moved is left out when a
 * year doc in the export holds the record; otherwise it is kept, mark and all, since this file is
 * the way out and keeps whatever is there.
 */
function exportedHistory(
  doc: Y.Doc,
  historyDocs: readonly Y.Doc[],
  name: YearlyCollection,
): ExportedRecord[] {
  const docs =
    historyDocs[0] === doc ? historyDocs : [doc, ...historyDocs.filter((d) => d !== doc)];
  const records: ExportedRecord[] = [];
  const seen = new Set<string>();
  forEachHistoryRecord(docs, name, (raw, id) => {
    seen.add(id);
    records.push(exported(id, raw));
  });
  for (const [id, raw] of collection(doc, name).entries())
    if (!seen.has(id)) records.push(exported(id, raw));
  return records;
}

function exportedCollection(doc: Y.Doc, name: CollectionName): ExportedRecord[] {
  const records: ExportedRecord[] = [];
  for (const [id, record] of collection(doc, name).entries()) records.push(exported(id, record));
  return records;
}

/**
 * Everything in a workspace as JSON: the way out when the disk refuses writes or the workspace
 * cannot open, so it must never throw on what a peer wrote. Every record of every collection is
 * a bounded plain copy; one too deep or too large to copy is listed by id with what was wrong.
 * Records are not validated against their schema: an export keeps what is there, readable by the
 * panel or not. Records are an array of `{ id, value }`, so no id can collide with a JSON key.
 */
export function exportWorkspaceJson(doc: Y.Doc, name: string, options: ExportOptions = {}): string {
  const collections: Record<string, ExportedRecord[]> = {};
  for (const collectionName of COLLECTIONS) {
    collections[collectionName] = isYearlyCollection(collectionName)
      ? exportedHistory(doc, options.logDocs ?? [doc], collectionName)
      : exportedCollection(doc, collectionName);
  }
  const meta = boundedCopy(metaMap(doc));
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      workspace: name,
      schemaVersion: schemaVersionOf(doc),
      exportedAt: new Date(options.now ?? Date.now()).toISOString(),
      meta: meta.ok ? meta.value : { problem: meta.problem },
      collections,
      ...(options.setAside?.length
        ? {
            unreadableRows: options.setAside.map((row) => ({
              key: row.key,
              reason: row.reason,
              at: new Date(row.at).toISOString(),
              base64: row.bytes ? toBase64(row.bytes) : null,
            })),
          }
        : {}),
    },
    null,
    2,
  );
}

/** A file name for the export: the workspace name reduced to safe characters, and the date. */
export function exportFileName(name: string, now = Date.now()): string {
  const safe = name
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  // The user's day, not UTC's: an export made at 23:30 in New York is named for that day.
  return `bridgework-${safe || 'workspace'}-${localDay(now)}.json`;
}
