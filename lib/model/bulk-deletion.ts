import * as Y from 'yjs';
import { boundedCopy, RECORD_BOUNDS } from './bounded';
import { isDeletedRaw } from './deletion';
import { collection, COLLECTIONS, LOCAL_ORIGIN, transactLocal, type CollectionName } from './doc';
import { isYear, isYearlyCollection } from './history-years';
import { MOVED_KEY } from './moved-entry';
import { recordKind } from './record-kinds';

/**
 * Bulk deletions by a peer, noticed as they arrive and undone in one step.
 *
 * Detection. Deleting every record is a few bytes from any peer, and an old or hostile client can
 * still remove record maps outright instead of marking them. After each transaction that did not
 * come from this device's user (origin not LOCAL_ORIGIN, not our own Undo), we count the records
 * it deleted: soft deletes (a live record whose `deletedAt` was set) and hard deletes (a record
 * key whose map was removed). More than `threshold` is a bulk deletion. For a hard delete we copy
 * the record's contents at that moment: Yjs removes a deleted map's entries from view at once,
 * but keeps their content in the map's internal `_map` (and a text's item list) until it
 * garbage-collects the transaction's delete set, which happens after the `afterTransaction`
 * event we listen to. Only entries that were live before the transaction are copied (an entry
 * deleted in an earlier transaction was not part of the record), within the record bounds.
 *
 * Restore. Soft deletes: the marks are cleared, but only on records still carrying the
 * `deletedAt` this deletion wrote. Hard deletes: a new map with the same id and the copied fields
 * (validated with the collection's schema first) is inserted, but only where no record exists
 * under that id any more, so a restore never overwrites anything. Both happen in one local
 * transaction: Undo takes the restore back.
 *
 * Concurrency.
 * - Two peers restore at once. Soft: both delete the same `deletedAt` entry; deleting an entry
 *   twice is the same as once, the record is live everywhere. Hard: both insert a map under the
 *   same key; Yjs keeps one of the two maps on every peer (the same one everywhere) and drops
 *   the other. Both hold the same copied fields, so nothing visible is lost, except an edit made
 *   to the dropped copy before the two restores met.
 * - The deleter (or anyone) deletes again, concurrently with the restore. The restore only clears
 *   the marks it has seen; a concurrent soft delete writes a new `deletedAt` entry the restore
 *   never saw, so the record ends deleted, on every peer. A restore followed (causally) by a
 *   delete also ends deleted. So: a record ends live if and only if no deletion of it was made
 *   without knowledge of the last restore.
 * - The deleter edits a record concurrently. Soft-deleted records keep their map, so every edit
 *   merges as usual. A hard-deleted record's edits made after the deletion go to the removed map
 *   and are lost on every peer: the restored copy holds the fields as they were when this device
 *   saw the deletion.
 * - The deleter hard-deletes again after a hard-delete restore: that is a new bulk deletion with
 *   the new map's contents, flagged again.
 */

export const BULK_DELETION_THRESHOLD = 20;

/** What a deleted record held: plain values and shared types rebuilt as such on restore. */
export type Captured =
  | { kind: 'value'; value: unknown }
  | { kind: 'map'; entries: [string, Captured][] }
  | { kind: 'text'; text: string }
  | { kind: 'array'; items: Captured[] };

export interface SoftDeleted {
  collection: CollectionName;
  id: string;
  deletedAt: number;
}

export interface HardDeleted {
  collection: CollectionName;
  id: string;
  /** The record's fields before the deletion; null when they could not be kept (too large, invalid). */
  fields: Captured | null;
  /** The record's name or title, when it could be read. */
  title: string | undefined;
}

export interface BulkDeletion {
  /** Unique within this device's session. */
  key: string;
  /** When this device saw it. */
  seenAt: number;
  /** Who deleted, when the records say (soft deletes carry the deleter's name). */
  by: string | undefined;
  /** Records deleted per collection. */
  counts: Partial<Record<CollectionName, number>>;
  total: number;
  soft: SoftDeleted[];
  hard: HardDeleted[];
}

export interface RestoreOutcome {
  restored: number;
  /** Records deleted again, re-created meanwhile, or whose contents could not be kept. */
  skipped: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type a peer wrote
type AnyType = Y.AbstractType<any>;

let bulkKeys = 0;

/**
 * Calls `onBulk` after every transaction from a peer that deleted more than `threshold` records.
 * Returns the function that stops watching.
 */
export function watchBulkDeletions(
  doc: Y.Doc,
  onBulk: (bulk: BulkDeletion) => void,
  threshold = BULK_DELETION_THRESHOLD,
  clock: () => number = Date.now,
): () => void {
  const roots = new Map<AnyType, CollectionName>(
    COLLECTIONS.map((name) => [collection(doc, name) as AnyType, name]),
  );
  const listener = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL_ORIGIN || transaction.origin instanceof Y.UndoManager) return;
    const found = deletionsIn(transaction, roots);
    if (found.soft.length + found.hard.length <= threshold) return;
    onBulk(summarise(doc, found, clock()));
  };
  doc.on('afterTransaction', listener);
  return () => doc.off('afterTransaction', listener);
}

