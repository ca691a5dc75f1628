import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { addPartner, listPartners } from '../../../lib/model/partner';
import {
  COMPACT_AT,
  databaseNameFor,
  openLocalWorkspace,
  readWorkspaceForExport,
  WorkspaceOpenError,
} from '../../../lib/sync/local-persistence';

import { addRawRow, rawDb } from '../../helpers/workspace-db';

let counter = 0;
const freshId = () => `storage-${Date.now()}-${counter++}`;

async function countRows(id: string): Promise<number> {
  const db = await rawDb(id);
  const count = await new Promise<number>((resolve) => {
    const request = db.transaction(['updates']).objectStore('updates').count();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return count;
}

const names = (doc: Y.Doc) =>
  listPartners(doc)
    .items.map((p) => p.name)
    .sort();

afterEach(() => vi.restoreAllMocks());

/** The keys of the `updates` rows and the custom store's verified-through mark. */
async function rowKeysAndMark(id: string): Promise<{ keys: IDBValidKey[]; mark: unknown }> {
  const db = await rawDb(id);
  const result = await new Promise<{ keys: IDBValidKey[]; mark: unknown }>((resolve) => {
    const tx = db.transaction(['updates', 'custom']);
    const keys = tx.objectStore('updates').getAllKeys();
    const mark = tx.objectStore('custom').get('verified-through');
    tx.oncomplete = () => resolve({ keys: keys.result, mark: mark.result });
  });
  db.close();
  return result;
}

describe('opening', () => {
  test('a corrupt stored row is set aside and the rows around it still load', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    addPartner(first.doc, { name: 'Before' });
    await first.close();
    await addRawRow(id, new Uint8Array([255, 1, 2, 3, 250, 9]));
    await addRawRow(id, 'not bytes at all');
    const second = await openLocalWorkspace(id);
    expect(second.setAside).toBe(2);
    addPartner(second.doc, { name: 'After' });
    await second.close();

    const third = await openLocalWorkspace(id);
    expect(names(third.doc)).toEqual(['After', 'Before']);
    // Moved out of the rows, kept for export.
    expect(third.setAside).toBe(0);
    const kept = await third.readSetAside();
    expect(kept).toHaveLength(2);
    expect(kept.map((row) => row.bytes?.length ?? null).sort()).toEqual([6, null]);
    expect(kept.every((row) => row.reason.length > 0)).toBe(true);
    await third.close();
  });

  test('rows checked at one open are marked so the next need not decode them; a row added later is still checked', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id);
    addPartner(first.doc, { name: 'Checked' });
    await first.close();
    const before = await rowKeysAndMark(id);
    expect(before.mark).toBeUndefined();
    expect(before.keys.length).toBeGreaterThan(0);

    // The second open decodes every row it reads (the first one's, and any it wrote while
    // opening), then marks the last of them.
    const second = await openLocalWorkspace(id);
    await second.close();
    const { keys, mark } = await rowKeysAndMark(id);
    expect(keys).toContain(mark);
    expect(indexedDB.cmp(mark, before.keys[before.keys.length - 1]!)).toBeGreaterThanOrEqual(0);

    // A damaged row written after the mark is decoded, found out and set aside as before.
    await addRawRow(id, new Uint8Array([255, 1, 2, 3, 250, 9]));
    const third = await openLocalWorkspace(id);
    expect(third.setAside).toBe(1);
    expect(names(third.doc)).toEqual(['Checked']);
    await third.close();
    // Moved out of the rows, the damaged one no longer holds the mark back.
    expect(indexedDB.cmp((await rowKeysAndMark(id)).mark, mark)).toBeGreaterThanOrEqual(0);
  });

  test('a truncated update applies nothing of itself', async () => {
    const id = freshId();
    const source = new Y.Doc();
    addPartner(source, { name: 'Half written' });
    const update = Y.encodeStateAsUpdate(source);
    await addRawRow(id, update.slice(0, update.length - 3));
    const { doc, setAside } = await readWorkspaceForExport(id);
    expect(doc.store.clients.size).toBe(0);
    expect(setAside).toHaveLength(1);
  });

  test('IndexedDB that refuses to open gives an "unavailable" error, not a hang', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException(
        'The operation failed for reasons unrelated to the database itself',
        'UnknownError',
      );
    });
    const opening = openLocalWorkspace(freshId(), { timeoutMs: 5_000 });
    await expect(opening).rejects.toBeInstanceOf(WorkspaceOpenError);
    await expect(opening).rejects.toMatchObject({ kind: 'unavailable' });
  });

  test('IndexedDB that never answers gives a "timeout" error', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(
      () => ({}) as IDBOpenDBRequest, // a request whose callbacks never fire
    );
    await expect(openLocalWorkspace(freshId(), { timeoutMs: 30 })).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('did not answer'),
    });
  });

  test('a database written by y-indexeddb opens with its data', async () => {
    const id = freshId();
    const doc = new Y.Doc();
    const old = new IndexeddbPersistence(databaseNameFor(id), doc);
    await old.whenSynced;
    addPartner(doc, { name: 'From y-indexeddb' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await old.destroy();
    const opened = await openLocalWorkspace(id);
    expect(names(opened.doc)).toEqual(['From y-indexeddb']);
    await opened.close();
  });
});

