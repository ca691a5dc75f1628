import * as Y from 'yjs';
import { collection, COLLECTIONS, type CollectionName } from '../model/doc';
import { isYear } from '../model/history-years';
import { isMovedRaw } from '../model/moved-entry';

/**
 * Automatic local snapshots of a workspace: the whole doc as one Yjs update (with, for a workspace
 * whose history is split per school year, the updates of the years it has loaded), kept in its own
 * IndexedDB database so a workspace database that fails or is wiped by a peer's edits does not
 * take its snapshots with it. Taking one never throws: a snapshot is a safety net, and a full
 * or failing disk must not stop the action it guards (import, restore, rotate …).
 *
 * Pruning (see `snapshotsToKeep`, run after every new snapshot, per workspace):
 * 1. the newest snapshot is always kept, whatever its size;
 * 2. every snapshot of the last 7 days is a candidate, and so is the newest snapshot of each
 *    older week (weeks counted back from now) for 26 weeks;
 * 3. candidates are kept newest first while their total size stays within the budget
 *    (64 MiB per workspace); the first that does not fit and everything older is deleted.
 */

export type SnapshotReason =
  'daily' | 'manual' | 'import' | 'restore' | 'migration' | 'leave' | 'rotate' | 'bulk-deletion';

export interface SnapshotInfo {
  id: string;
  workspaceId: string;
  /** When it was taken (ms since epoch). */
  at: number;
  reason: SnapshotReason;
  /** Size of the stored update. */
  bytes: number;
  /**
   * Live records per collection: entries that are records and not soft-deleted. Counted from
   * the keys without validating each record, so taking a snapshot of a district-size doc stays
   * cheap; a peer's malformed record is counted here although lists skip it.
   */
  counts: Record<CollectionName, number>;
}

export const SNAPSHOT_DATABASE = 'bridgework-snapshots';
const INFO_STORE = 'info';
const UPDATE_STORE = 'updates';
const BY_WORKSPACE = 'workspaceId';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

export interface RetentionRule {
  /** Every snapshot younger than this is a candidate. */
  recentMs: number;
  /** Beyond that, the newest snapshot of each week, for this many weeks. */
  weeklyFor: number;
  /** Total bytes kept per workspace (the newest snapshot is kept even beyond it). */
  budgetBytes: number;
}

export const RETENTION: RetentionRule = {
  recentMs: 7 * DAY,
  weeklyFor: 26,
  budgetBytes: 64 * 1024 * 1024,
};

/** Snapshots older than this make the panel take a new 'daily' one. */
export const DAILY_INTERVAL_MS = DAY;

/** Opening or writing that takes longer than this is treated as a failure (a stuck disk). */
const STORAGE_TIMEOUT_MS = 15_000;

/** Pure: the ids to keep out of one workspace's snapshots (rule in the file comment). */
export function snapshotsToKeep(
  snapshots: readonly Pick<SnapshotInfo, 'id' | 'at' | 'bytes'>[],
  now: number,
  rule: RetentionRule = RETENTION,
): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.at - a.at);
  const keep = new Set<string>();
  const weeksSeen = new Set<number>();
  let total = 0;
  for (const [index, snapshot] of newestFirst.entries()) {
    const age = Math.max(0, now - snapshot.at);
    let candidate = age < rule.recentMs;
    if (!candidate) {
      const week = Math.floor(age / WEEK);
      candidate = week < rule.weeklyFor && !weeksSeen.has(week);
      weeksSeen.add(week);
    }
    if (!candidate) continue;
    if (index > 0 && total + snapshot.bytes > rule.budgetBytes) break;
    total += snapshot.bytes;
    keep.add(snapshot.id);
  }
  return keep;
}