function existedBefore(transaction: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0);
}

/** Was this item live just before the transaction (deleted by it, or not deleted at all)? */
function liveBefore(transaction: Y.Transaction, item: Y.Item): boolean {
  return (
    existedBefore(transaction, item) &&
    (!item.deleted || Y.isDeleted(transaction.deleteSet, item.id))
  );
}

function deletionsIn(transaction: Y.Transaction, roots: Map<AnyType, CollectionName>) {
  const soft: SoftDeleted[] = [];
  const hard: HardDeleted[] = [];
  transaction.changed.forEach((keys, type) => {
    const root = roots.get(type);
    if (root !== undefined) {
      for (const id of keys) {
        if (id === null) continue;
        const item = (type as unknown as Y.Map<unknown>)._map.get(id);
        if (!item || !item.deleted || !liveBefore(transaction, item)) continue;
        if (!(item.content instanceof Y.ContentType)) continue;
        if (wasMarkedMoved(transaction, root, item.content.type)) continue;
        hard.push(captureHardDeleted(transaction, root, id, item.content.type));
      }
      return;
    }
    const owner = type._item;
    if (!keys.has('deletedAt') || !(type instanceof Y.Map) || !owner || owner.deleted) return;
    const name = roots.get(owner.parent as AnyType);
    if (name === undefined || typeof owner.parentSub !== 'string') return;
    if (!existedBefore(transaction, owner) || !isDeletedRaw(type)) return;
    // Deleted now; was it already deleted before? Look for the value the transaction replaced.
    let previous = type._map.get('deletedAt')?.left ?? null;
    while (previous && !existedBefore(transaction, previous)) previous = previous.left;
    if (previous && liveBefore(transaction, previous)) return;
    soft.push({
      collection: name,
      id: owner.parentSub,
      deletedAt: type.get('deletedAt') as number,
    });
  });
  return { soft, hard };
}

/**
 * A moved original being dropped (lib/model/history-split.ts): a yearly collection's record
 * that carried a move mark from an earlier transaction, whose copy lives in its school year's
 * doc. The migration drops thousands at once, after their grace; that is not a deletion to warn
 * about. The cost: a peer that marks records as moved in one edit and removes them in a later
 * one is not flagged here (readers still show the original until a year's copy is read).
 */
function wasMarkedMoved(transaction: Y.Transaction, name: CollectionName, type: AnyType): boolean {
  if (!isYearlyCollection(name) || !(type instanceof Y.Map)) return false;
  const mark = (type as Y.Map<unknown>)._map.get(MOVED_KEY);
  return (
    mark !== undefined &&
    existedBefore(transaction, mark) &&
    liveBefore(transaction, mark) &&
    isYear(mark.content.getContent()[0])
  );
}

function captureHardDeleted(
  transaction: Y.Transaction,
  name: CollectionName,
  id: string,
  type: AnyType,
): HardDeleted {
  const fields = capture(transaction, type);
  const checked = fields ? validate(name, fields) : null;
  return {
    collection: name,
    id,
    fields: checked ? fields : null,
    title: checked?.title || undefined,
  };
}

/** Reads a removed shared type's content as it was before the transaction; null if out of bounds. */
function capture(transaction: Y.Transaction, root: AnyType): Captured | null {
  let values = 0;
  const visitValue = (value: unknown, depth: number): Captured => {
    if (value instanceof Y.AbstractType) return visitType(value, depth);
    const copy = boundedCopy(value, { ...RECORD_BOUNDS, depth: RECORD_BOUNDS.depth - depth });
    if (!copy.ok) throw new RangeError(copy.problem);
    return { kind: 'value', value: copy.value };
  };
  const liveItems = function* (type: AnyType) {
    for (let item = type._start; item; item = item.right) {
      if (liveBefore(transaction, item) && item.content.isCountable()) yield item;
    }
  };
  const visitType = (type: AnyType, depth: number): Captured => {
    if (++values > RECORD_BOUNDS.values || depth >= RECORD_BOUNDS.depth)
      throw new RangeError('out of bounds');
    if (type instanceof Y.Map) {
      const entries: [string, Captured][] = [];
      for (const [key, item] of (type as Y.Map<unknown>)._map) {
        if (!liveBefore(transaction, item)) continue;
        const content = item.content.getContent();
        if (content.length) entries.push([key, visitValue(content[content.length - 1], depth + 1)]);
      }
      return { kind: 'map', entries };
    }
    if (type instanceof Y.Text) {
      let text = '';
      for (const item of liveItems(type)) {
        if (item.content instanceof Y.ContentString) text += item.content.str;
      }
      return { kind: 'text', text };
    }
    if (type instanceof Y.Array) {
      const items: Captured[] = [];
      for (const item of liveItems(type)) {
        for (const value of item.content.getContent()) items.push(visitValue(value, depth + 1));
      }
      return { kind: 'array', items };
    }
    throw new RangeError('a kind of shared value a record cannot hold');
  };
  try {
    return visitType(root, 0);
  } catch {
    return null;
  }
}

