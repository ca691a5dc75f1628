import { signal, type ReadonlySignal } from '@preact/signals';
import * as Y from 'yjs';
import { yearDocId } from '../model/history-years';
import { migrate, pendingMigrations } from '../model/migrations';
import { inSlices, nextTask } from '../model/next-task';
import { afterPaint, getBeside, putBeside } from './beside-store';
import { encodeInSlices } from './doc-slices';
import { databaseNameFor } from './workspace-database';
import {
  defaultJournalStorage,
  EditJournal,
  forgetJournal,
  type JournalStorage,
} from './edit-journal';

/**
 * Each workspace is its own Y.Doc in its own IndexedDB database, in y-indexeddb's on-disk format
 * (store `updates`: one Yjs update per row, auto-increment keys; store `custom`: key-value), so
 * databases written by earlier versions open unchanged. We read and write that format ourselves
 * rather than through y-indexeddb because a failing disk must not hang or lose edits silently:
 * y-indexeddb applies every row in one go (one corrupt row and the workspace never opens), has no
 * timeout, and a failed write is an unhandled rejection. See docs/decisions.md.
 */
export { databaseNameFor };

const UPDATES = 'updates';
const CUSTOM = 'custom';
/** Rows set aside live in `custom` under this prefix: same database, no schema upgrade. */
const SET_ASIDE_PREFIX = 'set-aside:';
/** y-indexeddb's trim size: past this many rows written since the last merge, rows are merged. */
export const COMPACT_AT = 500;
/**
 * Merged rows are written as slices of the doc (./doc-slices.ts) and this key in `custom` holds
 * the last of them: rows after it are the ones written since, which COMPACT_AT counts.
 */
const MERGED_THROUGH = 'merged-through';
/**
 * How many merges in a row only merge the rows written since the last one (into one "delta" row,
 * leaving the slices as they are), before one re-slices the whole doc. A delta merge costs what
 * the last 500 edits cost; re-slicing a district's doc is one task of ~2 s, so it happens once in
 * MAX_DELTAS merges instead of at every one. Deleted content stays in the slices until then.
 */
const MERGED_DELTAS = 'merged-deltas';
/**
 * Rows up to this key were decoded in full once (`applyRow`) or written from this app's own
 * doc as slices, and are applied without decoding them first on later opens. Decoding is ~40 %
 * of a load (a district's workspace doc: ~0.6 s of 1.4 s in Node) and all of it garbage, which
 * makes the collector block the panel while it loads. Stored rows never change (rows are added
 * with increasing keys and deleted, never rewritten), so a row checked once stays checked; one
 * damaged on disk later is still caught by `Y.applyUpdate` and set aside, at the risk the decode
 * exists for: the structs read before the damage are in the doc.
 */
const VERIFIED_THROUGH = 'verified-through';
export const MAX_DELTAS = 20;
/**
 * A row this big (one merged row from an older version, a peer's first sync) is re-sliced:
 * applying 250 KB of log entries takes ~40 ms on a slow machine, near the 50 ms a task may take.
 */
const RESLICE_ABOVE_BYTES = 250_000;
/** Loading gives the browser its main thread back after this long, between rows. */
const LOAD_TASK_MS = 12;
export const OPEN_TIMEOUT_MS = 15_000;
const RETRY_MS = 10_000;
const CLOSE_WAIT_MS = 5_000;

/** Why a write failed, for the panel to word: no room left, or another refusal (browser text). */
export type SaveProblem = { code: 'noSpace' } | { code: 'refused'; detail?: string };

/** `reason` is English, for logs; the panel words `problem` (lib/state/save-failure.ts). */
export type SaveState =
  { state: 'saved' } | { state: 'failed'; reason: string; problem: SaveProblem; since: number };

export type OpenFailureKind = 'timeout' | 'unavailable';

/** What a panel needs to say why a workspace did not open, in any language. */
export interface OpenFailure {
  kind: OpenFailureKind;
  /** How long it waited, for a timeout. */
  seconds?: number;
  /** The browser's own error text, technical and untranslated, when it gave one. */
  detail?: string;
}

