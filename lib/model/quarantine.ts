import * as Y from 'yjs';
import { z } from 'zod';
import { agreementSchema } from './agreement';
import { checkinSchema } from './checkin';
import { commitmentSchema } from './commitment';
import { concernSchema } from './concern';
import { contributionSchema } from './contribution';
import { collection, COLLECTIONS, LOCAL_ORIGIN, transactLocal, type CollectionName } from './doc';
import { feedbackSchema } from './feedback';
import { followupSchema } from './followup';
import { columnSchema, goalSchema } from './goal';
import { lessonSchema } from './lesson';
import { logEntrySchema } from './log-entry';
import { partnerSchema } from './partner';
import { personSchema } from './person';
import { storySchema } from './story';
import type { RecordProblem } from './problem';
import { inspectRecord } from './records';

/**
 * Records that cannot be read, set aside instead of thrown. Any peer can write anything under
 * any key of a collection: a value nested thousands of levels deep, a string where a record
 * belongs, an id with a line break. Reading such a record must neither crash the panel nor hide
 * it silently, so each one becomes an entry a person can see, export and delete.
 */

/**
 * The schema each collection is read with. Collections no screen reads yet are only checked for
 * shape (a record under a valid id, within bounds), so their problems show up before their
 * feature does.
 */
export const RECORD_SCHEMAS: Record<CollectionName, z.ZodType> = {
  partners: partnerSchema,
  people: personSchema,
  goals: goalSchema,
  checkins: checkinSchema,
  log: logEntrySchema,
  followups: followupSchema,
  boardColumns: columnSchema,
  contributions: contributionSchema,
  feedback: feedbackSchema,
  stories: storySchema,
  lessons: lessonSchema,
  agreements: agreementSchema,
  commitments: commitmentSchema,
  concerns: concernSchema,
};

export interface QuarantinedRecord {
  collection: CollectionName;
  /** The key exactly as stored (may hold anything: show `label`, never this). */
  id: string;
  /** The id safe to show: control and invisible characters replaced, length capped. */
  label: string;
  /** What is wrong, in English (kept in the JSON export, a technical file). */
  problem: string;
  /** What is wrong as a code, for the interface to word in the reader's language. */
  reason: RecordProblem;
  /**
   * Yjs client ids that wrote the record: the one that put it under its key first, then those
   * that wrote its fields. A client id names a peer only while that peer's session is online.
   */
  writers: number[];
  /** The record's own `createdBy` when it holds a short text (any peer can write it). */
  createdBy?: string;
}

const MAX_LABEL = 60;
const MAX_WRITERS = 8;

/** An id or name as display text: no control, format or unassigned characters, capped. */
export function displaySafe(text: string, max = MAX_LABEL): string {
  const clean = text.replace(/[\p{C}]/gu, '\uFFFD');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean || '(empty)';
}

/** Client ids behind a stored value. Reads Yjs items (`_map`, `id.client`): the only record. */
function writersOf(map: Y.Map<unknown>, id: string, raw: unknown): number[] {
  const writers: number[] = [];
  const add = (item: Y.Item | undefined) => {
    if (!item || item.deleted || writers.length >= MAX_WRITERS) return;
    if (!writers.includes(item.id.client)) writers.push(item.id.client);
  };
  add(map._map.get(id));
  if (raw instanceof Y.Map) for (const item of raw._map.values()) add(item);
  return writers;
}

function createdByOf(raw: unknown): string | undefined {
  if (!(raw instanceof Y.Map)) return undefined;
  const value = raw.get('createdBy');
  if (typeof value !== 'string' || !value.trim()) return undefined;
  return displaySafe(value.replace(/\s+/g, ' ').trim(), 100);
}

/** The entry for one stored record, or null when it reads fine (or is gone). */
export function inspectStored(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
): QuarantinedRecord | null {
  const map = collection(doc, name);
  const raw: unknown = map.get(id);
  if (raw === undefined) return null;
  const inspected = inspectRecord(RECORD_SCHEMAS[name], id, raw);
  if (inspected.ok) return null;
  const createdBy = createdByOf(raw);
  return {
    collection: name,
    id,
    label: displaySafe(id),
    problem: inspected.problem,
    reason: inspected.reason,
    writers: writersOf(map as Y.Map<unknown>, id, raw),
    ...(createdBy ? { createdBy } : {}),
  };
}

/** Every record of every collection that cannot be read. Validates all records: use once. */
export function listQuarantined(doc: Y.Doc): QuarantinedRecord[] {
  const found: QuarantinedRecord[] = [];
  for (const name of COLLECTIONS) {
    for (const id of collection(doc, name).keys()) {
      const entry = inspectStored(doc, name, id);
      if (entry) found.push(entry);
    }
  }
  return found;
}

/** How much of a quarantined value an export keeps: enough to see what it is, never all of it. */
export interface ExportBounds {
  depth: number;
  values: number;
  chars: number;
}

export const EXPORT_BOUNDS: ExportBounds = { depth: 32, values: 5_000, chars: 1_000_000 };

/**
 * A JSON-safe copy that cuts instead of failing: deeper levels, extra items and long strings are
 * replaced by a note saying what was cut. Recursion stops at `depth`, so it cannot overflow.
 */
