import * as Y from 'yjs';
import type { z } from 'zod';
import { boundedCopy, safeStringify } from './bounded';
import { isRecordId } from './fields';
import { problemText, type RecordProblem } from './problem';
import { collection, transactLocal, type CollectionName, type RecordMap } from './doc';

/** A list read from the doc: valid records plus how many were skipped. */
export interface ReadResult<T> {
  items: T[];
  invalid: number;
}

/** A record read from the doc: the validated value, or what is wrong with it. */
export type Inspected<T> =
  { ok: true; record: T } | { ok: false; problem: string; reason: RecordProblem };

function failed(reason: RecordProblem): { ok: false; problem: string; reason: RecordProblem } {
  return { ok: false, problem: problemText(reason), reason };
}

/**
 * Validates one raw record without ever throwing: an id this build does not make, out-of-bounds
 * values (too deep, too large) and schema failures come back as a problem: a code the interface
 * words (`reason`) and its English text. A schema failure names the field but not zod's own
 * English message, which no one using the panel could act on.
 */
export function inspectRecord<S extends z.ZodType>(
  schema: S,
  id: string,
  raw: unknown,
): Inspected<z.output<S> & { id: string }> {
  if (!isRecordId(id)) return failed({ code: 'badId' });
  if (!(raw instanceof Y.Map)) return failed({ code: 'notARecord' });
  const copy = boundedCopy(raw);
  if (!copy.ok) return copy;
  const parsed = schema.safeParse(copy.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failed(
      issue?.path.length
        ? { code: 'invalidField', values: { field: issue.path.join('.') } }
        : { code: 'invalidRecord' },
    );
  }
  return { ok: true, record: { ...(parsed.data as object), id } as z.output<S> & { id: string } };
}

/** Validates one raw record; returns null when the record is unusable. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  id: string,
  raw: unknown,
): (z.output<S> & { id: string }) | null {
  const inspected = inspectRecord(schema, id, raw);
  return inspected.ok ? inspected.record : null;
}

export function readOne<S extends z.ZodType>(
  doc: Y.Doc,
  name: CollectionName,
  schema: S,
  id: string,
): (z.output<S> & { id: string }) | null {
  return parseRecord(schema, id, collection(doc, name).get(id));
}

export function readAll<S extends z.ZodType>(
  doc: Y.Doc,
  name: CollectionName,
  schema: S,
): ReadResult<z.output<S> & { id: string }> {
  const items: (z.output<S> & { id: string })[] = [];
  let invalid = 0;
  collection(doc, name).forEach((raw, id) => {
    const record = parseRecord(schema, id, raw);
    if (record) items.push(record);
    else invalid++;
  });
  return { items, invalid };
}

/** Creates a record as a Y.Map, one entry per defined field. */
export function insertRecord(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
  fields: Record<string, unknown>,
): RecordMap {
  const record: RecordMap = new Y.Map();
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) record.set(key, value);
  }
  collection(doc, name).set(id, record);
  return record;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A peer's value may be too deep to stringify: then it is simply not the same.
  const before = safeStringify(a);
  return before !== undefined && before === safeStringify(b);
}

/**
 * Updates fields in place (never replaces the record map), so a peer's
 * concurrent edit of another field survives. `undefined` removes a field;
 * unchanged values are not rewritten, keeping updates small.
 */
export function patchRecord(record: RecordMap, patch: Record<string, unknown>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      if (record.has(key)) {
        record.delete(key);
        changed = true;
      }
    } else if (!sameValue(record.get(key), value)) {
      record.set(key, value);
      changed = true;
    }
  }
  return changed;
}

export function getRecordMap(doc: Y.Doc, name: CollectionName, id: string): RecordMap | undefined {
  const raw = collection(doc, name).get(id);
  return raw instanceof Y.Map ? raw : undefined;
}

/**
 * Patches an existing record in one local transaction and stamps `updatedAt`
 * when anything changed. `missing` is what the user reads when a peer has
 * deleted the record meanwhile.
 */
export function updateRecord(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
  patch: Record<string, unknown>,
  now: number,
  missing: string,
) {
  transactLocal(doc, () => {
    const record = getRecordMap(doc, name, id);
    if (!record) throw new Error(missing);
    if (patchRecord(record, patch)) record.set('updatedAt', now);
  });
}

/**
 * Ids of the records a batch of `observeDeep` events on a collection touched: keys set or
 * removed on the collection itself, and the record under which a nested change happened.
 */
export function touchedRecordIds(
  collectionMap: object,
  events: readonly {
    target: unknown;
    changes: { keys: Map<string, unknown> };
    path: readonly (string | number)[];
  }[],
): Set<string> {
  const touched = new Set<string>();
  for (const event of events) {
    if (event.target === collectionMap) {
      for (const key of event.changes.keys.keys()) touched.add(key);
    } else if (typeof event.path[0] === 'string') {
      touched.add(event.path[0]);
    }
  }
  return touched;
}

/**
 * Calls back, after each transaction that touched records of `doc`'s collection `name`, with
 * their ids (`touchedRecordIds`). Returns the unsubscribe.
 */
export function observeTouchedRecords(
  doc: Y.Doc,
  name: CollectionName,
  onTouched: (ids: ReadonlySet<string>) => void,
): () => void {
  const map = collection(doc, name);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const touched = touchedRecordIds(map, events);
    if (touched.size) onTouched(touched);
  };
  map.observeDeep(observer);
  return () => map.unobserveDeep(observer);
}