/**
 * Why a workspace could not be opened. This layer may not import the message catalogue, so the
 * message is English (for logs) and `kind`, `seconds` and `detail` let the panel word it.
 */
export class WorkspaceOpenError extends Error implements OpenFailure {
  readonly seconds?: number;
  readonly detail?: string;

  constructor(
    readonly kind: OpenFailureKind,
    message: string,
    extra: { seconds?: number; detail?: string } = {},
  ) {
    super(message);
    this.name = 'WorkspaceOpenError';
    if (extra.seconds !== undefined) this.seconds = extra.seconds;
    if (extra.detail) this.detail = extra.detail;
  }
}

function errorDetail(error: unknown): string | undefined {
  return error instanceof Error || error instanceof DOMException ? error.message : undefined;
}

/** A stored row that could not be applied, kept so it can be exported and looked at. */
export interface SetAsideRow {
  key: string;
  reason: string;
  at: number;
  bytes: Uint8Array | null;
}

export interface LocalWorkspace {
  doc: Y.Doc;
  /** Origin of the updates read from disk, so sync can tell them from a peer's. */
  persistence: object;
  /** Whether every edit so far is on disk; 'failed' until a later write covers the lost ones. */
  saveState: ReadonlySignal<SaveState>;
  /** How many stored rows were set aside as unreadable while opening. */
  setAside: number;
  /** Rows set aside in this workspace, for export. */
  readSetAside: () => Promise<SetAsideRow[]>;
  /** Stores a small value beside the doc (not synced), for `OpenOptions.preview` to read. */
  keepBeside: (key: string, value: unknown) => Promise<void>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  timeoutMs?: number;
  /** How long after a failed write to try again (with the whole doc). */
  retryMs?: number;
  /**
   * Runs before migrations change a doc that already holds data (a snapshot, so a migration can
   * be undone by restoring). Its failure never stops the workspace from opening.
   */
  beforeMigrate?: (doc: Y.Doc) => Promise<unknown>;
  /** Where unconfirmed edits go when the page is hidden or closed; localStorage by default. */
  journal?: JournalStorage | null;
  /**
   * Something small kept beside the doc (`keepBeside`) to show while the doc itself loads: read
   * first, handed to `show`, and given a frame to paint before the stored rows are read and applied.
   */
  preview?: { key: string; show: (value: unknown) => void };
  /** How long loading may run before it gives the main thread back (between rows). */
  loadTaskMs?: number;
  /**
   * The doc to load into, for a caller that must hand it out before it has loaded (a school
   * year's history written to at once): edits made to it meanwhile are written once it is open.
   */
  doc?: Y.Doc;
}

/**
 * Opens a workspace from IndexedDB. Resolves once stored rows are applied and migrations have
 * run; every later edit is written through. Rejects with a WorkspaceOpenError when the database
 * cannot be opened or does not answer within the timeout.
 */
