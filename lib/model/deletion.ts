import * as Y from 'yjs';
import { z } from 'zod';
import { collection, transactLocal, type CollectionName, type RecordMap } from './doc';
import { optionalId, optionalLine, optionalTimestamp } from './fields';
import { patchRecord } from './records';

/**
 * Soft delete, the one way every collection deletes. Any peer can write anything, so a deletion
 * that removed the record's map would be final for everyone the moment it synced; marking it
 * instead keeps the record (a peer typing in it loses nothing), hides it everywhere, says who
 * deleted it and when, and lets anyone bring it back.
 *
 * A record deleted because its owner was (a partner's people) carries `deletedWith`: the owner's
 * id. Restoring the owner restores exactly those, never ones deleted earlier on their own.
 */

/** The deletion marks, to spread into a collection's schema. */
export const deletionFields = {
  deletedAt: optionalTimestamp,
  deletedBy: optionalLine(100),
  deletedWith: optionalId,
};

export interface DeletionMarks {
  deletedAt?: number | undefined;
  deletedBy?: string | undefined;
  deletedWith?: string | undefined;
}

/** Records of another collection that belong to a record and go (and come back) with it. */
export interface Dependents {
  collection: CollectionName;
  /** The field of a dependent record holding its owner's id, e.g. a person's `partnerId`. */
  field: string;
}

const deletedAtSchema = z.number().finite().nonnegative();

/** Is this raw record map soft-deleted? Reads one field, no schema run. */
export function isDeletedRaw(raw: unknown): boolean {
  return raw instanceof Y.Map && deletedAtSchema.safeParse(raw.get('deletedAt')).success;
}

/** Is this validated record soft-deleted? */
export const isSoftDeleted = (record: DeletionMarks): boolean => record.deletedAt !== undefined;

/** Records that lists, counts and pickers show. */
export function withoutDeleted<T extends DeletionMarks>(records: Iterable<T>): T[] {
  const live: T[] = [];
  for (const record of records) if (!isSoftDeleted(record)) live.push(record);
  return live;
}

/** Marks a record deleted (by whom, when, and with which owner), inside the caller's transaction. */
export function markDeleted(
  record: RecordMap,
  by: string | undefined,
  now: number,
  withId?: string,
) {
  patchRecord(record, {
    deletedAt: now,
    deletedBy: by?.trim().slice(0, 100) || undefined,
    deletedWith: withId,
  });
}

/** Clears a record's deletion marks, inside the caller's transaction. */
export const clearDeletionMarks = (record: RecordMap) =>
  patchRecord(record, { deletedAt: undefined, deletedBy: undefined, deletedWith: undefined });

/**
 * Soft-deletes a record and its live dependents in one local transaction (one Undo step).
 * Already-deleted records keep their original marks. Returns false when there is no such record.
 */
export function softDelete(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
  by: string | undefined,
  options: { now?: number; dependents?: readonly Dependents[] } = {},
): boolean {
  const now = options.now ?? Date.now();
  return transactLocal(doc, () => {
    const record = collection(doc, name).get(id);
    if (!(record instanceof Y.Map)) return false;
    if (isDeletedRaw(record)) return true;
    markDeleted(record, by, now);
    markDependents(doc, id, options.dependents ?? [], by, now);
    return true;
  });
}

/**
 * Soft-deletes the live dependents of an owner held in `doc` (which may be another doc than the
 * owner's: a partner's feedback in a school year's doc), inside the caller's transaction.
 */
export function markDependents(
  doc: Y.Doc,
  ownerId: string,
  dependents: readonly Dependents[],
  by: string | undefined,
  now: number,
) {
  for (const { collection: dependentName, field } of dependents) {
    collection(doc, dependentName).forEach((dependent) => {
      if (!(dependent instanceof Y.Map) || dependent.get(field) !== ownerId) return;
      if (!isDeletedRaw(dependent)) markDeleted(dependent, by, now, ownerId);
    });
  }
}

/** Restores the dependents in `doc` deleted with their owner, inside the caller's transaction. */
export function unmarkDependents(doc: Y.Doc, ownerId: string, dependents: readonly Dependents[]) {
  for (const { collection: dependentName, field } of dependents) {
    collection(doc, dependentName).forEach((dependent) => {
      if (!(dependent instanceof Y.Map)) return;
      if (dependent.get(field) === ownerId && dependent.get('deletedWith') === ownerId)
        clearDeletionMarks(dependent);
    });
  }
}

/**
 * Clears the marks of a record and of the dependents deleted with it, in one local transaction.
 * Anyone may restore anything. Returns false when there is no such record.
 */
export function restoreRecord(
  doc: Y.Doc,
  name: CollectionName,
  id: string,
  dependents: readonly Dependents[] = [],
): boolean {
  return transactLocal(doc, () => {
    const record = collection(doc, name).get(id);
    if (!(record instanceof Y.Map)) return false;
    clearDeletionMarks(record);
    unmarkDependents(doc, id, dependents);
    return true;
  });
}