/** The plain value a captured field reads as (what a schema validates). */
export function capturedToPlain(captured: Captured): unknown {
  switch (captured.kind) {
    case 'value':
      return captured.value;
    case 'text':
      return captured.text;
    case 'array':
      return captured.items.map(capturedToPlain);
    case 'map': {
      const plain: Record<string, unknown> = Object.create(null);
      for (const [key, value] of captured.entries) plain[key] = capturedToPlain(value);
      return plain;
    }
  }
}

function capturedToY(captured: Captured): unknown {
  switch (captured.kind) {
    case 'value':
      return captured.value;
    case 'text':
      return new Y.Text(captured.text);
    case 'array':
      return Y.Array.from(captured.items.map(capturedToY) as never[]);
    case 'map': {
      const map = new Y.Map<unknown>();
      for (const [key, value] of captured.entries) map.set(key, capturedToY(value));
      return map;
    }
  }
}

/** Checks a captured record with its collection's schema; its title when valid. */
function validate(name: CollectionName, fields: Captured): { title: string } | null {
  if (fields.kind !== 'map') return null;
  const plain = capturedToPlain(fields);
  const kind = recordKind(name);
  if (!kind) return boundedCopy(plain).ok ? { title: '' } : null;
  try {
    const parsed = kind.schema.safeParse(plain);
    return parsed.success ? { title: kind.title(parsed.data as Record<string, unknown>) } : null;
  } catch {
    return null;
  }
}

function summarise(
  doc: Y.Doc,
  found: { soft: SoftDeleted[]; hard: HardDeleted[] },
  seenAt: number,
): BulkDeletion {
  const counts: Partial<Record<CollectionName, number>> = {};
  for (const { collection: name } of [...found.soft, ...found.hard])
    counts[name] = (counts[name] ?? 0) + 1;
  const names = new Map<string, number>();
  for (const { collection: name, id } of found.soft) {
    const by = collection(doc, name).get(id)?.get('deletedBy');
    if (typeof by === 'string' && by.trim())
      names.set(by.trim().slice(0, 100), (names.get(by.trim().slice(0, 100)) ?? 0) + 1);
  }
  const by = [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    key: `bulk-${++bulkKeys}`,
    seenAt,
    by,
    counts,
    total: found.soft.length + found.hard.length,
    soft: found.soft,
    hard: found.hard,
  };
}

/**
 * Brings back everything a bulk deletion removed, in one local transaction (one Undo step):
 * clears the marks it wrote, re-creates the records it removed where no record has that id.
 */
export function restoreBulkDeletion(doc: Y.Doc, bulk: BulkDeletion): RestoreOutcome {
  let restored = 0;
  let skipped = 0;
  transactLocal(doc, () => {
    for (const { collection: name, id, deletedAt } of bulk.soft) {
      const record = collection(doc, name).get(id);
      if (record instanceof Y.Map && record.get('deletedAt') === deletedAt) {
        for (const key of ['deletedAt', 'deletedBy', 'deletedWith']) record.delete(key);
        restored++;
      } else skipped++;
    }
    for (const { collection: name, id, fields } of bulk.hard) {
      const records = collection(doc, name);
      if (!fields || records.has(id)) {
        skipped++;
        continue;
      }
      records.set(id, capturedToY(fields) as Y.Map<unknown>);
      restored++;
    }
  });
  return { restored, skipped };
}

/** "25 partners and 40 people", biggest first. */
export function describeCounts(
  bulk: Pick<BulkDeletion, 'counts'>,
  countOf: (name: CollectionName, n: number) => string,
): string {
  const parts = (Object.entries(bulk.counts) as [CollectionName, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => countOf(name, count));
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