export async function openLocalWorkspace(
  workspaceId: string,
  options: OpenOptions = {},
): Promise<LocalWorkspace> {
  const doc = options.doc ?? new Y.Doc();
  const origin = { persistence: databaseNameFor(workspaceId) };
  const early: Uint8Array[] = [];
  const keepEarly = (update: Uint8Array, from: unknown) => {
    if (from !== origin) early.push(update);
  };
  if (options.doc) doc.on('update', keepEarly);
  // Stored rows are not early edits: unheard, Yjs does not encode each one as an update (a
  // fifth of a year's load time). Edits between rows are still heard.
  const quietly = (apply: () => void) => {
    if (!options.doc) return apply();
    doc.off('update', keepEarly);
    try {
      apply();
    } finally {
      doc.on('update', keepEarly);
    }
  };
  let opened: Awaited<ReturnType<typeof openAndLoad>>;
  const openAndLoad = () =>
    withTimeout(
      async () => {
        const db = await openDatabase(databaseNameFor(workspaceId));
        try {
          if (options.preview) await showPreview(db, options.preview);
          return {
            db,
            setAside: await loadInto(db, doc, origin, options.loadTaskMs, quietly),
          };
        } catch (error) {
          db.close();
          throw error;
        }
      },
      options.timeoutMs ?? OPEN_TIMEOUT_MS,
      (late) => late.db.close(),
    );
  try {
    opened = await openAndLoad();
  } catch (error) {
    doc.off('update', keepEarly);
    throw error;
  }
  const { db, setAside } = opened;
  const writer = new Writer(db, doc, origin, setAside, options.retryMs);
  doc.off('update', keepEarly);
  if (early.length > 0) writer.writeEarly(Y.mergeUpdates(early));
  const storage = options.journal === undefined ? defaultJournalStorage() : options.journal;
  const journal = storage ? new EditJournal(storage, workspaceId) : null;
  const stopJournal = journal ? keepJournal(journal, writer) : () => undefined;
  if (options.beforeMigrate && doc.store.clients.size > 0 && pendingMigrations(doc).length > 0) {
    await options.beforeMigrate(doc).catch((error: unknown) => {
      console.warn('Bridgework: no snapshot before migrating', error);
    });
  }
  try {
    migrate(doc);
  } catch (error) {
    stopJournal();
    await writer.close();
    db.close();
    throw error;
  }
  return {
    doc,
    persistence: origin,
    saveState: writer.saveState,
    setAside: setAside.count,
    readSetAside: () => readSetAsideRows(db),
    keepBeside: (key, value) => putBeside(db, key, value),
    close: async () => {
      stopJournal();
      // Closing may be the page going away (the panel disposes on pagehide): journal first.
      if (!writer.allSaved()) journal?.keep(writer.unsaved());
      await writer.close();
      if (writer.allSaved()) journal?.clear();
      doc.destroy();
      db.close();
    },
  };
}

/**
 * Replays what earlier pages journaled (written to disk like any edit, then forgotten) and keeps
 * this page's unconfirmed edits in the journal whenever the page is hidden or goes away.
 */
function keepJournal(journal: EditJournal, writer: Writer): () => void {
  const left = journal.leftBehind();
  for (const update of left.updates) {
    const problem = applyRow(writer.doc, update);
    if (problem) console.warn(`Bridgework: a journaled edit was skipped: ${problem}`);
  }
  if (left.keys.length > 0)
    void writer.settled().then(() => {
      if (writer.allSaved()) journal.forget(left.keys);
    });
  writer.onAllSaved = () => journal.clear();
  const keep = () => journal.keep(writer.unsaved());
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') keep();
  };
  const target = typeof window === 'undefined' ? null : window;
  target?.addEventListener('pagehide', keep);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibility);
  return () => {
    writer.onAllSaved = null;
    target?.removeEventListener('pagehide', keep);
    if (typeof document !== 'undefined')
      document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Reads what can be read of a workspace without keeping it open or writing anything: for
 * exporting a workspace that could not open. Unreadable rows are skipped.
 */
export async function readWorkspaceForExport(
  workspaceId: string,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<{ doc: Y.Doc; setAside: SetAsideRow[] }> {
  return withTimeout(
    async () => {
      const db = await openDatabase(databaseNameFor(workspaceId));
      try {
        const doc = new Y.Doc();
        const { rows } = await readRows(db);
        const bad: SetAsideRow[] = [];
        Y.transact(doc, () => {
          for (const row of rows) {
            const problem = applyRow(doc, row.value);
            if (problem)
              bad.push({
                key: String(row.key),
                reason: problem,
                at: Date.now(),
                bytes: asBytes(row.value),
              });
          }
        });
        return { doc, setAside: [...(await readSetAsideRows(db)), ...bad] };
      } finally {
        db.close();
      }
    },
    timeoutMs,
    (late) => late.doc.destroy(),
  );
}

/**
 * Deletes a workspace's database (its rows and the rows set aside) and those of its school years
 * (`yearDocId`, lib/model/history-years.ts), with their journals. The years are found by name
 * where the browser lists its databases (`indexedDB.databases()`); elsewhere only the workspace's
 * own database is deleted. Resolves once every deletion has been asked for.
 */
export async function deleteLocalWorkspace(workspaceId: string): Promise<void> {
  const storage = defaultJournalStorage();
  forgetJournal(storage, workspaceId);
  // Blocks until every context (the offscreen document too) has closed the database.
  indexedDB.deleteDatabase(databaseNameFor(workspaceId));
  for (const id of await storedYearIds(workspaceId)) {
    forgetJournal(storage, id);
    indexedDB.deleteDatabase(databaseNameFor(id));
  }
}

/**
 * The ids of the workspace's year databases on this device, when the browser lists databases.
 * Only `<id>.<four digits>`: a workspace whose id merely starts with this one is not a year.
 */
async function storedYearIds(workspaceId: string): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  let names: string[];
  try {
    names = (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []));
  } catch (error) {
    console.warn('Bridgework: could not list databases to delete the school years', error);
    return [];
  }
  // `bridgework-workspace-<id>.`: a year's name without its year.
  const prefix = databaseNameFor(yearDocId(workspaceId, 0)).slice(0, -1);
  return names
    .filter((name) => name.startsWith(prefix) && /^\d{4}$/.test(name.slice(prefix.length)))
    .map((name) => name.slice(databaseNameFor('').length));
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** How much this extension stores and may store, when the browser says. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
  } catch {
    return null;
  }
}

