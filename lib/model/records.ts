import * as Y from 'yjs';
import type { z } from 'zod';
import { collection, transactLocal, type CollectionName, type RecordMap } from './doc';

/** A list read from the doc: valid records plus how many were skipped. */
export interface ReadResult<T> {
  items: T[];
  invalid: number;
}

/**
 * A plain copy holding own fields only. `Y.Map.toJSON()` and Yjs's decoder
 * assign keys with `obj[key] = value`, so a peer's `__proto__` key would
 * become the copy's prototype and smuggle in fields; here it stays an
 * ordinary (ignored) key.
 */
function ownFields(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const copy: Record<string, unknown> = Object.create(null);
    for (const [key, item] of value.entries()) copy[key] = ownFields(item);
    return copy;
  }
  if (value instanceof Y.Array) return value.toArray().map(ownFields);
  if (value instanceof Y.AbstractType) return value.toJSON();
  if (Array.isArray(value)) return value.map(ownFields);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value))
    copy[key] = ownFields((value as Record<string, unknown>)[key]);
  return copy;
}

/** Validates one raw record; returns null when the record is unusable. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  id: string,
  raw: unknown,
): (z.output<S> & { id: string }) | null {
  if (!(raw instanceof Y.Map)) return null;
  const parsed = schema.safeParse(ownFields(raw));
  return parsed.success
    ? ({ ...(parsed.data as object), id } as z.output<S> & { id: string })
    : null;
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
  return JSON.stringify(a) === JSON.stringify(b);
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
