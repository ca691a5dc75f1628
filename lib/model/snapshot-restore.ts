import * as Y from 'yjs';
import { boundedCopy } from './bounded';
import { collection, COLLECTIONS, transactLocal, type CollectionName, type RecordMap } from './doc';
import { textDiff } from './goal';

/**
 * Bringing a snapshot (or a backup file) back into a live, shared workspace.
 *
 * A restore is never a rollback of the document: replacing the doc, or a record's map, would
 * drop every peer's concurrent edit and, on the next sync, the peers' copies would simply bring
 * the newer state back (or, worse, keep both halves). Instead a restore is a set of NEW local
 * edits, made in one transaction with the local origin, that every peer merges like any other
 * edit, and that Undo takes back as one step:
 *
 * - a record the snapshot holds but the doc no longer has (a hard deletion by a peer) is
 *   re-inserted under the same id, as a new map with the snapshot's fields;
 * - a record that is soft-deleted now (`deletedAt` set) has its deletion marks cleared;
 * - a field whose value differs from the snapshot's is set to the snapshot's value, in place in
 *   the existing map; a `Y.Text` field is changed with one minimal edit (common start and end
 *   kept), so a peer typing elsewhere in the same text keeps their characters;
 * - fields the snapshot's record does not have are left alone (they were added later and the
 *   snapshot says nothing about them), and `updatedAt` becomes the time of the restore;
 * - records created after the snapshot are kept as they are: a restore never deletes anything;
 * - records that were already soft-deleted in the snapshot are not brought back;
 * - the `meta` map (name, schema version, migrations) is not touched: an old schema version
 *   would re-run or skip migrations.
 *
 * Concurrency: a peer's edit made at the same time to another field, another record or another
 * part of a text survives, because the restore only writes the fields it changes. When a peer
 * sets the same field concurrently, Yjs picks one winner on every peer alike (convergence holds;
 * which value wins is up to Yjs's client-id order). A peer who deletes a record concurrently
 * with its re-insertion loses: the re-inserted map is a new one the peer's deletion did not see.
 *
 * The snapshot is our own data, but it may hold a hostile peer's record: every record is copied
 * with `boundedCopy` and records whose id is not one Bridgework makes, or that are out of
 * bounds, are skipped and counted.
 */

export interface RestoreSummary {
  /** Records missing from the doc, inserted again. */
  reinserted: number;
  /** Soft-deleted records whose deletion marks were cleared. */
  undeleted: number;
  /** Live records with fields set back to the snapshot's values. */
  updated: number;
  /** Records in the snapshot that could not be read safely and were left out. */
  skipped: number;
}

/** `error` in English for logs and tests; `code` for the interface (`settings.snapshots.error.*`). */
export type RestoreResult =
  { ok: true; summary: RestoreSummary } | { ok: false; error: string; code: 'unreadable' };

/** Same rule as the model's record ids (a UUID or a fixed board-column id). */
const RECORD_ID = /^[A-Za-z0-9_-]{1,100}$/;
const DELETION_MARKS = ['deletedAt', 'deletedBy', 'deletedWith'] as const;

const isDeletionMark = (key: string) => (DELETION_MARKS as readonly string[]).includes(key);

/** Deleted the way the schemas read it: a valid `deletedAt` timestamp. */
const isDeletionTime = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A snapshot record's fields as plain values, `Y.Text` fields as strings marked as text. */
interface SnapshotRecord {
  fields: Map<string, unknown>;
  texts: Set<string>;
}

/**
 * `boundedCopy` hands out prototype-free objects (safe to read), which Yjs refuses to store;
 * rebuild them as ordinary objects. A `__proto__` key is dropped: no field of ours has one, and
 * writing it would hand every peer's decoder the prototype trick `boundedCopy` guards against.
 */
function storable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(storable);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key !== '__proto__') copy[key] = storable((value as Record<string, unknown>)[key]);
  }
  return copy;
}

function readSnapshotRecord(id: string, raw: unknown): SnapshotRecord | null {
  if (!RECORD_ID.test(id) || !(raw instanceof Y.Map)) return null;
  const copy = boundedCopy(raw);
  if (!copy.ok) return null;
  const plain = copy.value as Record<string, unknown>;
  const fields = new Map<string, unknown>();
  const texts = new Set<string>();
  for (const [key, value] of (raw as Y.Map<unknown>).entries()) {
    if (key === '__proto__') continue;
    fields.set(key, storable(plain[key]));
    if (value instanceof Y.Text) texts.add(key);
  }
  return { fields, texts };
}