/** Plain words for an IndexedDB or quota error. */
export function storageProblem(error: unknown): SaveProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return { code: 'noSpace' };
  const detail = errorDetail(error);
  return detail ? { code: 'refused', detail } : { code: 'refused' };
}

export function describeStorageError(error: unknown): string {
  const problem = storageProblem(error);
  if (problem.code === 'noSpace') return 'This device has no storage space left for Bridgework.';
  return problem.detail
    ? `The browser's storage refused the change (${problem.detail}).`
    : "The browser's storage refused the change.";
}

// ——— reading ———

interface Row {
  key: IDBValidKey;
  value: unknown;
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      const detail = errorDetail(error);
      reject(
        new WorkspaceOpenError(
          'unavailable',
          `This device's storage (IndexedDB) could not be opened${detail ? `: ${detail}` : ''}.`,
          { detail },
        ),
      );
    };
    try {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(UPDATES))
          db.createObjectStore(UPDATES, { autoIncrement: true });
        if (!db.objectStoreNames.contains(CUSTOM)) db.createObjectStore(CUSTOM);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => fail(request.error);
    } catch (error) {
      fail(error);
    }
  });
}

function readRows(
  db: IDBDatabase,
  after?: IDBValidKey,
): Promise<{
  rows: Row[];
  mergedThrough: IDBValidKey | undefined;
  verifiedThrough: IDBValidKey | undefined;
}> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([UPDATES, CUSTOM], 'readonly');
    const store = tx.objectStore(UPDATES);
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const values = store.getAll(range);
    const keys = store.getAllKeys(range);
    const merged = tx.objectStore(CUSTOM).get(MERGED_THROUGH);
    const verified = tx.objectStore(CUSTOM).get(VERIFIED_THROUGH);
    tx.oncomplete = () =>
      resolve({
        rows: keys.result.map((key, i) => ({ key, value: values.result[i] })),
        mergedThrough: isKey(merged.result) ? merged.result : undefined,
        verifiedThrough: isKey(verified.result) ? verified.result : undefined,
      });
    tx.onabort = () => reject(tx.error ?? new Error('Reading the workspace was aborted.'));
  });
}

function isKey(value: unknown): value is IDBValidKey {
  return typeof value === 'number' || typeof value === 'string';
}

function asBytes(value: unknown): Uint8Array | null {
  return value instanceof Uint8Array ? value : null;
}

/**
 * Applies one stored row; returns what was wrong with it, or null. The row is decoded in full
 * first (`Y.decodeUpdate` reads every struct and the delete set), so bytes that fail to decode
 * are rejected before anything of them reaches the doc; `Y.applyUpdate` alone integrates the
 * structs it has read before it meets the bad ones. A row checked before (`VERIFIED_THROUGH`)
 * is applied at once.
 */