/** Deleted the way the schemas read it: a valid `deletedAt` timestamp. */
const isDeletionTime = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Live (not soft-deleted) records per collection, counted without validation; with `years`
 * (a split workspace's year docs), theirs too, and the workspace doc's originals moved to them
 * not again.
 */
export function countLiveRecords(
  doc: Y.Doc,
  years: readonly Y.Doc[] = [],
): Record<CollectionName, number> {
  const counts = {} as Record<CollectionName, number>;
  for (const name of COLLECTIONS) {
    let count = 0;
    try {
      for (const counted of [doc, ...years])
        collection(counted, name).forEach((raw) => {
          if (!(raw instanceof Y.Map) || isDeletionTime(raw.get('deletedAt'))) return;
          if (counted === doc && years.length && isMovedRaw(raw)) return;
          count++;
        });
    } catch {
      // The name is held by another kind of shared type: nothing countable, still snapshot it.
    }
    counts[name] = count;
  }
  return counts;
}

/* ---- IndexedDB plumbing ---- */

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${STORAGE_TIMEOUT_MS / 1000} s`)),
      STORAGE_TIMEOUT_MS,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return withTimeout(
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(SNAPSHOT_DATABASE, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        const info = db.createObjectStore(INFO_STORE, { keyPath: 'id' });
        info.createIndex(BY_WORKSPACE, 'workspaceId');
        db.createObjectStore(UPDATE_STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // "Delete everything" must not wait for us: let go when someone deletes the database.
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('could not open snapshots'));
      request.onblocked = () => reject(new Error('the snapshot database is blocked'));
    }),
    'Opening the snapshots',
  );
}

async function withDatabase<T>(use: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await withTimeout(use(db), 'Reading or writing snapshots');
  } finally {
    db.close();
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('snapshot storage failed'));
  });
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('snapshot storage failed'));
    tx.onabort = () => reject(tx.error ?? new Error('snapshot storage was aborted'));
  });
}

const REASONS: readonly SnapshotReason[] = [
  'daily',
  'manual',
  'import',
  'restore',
  'migration',
  'leave',
  'rotate',
  'bulk-deletion',
];

/** Stored rows are ours, but the disk can hand back anything: keep only well-formed infos. */
function asInfo(row: unknown): SnapshotInfo | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.workspaceId !== 'string') return null;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  if (typeof r.bytes !== 'number' || !Number.isFinite(r.bytes)) return null;
  if (!REASONS.includes(r.reason as SnapshotReason)) return null;
  const counts = {} as Record<CollectionName, number>;
  const storedCounts = (typeof r.counts === 'object' && r.counts) || {};
  for (const name of COLLECTIONS) {
    const value = (storedCounts as Record<string, unknown>)[name];
    counts[name] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    at: r.at,
    reason: r.reason as SnapshotReason,
    bytes: r.bytes,
    counts,
  };
}

async function infosOf(db: IDBDatabase, workspaceId: string): Promise<SnapshotInfo[]> {
  const tx = db.transaction(INFO_STORE, 'readonly');
  const rows = await request(tx.objectStore(INFO_STORE).index(BY_WORKSPACE).getAll(workspaceId));
  return rows.map(asInfo).filter((info): info is SnapshotInfo => info !== null);
}

async function deleteIds(db: IDBDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction([INFO_STORE, UPDATE_STORE], 'readwrite');
  for (const id of ids) {
    tx.objectStore(INFO_STORE).delete(id);
    tx.objectStore(UPDATE_STORE).delete(id);
  }
  await completion(tx);
}

/* ---- Public API ---- */

/** A school year's doc of a split workspace (lib/model/history-years.ts), kept with a snapshot. */
export interface SnapshotYear {
  year: number;
  doc: Y.Doc;
}

/** A snapshot as stored: the workspace doc's update, and each year's kept with it. */
export interface StoredSnapshot {
  update: Uint8Array;
  years: { year: number; update: Uint8Array }[];
}

/**
 * Stores the whole doc as a snapshot, with the year docs given (a split workspace's history:
 * the years loaded, which always include this school year's), and prunes old ones. Never
 * throws: on a storage failure it warns and resolves null, so the action it guards goes ahead.
 */
export async function takeSnapshot(
  workspaceId: string,
  doc: Y.Doc,
  reason: SnapshotReason,
  now = Date.now(),
  years: readonly SnapshotYear[] = [],
): Promise<SnapshotInfo | null> {
  try {
    const update = Y.encodeStateAsUpdate(doc);
    const yearUpdates = years.map(({ year, doc: yearDoc }) => ({
      year,
      update: Y.encodeStateAsUpdate(yearDoc),
    }));
    const info: SnapshotInfo = {
      id: crypto.randomUUID(),
      workspaceId,
      at: now,
      reason,
      bytes: yearUpdates.reduce((sum, y) => sum + y.update.byteLength, update.byteLength),
      counts: countLiveRecords(
        doc,
        years.map((y) => y.doc),
      ),
    };
    // Without years, stored as before (a bare update), so older versions read it too.
    const stored = yearUpdates.length ? { main: update, years: yearUpdates } : update;
    return await withDatabase(async (db) => {
      const tx = db.transaction([INFO_STORE, UPDATE_STORE], 'readwrite');
      tx.objectStore(INFO_STORE).put(info);
      tx.objectStore(UPDATE_STORE).put(stored, info.id);
      await completion(tx);
      const all = await infosOf(db, workspaceId);
      const keep = snapshotsToKeep(all, now);
      await deleteIds(
        db,
        all.filter((s) => !keep.has(s.id)).map((s) => s.id),
      );
      return info;
    });
  } catch (error) {
    console.warn(`Bridgework: could not take a ${reason} snapshot`, error);
    return null;
  }
}

/** One workspace's snapshots, newest first. Rejects when storage fails (the view says so). */
export async function listSnapshots(workspaceId: string): Promise<SnapshotInfo[]> {
  const infos = await withDatabase((db) => infosOf(db, workspaceId));
  return infos.sort((a, b) => b.at - a.at);
}

/** The stored update of one snapshot, or null when it is gone. */
export async function readSnapshotUpdate(id: string): Promise<Uint8Array | null> {
  return (await readSnapshot(id))?.update ?? null;
}

/** One snapshot's stored updates (the workspace doc's and its years'), or null when gone or not readable. */
export async function readSnapshot(id: string): Promise<StoredSnapshot | null> {
  return withDatabase(async (db) => {
    const tx = db.transaction(UPDATE_STORE, 'readonly');
    return asStoredSnapshot(await request(tx.objectStore(UPDATE_STORE).get(id)));
  });
}

/** A bare update (no years, or an older version's), or `{main, years}`; anything else is null. */
function asStoredSnapshot(value: unknown): StoredSnapshot | null {
  if (value instanceof Uint8Array) return { update: value, years: [] };
  if (typeof value !== 'object' || value === null) return null;
  const { main, years } = value as { main?: unknown; years?: unknown };
  if (!(main instanceof Uint8Array) || !Array.isArray(years)) return null;
  const read: StoredSnapshot['years'] = [];
  for (const entry of years as unknown[]) {
    const { year, update } = (entry ?? {}) as { year?: unknown; update?: unknown };
    if (!isYear(year) || !(update instanceof Uint8Array)) return null;
    read.push({ year, update });
  }
  return { update: main, years: read };
}

/** Takes a 'daily' snapshot when the newest is older than a day (or there is none). */
export async function takeDailySnapshotIfDue(
  workspaceId: string,
  doc: Y.Doc,
  now = Date.now(),
  years: readonly SnapshotYear[] = [],
): Promise<SnapshotInfo | null> {
  try {
    const [newest] = await listSnapshots(workspaceId);
    if (newest && now - newest.at < DAILY_INTERVAL_MS) return null;
  } catch (error) {
    console.warn('Bridgework: could not read snapshots', error);
    return null;
  }
  return takeSnapshot(workspaceId, doc, 'daily', now, years);
}

/** Removes every snapshot of a workspace (e.g. after "Delete from this device"). */
export async function deleteSnapshotsOf(workspaceId: string): Promise<void> {
  await withDatabase(async (db) => {
    const infos = await infosOf(db, workspaceId);
    await deleteIds(
      db,
      infos.map((s) => s.id),
    );
  });
}