export function truncatedCopy(value: unknown, bounds: ExportBounds = EXPORT_BOUNDS): unknown {
  let values = 0;
  let chars = 0;
  const text = (item: string) => {
    const room = Math.max(0, bounds.chars - chars);
    chars += Math.min(item.length, room);
    return item.length > room
      ? `${item.slice(0, room)}…(${item.length - room} characters cut)`
      : item;
  };
  const visit = (item: unknown, depth: number): unknown => {
    values++;
    if (typeof item === 'string') return text(item);
    if (typeof item === 'number') return Number.isFinite(item) ? item : String(item);
    if (typeof item === 'bigint') return String(item);
    if (item === undefined) return null;
    if (item === null || typeof item !== 'object') return item;
    if (item instanceof Uint8Array) return { bytes: item.length };
    if (item instanceof Y.Text) return text(item.toString());
    if (depth >= bounds.depth) return `…(nested deeper than ${bounds.depth} levels, cut)`;
    const entries: [string, unknown][] | null =
      item instanceof Y.Map
        ? [...item.entries()]
        : item instanceof Y.AbstractType || Array.isArray(item) || item instanceof Y.Array
          ? null
          : Object.keys(item).map((key) => [key, (item as Record<string, unknown>)[key]]);
    if (entries) {
      const copy: Record<string, unknown> = Object.create(null);
      for (const [key, child] of entries) {
        if (values >= bounds.values) {
          copy['…'] = 'more fields cut';
          break;
        }
        copy[text(key)] = visit(child, depth + 1);
      }
      return copy;
    }
    if (item instanceof Y.Array || Array.isArray(item)) {
      const list: unknown[] = item instanceof Y.Array ? item.toArray() : item;
      const copy: unknown[] = [];
      for (const child of list) {
        if (values >= bounds.values) {
          copy.push(`…(${list.length - copy.length} more items cut)`);
          break;
        }
        copy.push(visit(child, depth + 1));
      }
      return copy;
    }
    return '(a kind of shared value Bridgework does not use)';
  };
  return visit(value, 0);
}

/**
 * Quarantined records as a JSON file's text: what was wrong, who wrote it, and the stored value
 * (cut where it is too deep or too large to carry whole). The problem stays in English with its
 * code beside it: the file is a technical one, passed on to whoever investigates, and one fixed
 * language (and a code to search for) serves that reader better than the exporter's language.
 */
export function quarantineJson(
  /** The doc holding them, or each one's (a split workspace's log is in its year docs). */
  doc: Y.Doc | ((record: QuarantinedRecord) => Y.Doc),
  records: readonly QuarantinedRecord[],
): string {
  const docOf = (record: QuarantinedRecord) => (doc instanceof Y.Doc ? doc : doc(record));
  const entries = records.map((record) => ({
    collection: record.collection,
    id: record.id,
    problem: record.problem,
    code: record.reason.code,
    writers: record.writers,
    ...(record.createdBy ? { createdBy: record.createdBy } : {}),
    value: truncatedCopy(collection(docOf(record), record.collection).get(record.id)),
  }));
  return `${JSON.stringify({ format: 'bridgework-quarantine', version: 1, records: entries }, null, 2)}\n`;
}

/** Levels of nested shared values deleted per transaction (see `deleteQuarantined`). */
const LEVELS_PER_DELETE = 400;

/** Every shared value nested in `root`, with its depth, found without recursion. */
function nestedTypes(root: Y.AbstractType<unknown>): { item: Y.Item; depth: number }[] {
  const found: { item: Y.Item; depth: number }[] = [];
  const stack: [Y.AbstractType<unknown>, number][] = [[root, 0]];
  while (stack.length) {
    const [type, depth] = stack.pop()!;
    const children: Y.Item[] = [...type._map.values()];
    for (let item = type._start; item; item = item.right) children.push(item);
    for (const item of children) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
      found.push({ item, depth: depth + 1 });
      stack.push([item.content.type, depth + 1]);
    }
  }
  return found;
}

/**
 * Removes a quarantined record as a local edit (so Undo brings it back). A record that reads
 * fine by now (a peer fixed it) is kept: returns false.
 *
 * Yjs deletes (and garbage-collects) nested shared values recursively, on this device and on
 * every peer that applies the deletion, so removing a record nested 10,000 maps deep in one go
 * overflows the stack everywhere. Such a record is taken apart from the deepest level up, a few
 * hundred levels per transaction, so no deletion recurses further than that. A record of
 * ordinary depth goes in one transaction.
 */
export function deleteQuarantined(doc: Y.Doc, name: CollectionName, id: string): boolean {
  if (!inspectStored(doc, name, id)) return false;
  const raw: unknown = collection(doc, name).get(id);
  if (raw instanceof Y.AbstractType) {
    const nested = nestedTypes(raw);
    const deepest = nested.reduce((max, { depth }) => Math.max(max, depth), 0);
    for (let floor = deepest - LEVELS_PER_DELETE; floor > 0; floor -= LEVELS_PER_DELETE) {
      doc.transact((transaction) => {
        for (const { item, depth } of nested)
          if (depth > floor && !item.deleted) item.delete(transaction);
      }, LOCAL_ORIGIN);
    }
  }
  transactLocal(doc, () => collection(doc, name).delete(id));
  return true;
}