function applyRow(doc: Y.Doc, value: unknown, checked = false): string | null {
  const bytes = asBytes(value);
  if (!bytes) return 'The stored row is not a Yjs update.';
  try {
    if (!checked) Y.decodeUpdate(bytes);
  } catch {
    return 'The stored row is damaged and cannot be decoded.';
  }
  try {
    Y.applyUpdate(doc, bytes);
    return null;
  } catch {
    return 'The stored row decoded but could not be applied.';
  }
}

interface Loaded {
  count: number;
  /** Rows written since the last merge (all rows when none was recorded). */
  rows: number;
  lastKey: IDBValidKey | undefined;
  /** A row is big enough that loading it blocked: merge soon, so it is stored as slices. */
  reslice: boolean;
}

/**
 * Applies every stored row on its own, in order, giving the main thread back between rows once a
 * task has run LOAD_TASK_MS (merged rows are slices of the doc, so no row takes long); moves
 * unreadable rows aside (kept, never fatal).
 */
async function loadInto(
  db: IDBDatabase,
  doc: Y.Doc,
  origin: object,
  taskMs = LOAD_TASK_MS,
  /** Runs each row's application (a caller that must not hear it as an update wraps it). */
  applying: (apply: () => void) => void = (apply) => apply(),
): Promise<Loaded> {
  const { rows, mergedThrough, verifiedThrough } = await readRows(db);
  const checked = (key: IDBValidKey) =>
    verifiedThrough !== undefined && indexedDB.cmp(key, verifiedThrough) <= 0;
  // The rows were deserialized in the task that read them (a district's workspace doc: ~12 MB,
  // ~20 ms): applying starts in the next one, so the two never make one long task.
  await nextTask();
  const bad: { row: Row; reason: string }[] = [];
  let reslice = false;
  await inSlices(
    rows,
    (row) => {
      const bytes = asBytes(row.value);
      if (bytes && bytes.byteLength > RESLICE_ABOVE_BYTES) reslice = true;
      applying(() =>
        Y.transact(
          doc,
          () => {
            const problem = applyRow(doc, row.value, checked(row.key));
            if (problem) bad.push({ row, reason: problem });
          },
          origin,
          false,
        ),
      );
    },
    taskMs,
  );
  let clean = true;
  if (bad.length > 0) {
    console.warn(`Bridgework: set aside ${bad.length} unreadable stored row(s).`);
    await moveAside(db, bad).catch((error: unknown) => {
      // Left in place: they are skipped again next time, and still there to export.
      console.error('Bridgework: could not move unreadable rows aside', error);
      clean = false;
    });
  }
  // Every row read is checked now (an unreadable one moved out): the next open need not decode
  // them again. Not past a bad row left in place, which must be decoded (and skipped) each time.
  const last = rows[rows.length - 1]?.key;
  if (clean && last !== undefined && !checked(last)) noteVerified(db, last);
  const sinceMerge =
    mergedThrough === undefined
      ? rows.length
      : rows.filter((row) => indexedDB.cmp(row.key, mergedThrough) > 0).length;
  return {
    count: bad.length,
    rows: Math.max(0, sinceMerge - bad.length),
    lastKey: rows.length ? rows[rows.length - 1]!.key : undefined,
    reslice,
  };
}

/** Records that rows up to `key` are checked; a failure only means they are decoded next time. */
function noteVerified(db: IDBDatabase, key: IDBValidKey) {
  try {
    const tx = db.transaction(CUSTOM, 'readwrite');
    const store = tx.objectStore(CUSTOM);
    const known = store.get(VERIFIED_THROUGH);
    // Another context may have noted a later row meanwhile: the mark only moves forward.
    known.onsuccess = () => {
      if (!isKey(known.result) || indexedDB.cmp(known.result, key) < 0)
        store.put(key, VERIFIED_THROUGH);
    };
    tx.onabort = () => undefined;
  } catch {
    // Closed or refused: nothing lost.
  }
}