describe('writing', () => {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };

  test('a refused write turns saveState to failed; a later write that succeeds saves everything', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id, { retryMs: 60_000 });
    expect(open.saveState.value).toEqual({ state: 'saved' });
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    addPartner(open.doc, { name: 'Lost at first' });
    expect(open.saveState.value).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('no storage space'),
    });
    add.mockRestore();
    addPartner(open.doc, { name: 'Second' });
    await vi.waitFor(() => expect(open.saveState.value).toEqual({ state: 'saved' }));
    await open.close();

    const again = await openLocalWorkspace(id);
    expect(names(again.doc)).toEqual(['Lost at first', 'Second']);
    await again.close();
  });

  test('an aborted write transaction is caught and retried without a further edit', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id, { retryMs: 20 });
    const realAdd = IDBObjectStore.prototype.add;
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = realAdd.apply(this, args);
      this.transaction.abort();
      return request;
    });
    addPartner(open.doc, { name: 'Retried' });
    await vi.waitFor(() => expect(open.saveState.value.state).toBe('failed'));
    add.mockRestore();
    await vi.waitFor(() => expect(open.saveState.value).toEqual({ state: 'saved' }));
    await open.close();

    const again = await openLocalWorkspace(id);
    expect(names(again.doc)).toEqual(['Retried']);
    await again.close();
  });

  test('a write request that errors (a key already taken) is a failed save, not a silent success', async () => {
    const open = await openLocalWorkspace(freshId(), { retryMs: 60_000 });
    const realAdd = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
    ) {
      // Row 1 exists (the migration's): the request fails with ConstraintError.
      return realAdd.call(this, value, 1);
    });
    addPartner(open.doc, { name: 'Refused' });
    await vi.waitFor(() => expect(open.saveState.value.state).toBe('failed'));
    await open.close();
  });

  test('a write that was already under way does not clear a failure it does not cover', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id, { retryMs: 60_000 });
    const realAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      const request = realAdd.apply(this, args);
      // The first write fails after the second was issued.
      if (++calls === 1) this.transaction.abort();
      return request;
    });
    open.doc.transact(() => addPartner(open.doc, { name: 'First' }));
    addPartner(open.doc, { name: 'Second' });
    await vi.waitFor(() => expect(open.saveState.value.state).toBe('failed'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(open.saveState.value.state).toBe('failed');
    await open.close();
  });

  test('many rows are merged into one and nothing is lost', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id);
    for (let i = 0; i < COMPACT_AT + 20; i++) addPartner(open.doc, { name: `P${i}` });
    await vi.waitFor(async () => expect(await countRows(id)).toBeLessThan(30), {
      timeout: 5_000,
    });
    await open.close();
    // The merged slices were encoded from the doc itself: checked by making.
    const { keys, mark } = await rowKeysAndMark(id);
    expect(keys).toContain(mark);
    const again = await openLocalWorkspace(id);
    expect(listPartners(again.doc).items).toHaveLength(COMPACT_AT + 20);
    await again.close();
  });
});