/**
 * Loads an update into a throwaway doc; null when it does not decode whole or apply. Unlike a
 * peer's update into the live doc (`applyRemoteUpdate`), a very deep value does not refuse the
 * whole snapshot: the throwaway doc has no update listeners to overflow, and the record holding
 * it is skipped when copied (`boundedCopy`), so every other record can still come back.
 */
export function decodeUpdate(update: Uint8Array): Y.Doc | null {
  const temp = new Y.Doc();
  try {
    // Decoding everything first: applyUpdate alone would integrate what it read before bad bytes.
    Y.decodeUpdate(update);
    Y.applyUpdate(temp, update);
    return temp;
  } catch {
    temp.destroy();
    return null;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = boundedCopy(a);
  const right = boundedCopy(b);
  if (!left.ok || !right.ok) return false;
  try {
    return JSON.stringify(left.value) === JSON.stringify(right.value);
  } catch {
    return false;
  }
}

function setText(record: RecordMap, key: string, value: unknown): boolean {
  const target = typeof value === 'string' ? value : '';
  const current = record.get(key);
  if (current instanceof Y.Text) {
    const before = current.toString();
    if (before === target) return false;
    const diff = textDiff(before, target);
    if (diff.remove > 0) current.delete(diff.index, diff.remove);
    if (diff.insert) current.insert(diff.index, diff.insert);
    return true;
  }
  record.set(key, new Y.Text(target));
  return true;
}

function newRecordFrom(snapshot: SnapshotRecord, now: number): RecordMap {
  const record: RecordMap = new Y.Map();
  for (const [key, value] of snapshot.fields) {
    if (isDeletionMark(key)) continue;
    if (snapshot.texts.has(key))
      record.set(key, new Y.Text(typeof value === 'string' ? value : ''));
    else if (value !== undefined) record.set(key, value);
  }
  if (snapshot.fields.has('updatedAt')) record.set('updatedAt', now);
  return record;
}

function restoreFields(record: RecordMap, snapshot: SnapshotRecord): boolean {
  let changed = false;
  for (const [key, value] of snapshot.fields) {
    if (key === 'updatedAt' || isDeletionMark(key)) continue;
    if (snapshot.texts.has(key)) changed = setText(record, key, value) || changed;
    else if (value !== undefined && !sameValue(record.get(key), value)) {
      record.set(key, value);
      changed = true;
    }
  }
  return changed;
}

function restoreCollection(
  doc: Y.Doc,
  source: Y.Doc,
  name: CollectionName,
  summary: RestoreSummary,
  now: number,
) {
  let records: Y.Map<unknown>;
  try {
    records = source.getMap(name);
  } catch {
    // A peer defined this name as another kind of shared type: nothing readable in it.
    return;
  }
  const target = collection(doc, name);
  for (const [id, raw] of records.entries()) {
    const snapshot = readSnapshotRecord(id, raw);
    if (!snapshot) {
      summary.skipped++;
      continue;
    }
    if (isDeletionTime(snapshot.fields.get('deletedAt'))) continue;
    const current = target.get(id);
    if (!(current instanceof Y.Map)) {
      target.set(id, newRecordFrom(snapshot, now));
      summary.reinserted++;
      continue;
    }
    let undeleted = false;
    for (const mark of DELETION_MARKS) {
      if (current.has(mark)) {
        current.delete(mark);
        undeleted = true;
      }
    }
    const changed = restoreFields(current, snapshot);
    if (undeleted) summary.undeleted++;
    else if (changed) summary.updated++;
    if ((undeleted || changed) && (current.has('updatedAt') || snapshot.fields.has('updatedAt')))
      current.set('updatedAt', now);
  }
}

/**
 * Merges a snapshot's records into the doc as new local edits (rules at the top of this file),
 * in one transaction: one Undo step, one update for the peers.
 */
export function restoreSnapshot(doc: Y.Doc, update: Uint8Array, now = Date.now()): RestoreResult {
  const source = decodeUpdate(update);
  if (!source) return { ok: false, error: 'The snapshot could not be read.', code: 'unreadable' };
  try {
    const summary: RestoreSummary = { reinserted: 0, undeleted: 0, updated: 0, skipped: 0 };
    transactLocal(doc, () => {
      for (const name of COLLECTIONS) restoreCollection(doc, source, name, summary, now);
    });
    return { ok: true, summary };
  } finally {
    source.destroy();
  }
}