function moveAside(db: IDBDatabase, bad: { row: Row; reason: string }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([UPDATES, CUSTOM], 'readwrite');
    const at = Date.now();
    for (const { row, reason } of bad) {
      const kept: SetAsideRow = { key: String(row.key), reason, at, bytes: asBytes(row.value) };
      tx.objectStore(CUSTOM).put(kept, `${SET_ASIDE_PREFIX}${String(row.key)}`);
      tx.objectStore(UPDATES).delete(row.key);
    }
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/** Reads the preview value, shows it, and lets the browser paint it; never fails the open. */
async function showPreview(db: IDBDatabase, preview: NonNullable<OpenOptions['preview']>) {
  const value = await getBeside(db, preview.key);
  if (value === undefined) return;
  try {
    preview.show(value);
  } catch (error) {
    console.warn('Bridgework: the preview could not be shown', error);
    return;
  }
  await afterPaint();
}

function readSetAsideRows(db: IDBDatabase): Promise<SetAsideRow[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([CUSTOM], 'readonly');
    const range = IDBKeyRange.bound(SET_ASIDE_PREFIX, `${SET_ASIDE_PREFIX}\uffff`);
    const request = tx.objectStore(CUSTOM).getAll(range);
    tx.oncomplete = () => resolve(request.result as SetAsideRow[]);
    tx.onabort = () => reject(tx.error);
  });
}

async function withTimeout<T>(
  work: () => Promise<T>,
  timeoutMs: number,
  discardLate: (late: T) => void,
): Promise<T> {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const running = work();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      const seconds = Math.round(timeoutMs / 1000);
      reject(
        new WorkspaceOpenError(
          'timeout',
          `This device's storage (IndexedDB) did not answer within ${seconds} seconds.`,
          { seconds },
        ),
      );
    }, timeoutMs);
  });
  // Whatever opens after we gave up must not stay open (it would block deleting the database).
  void running.then(
    (late) => timedOut && discardLate(late),
    () => undefined,
  );
  try {
    return await Promise.race([running, timeout]);
  } catch (error) {
    if (error instanceof WorkspaceOpenError) throw error;
    const detail = errorDetail(error);
    throw new WorkspaceOpenError(
      'unavailable',
      `This workspace could not be read from this device's storage${detail ? ` (${detail})` : ''}.`,
      { detail },
    );
  } finally {
    clearTimeout(timer);
  }
}

// ——— writing ———

/**
 * Writes every local and peer edit as one row, like y-indexeddb, and merges the rows into one
 * past COMPACT_AT. A write that fails (quota, aborted transaction, a closed database) turns
 * saveState to 'failed' and from then on each write carries the whole doc, so the first one that
 * succeeds covers everything lost before it; only such a write turns saveState back to 'saved'.
 * Writes are numbered because IndexedDB completes them in order: a whole-doc write issued after
 * the last failed one covers it.
 */
class Writer {
  readonly saveState = signal<SaveState>({ state: 'saved' });
  private issued = 0;
  private lostUpTo = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private compactTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** Updates written but not confirmed yet, by write number: what the journal keeps. */
  private readonly unconfirmed = new Map<number, Uint8Array>();
  /** Updates whose write failed, until a whole-doc write covers them. */
  private lost: Uint8Array[] = [];
  /** Called whenever every edit so far is confirmed on disk. */
  onAllSaved: (() => void) | null = null;

  constructor(
    private readonly db: IDBDatabase,
    readonly doc: Y.Doc,
    private readonly origin: object,
    loaded: Pick<Loaded, 'lastKey' | 'rows' | 'reslice'>,
    private readonly retryMs = RETRY_MS,
  ) {
    this.lastKey = loaded.lastKey;
    this.rows = loaded.rows;
    this.resliceDue = loaded.reslice;
    doc.on('update', this.onUpdate);
    if (this.rows >= COMPACT_AT || loaded.reslice) this.scheduleCompaction();
  }

  /** A row too big to load in one task was found: the next merge re-slices the whole doc. */
  private resliceDue: boolean;

