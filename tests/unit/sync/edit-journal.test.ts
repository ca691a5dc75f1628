// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { JOURNAL_PREFIX, type JournalStorage } from '../../../lib/sync/edit-journal';
import { openLocalWorkspace } from '../../../lib/sync/local-persistence';
import { toBase64 } from '../../../lib/model/backup';

let counter = 0;
const freshId = () => `journal-${Date.now()}-${counter++}`;

/** localStorage's API over a Map, so each test sees only its own entries. */
function memoryStorage(): JournalStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (i: number) => [...entries.keys()][i] ?? null,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, value),
    removeItem: (key: string) => void entries.delete(key),
  };
}

/**
 * What a browser does to a page closed right after an edit: the write's transaction is aborted
 * before it commits. Every readwrite transaction opened while this is on is aborted at once.
 */
function abortWrites() {
  const original = IDBDatabase.prototype.transaction;
  const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args);
    if (args[1] === 'readwrite') queueMicrotask(() => tx.abort());
    return tx;
  });
  return () => spy.mockRestore();
}

const names = (doc: Y.Doc) =>
  listPartners(doc)
    .items.map((p) => p.name)
    .sort();

afterEach(() => vi.restoreAllMocks());

describe('edit journal: edits the disk had not confirmed when the page went away', () => {
  test('an edit whose write the browser aborted at pagehide is back after reopening', async () => {
    const id = freshId();
    const storage = memoryStorage();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const before = await openLocalWorkspace(id, { journal: storage });
    addPartner(before.doc, { name: 'Saved before' });
    await before.close();

    const page = await openLocalWorkspace(id, { journal: storage, retryMs: 60_000 });
    const restore = abortWrites();
    addPartner(page.doc, { name: 'Moved right before closing' });
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    restore();
    // The write was aborted: without the journal this edit would be gone.
    expect([...storage.entries.keys()].some((k) => k.startsWith(`${JOURNAL_PREFIX}${id}:`))).toBe(
      true,
    );
    await page.close();

    const next = await openLocalWorkspace(id, { journal: storage });
    expect(names(next.doc)).toEqual(['Moved right before closing', 'Saved before']);
    await next.close();
    // Written to IndexedDB like any edit, then forgotten from the journal.
    expect(storage.entries.size).toBe(0);
    const fromDisk = await openLocalWorkspace(id, { journal: null });
    expect(names(fromDisk.doc)).toEqual(['Moved right before closing', 'Saved before']);
    await fromDisk.close();
  });

  test('a panel closed without waiting journals its unconfirmed edits, and clears them once saved', async () => {
    const id = freshId();
    const storage = memoryStorage();
    const page = await openLocalWorkspace(id, { journal: storage });
    addPartner(page.doc, { name: 'Eastside Food Bank' });
    const closing = page.close();
    // Journaled synchronously, before the close waits for the disk.
    expect(storage.entries.size).toBe(1);
    await closing;
    expect(storage.entries.size).toBe(0);
  });

  test('confirmed edits leave nothing behind when the page is hidden later', async () => {
    const id = freshId();
    const storage = memoryStorage();
    const page = await openLocalWorkspace(id, { journal: storage });
    addPartner(page.doc, { name: 'Northgate Rotary' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.entries.size).toBe(0);
    await page.close();
  });

  test('a damaged journal entry is skipped; the workspace still opens with everything else', async () => {
    const id = freshId();
    const storage = memoryStorage();
    const other = new Y.Doc();
    addPartner(other, { name: 'From a good entry' });
    storage.setItem(`${JOURNAL_PREFIX}${id}:good`, toBase64(Y.encodeStateAsUpdate(other)));
    storage.setItem(`${JOURNAL_PREFIX}${id}:bad`, toBase64(new Uint8Array([1, 2, 3, 250])));
    storage.setItem(`${JOURNAL_PREFIX}${id}:not-base64`, '%%%');
    storage.setItem(`${JOURNAL_PREFIX}another-workspace:x`, 'kept');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const page = await openLocalWorkspace(id, { journal: storage });
    expect(names(page.doc)).toEqual(['From a good entry']);
    expect(warn).toHaveBeenCalled();
    await page.close();
    expect([...storage.entries.keys()]).toEqual([`${JOURNAL_PREFIX}another-workspace:x`]);
  });
});