  private lastKey: IDBValidKey | undefined;
  /** Rows written since the last merge. */
  private rows: number;

  /** Stops writing; resolves once the writes under way have finished (or a disk that hangs has had 5 s). */
  async close() {
    this.closed = true;
    this.doc.off('update', this.onUpdate);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.compactTimer) clearTimeout(this.compactTimer);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.all(this.inFlight),
      new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS))),
    ]);
    clearTimeout(timer);
  }

  /** Every edit this writer was given that the disk has not confirmed. */
  unsaved(): Uint8Array[] {
    return [...this.unconfirmed.values(), ...this.lost];
  }

  allSaved(): boolean {
    return this.unconfirmed.size === 0 && this.lost.length === 0;
  }

  /** Resolves once the writes issued so far have completed or failed. */
  async settled() {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
  }

  private track(tx: IDBTransaction) {
    const done = new Promise<void>((resolve) => {
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('abort', () => resolve());
    });
    this.inFlight.add(done);
    void done.then(() => this.inFlight.delete(done));
  }

  /** Edits made to a doc handed out before it loaded (`OpenOptions.doc`). */
  writeEarly(update: Uint8Array) {
    this.onUpdate(update, null);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.origin || this.closed) return;
    if (this.lostUpTo > 0) {
      this.lost.push(update);
      this.write(null);
    } else this.write(update);
  };

  /** `null` writes the whole doc. */
  private write(update: Uint8Array | null) {
    const seq = ++this.issued;
    const whole = update === null;
    try {
      const tx = this.db.transaction([UPDATES], 'readwrite');
      this.track(tx);
      tx.objectStore(UPDATES).add(whole ? Y.encodeStateAsUpdate(this.doc) : update);
      if (!whole) this.unconfirmed.set(seq, update);
      tx.oncomplete = () => {
        this.rows++;
        this.unconfirmed.delete(seq);
        if (whole && seq > this.lostUpTo && this.lostUpTo > 0) {
          this.lostUpTo = 0;
          this.lost = [];
          this.saveState.value = { state: 'saved' };
        }
        if (this.rows >= COMPACT_AT) this.scheduleCompaction();
        if (this.allSaved()) this.onAllSaved?.();
      };
      tx.onabort = () => this.failed(seq, tx.error);
    } catch (error) {
      this.failed(seq, error);
    }
  }

  private failed(seq: number, error: unknown) {
    const update = this.unconfirmed.get(seq);
    if (update) {
      this.unconfirmed.delete(seq);
      this.lost.push(update);
    }
    if (this.closed) return;
    console.error('Bridgework: an edit could not be saved', error);
    this.lostUpTo = Math.max(this.lostUpTo, seq);
    const current = this.saveState.value;
    this.saveState.value = {
      state: 'failed',
      reason: describeStorageError(error),
      problem: storageProblem(error),
      since: current.state === 'failed' ? current.since : Date.now(),
    };
    if (!this.retryTimer)
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (!this.closed && this.lostUpTo > 0) this.write(null);
      }, this.retryMs);
  }

  private scheduleCompaction() {
    if (this.compactTimer || this.closed) return;
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null;
      if (!this.closed) this.compact();
    }, 1000);
  }

  /**
   * Replaces every row up to the newest with the whole doc as slices (./doc-slices.ts, so that the
   * next open can load it a task at a time), in one transaction. Rows
   * another context (panel or offscreen document) added since we last looked are applied first,
   * so deleting them loses nothing; unreadable ones among them are moved aside in the same go.
   */
  private compact() {
    try {
      const tx = this.db.transaction([UPDATES, CUSTOM], 'readwrite');
      this.track(tx);
      const updates = tx.objectStore(UPDATES);
      const range =
        this.lastKey === undefined ? undefined : IDBKeyRange.lowerBound(this.lastKey, true);
      // Requests complete in the order they are made: these two are done when the rows are.
      const mergedRequest = tx.objectStore(CUSTOM).get(MERGED_THROUGH);
      const deltasRequest = tx.objectStore(CUSTOM).get(MERGED_DELTAS);
      const keysRequest = updates.getAllKeys(range);
      const valuesRequest = updates.getAll(range);
      valuesRequest.onsuccess = () => {
        const keys = keysRequest.result;
        const values = valuesRequest.result;
        const unreadable = new Set<IDBValidKey>();
        Y.transact(
          this.doc,
          () =>
            keys.forEach((key, i) => {
              const problem = applyRow(this.doc, values[i]);
              if (!problem) return;
              unreadable.add(key);
              const kept: SetAsideRow = {
                key: String(key),
                reason: problem,
                at: Date.now(),
                bytes: asBytes(values[i]),
              };
              tx.objectStore(CUSTOM).put(kept, `${SET_ASIDE_PREFIX}${String(key)}`);
            }),
          this.origin,
          false,
        );
        const newest = keys.length ? keys[keys.length - 1] : this.lastKey;
        const mergedThrough = isKey(mergedRequest.result) ? mergedRequest.result : undefined;
        const deltas = typeof deltasRequest.result === 'number' ? deltasRequest.result : 0;
        const whole = this.resliceDue || mergedThrough === undefined || deltas >= MAX_DELTAS;
        if (whole) this.mergeWhole(tx, newest);
        else if (newest !== undefined && indexedDB.cmp(newest, mergedThrough) > 0)
          this.mergeDelta(tx, IDBKeyRange.bound(mergedThrough, newest, true, false), {
            deltas,
            unreadable,
          });
        tx.addEventListener('complete', () => {
          this.rows = 0;
          if (whole) this.resliceDue = false;
        });
      };
      tx.onabort = () => console.error('Bridgework: compaction failed; rows kept', tx.error);
    } catch (error) {
      console.error('Bridgework: compaction failed; rows kept', error);
    }
  }

  /** Every row up to `newest` becomes the doc's slices; added before the old rows go. */
  private mergeWhole(tx: IDBTransaction, newest: IDBValidKey | undefined) {
    const updates = tx.objectStore(UPDATES);
    const added = encodeInSlices(this.doc).map((slice) => updates.add(slice));
    if (newest !== undefined) updates.delete(IDBKeyRange.upperBound(newest));
    const last = added[added.length - 1]!;
    last.onsuccess = () => {
      this.lastKey = last.result;
      tx.objectStore(CUSTOM).put(last.result, MERGED_THROUGH);
      tx.objectStore(CUSTOM).put(0, MERGED_DELTAS);
      // Every row left is a slice this doc encoded, in this transaction: checked by making.
      tx.objectStore(CUSTOM).put(last.result, VERIFIED_THROUGH);
    };
  }

  /**
   * The rows written since the last merge (`range`) become one row; the slices stay. Rows that
   * could not be read were set aside in this transaction and are left out of the merged row.
   */
  private mergeDelta(
    tx: IDBTransaction,
    range: IDBKeyRange,
    known: { deltas: number; unreadable: Set<IDBValidKey> },
  ) {
    const updates = tx.objectStore(UPDATES);
    const keysRequest = updates.getAllKeys(range);
    const valuesRequest = updates.getAll(range);
    valuesRequest.onsuccess = () => {
      const rows = keysRequest.result
        .map((key, i) => ({ key, bytes: asBytes(valuesRequest.result[i]) }))
        .filter((row) => row.bytes && !known.unreadable.has(row.key))
        .map((row) => row.bytes!);
      let merged: Uint8Array;
      try {
        merged = Y.mergeUpdates(rows);
      } catch (error) {
        // Rows that Yjs can apply one by one but not merge: merge the whole doc instead.
        console.warn('Bridgework: rows could not be merged; re-slicing the workspace', error);
        this.mergeWhole(tx, keysRequest.result.at(-1));
        return;
      }
      const added = updates.add(merged);
      updates.delete(range);
      added.onsuccess = () => {
        this.lastKey = added.result;
        tx.objectStore(CUSTOM).put(added.result, MERGED_THROUGH);
        tx.objectStore(CUSTOM).put(known.deltas + 1, MERGED_DELTAS);
      };
    };
  }
}
