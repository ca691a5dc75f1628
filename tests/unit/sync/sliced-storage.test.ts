import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { STRUCTS_PER_SLICE } from '../../../lib/sync/doc-slices';
import { COMPACT_AT, openLocalWorkspace } from '../../../lib/sync/local-persistence';
import { addRawRow, storedRows as rawRows } from '../../helpers/workspace-db';

let counter = 0;
const freshId = () => `sliced-${Date.now()}-${counter++}`;

async function storedRows(id: string): Promise<Uint8Array[]> {
  return (await rawRows(id)) as Uint8Array[];
}

/** A workspace stored the way an older version (or a peer's first sync) left it: one big row. */
function bigDoc(partners: number): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < partners; i++)
    addPartner(doc, {
      name: `Partner ${i}`,
      description: `A partner with a long enough description to make the doc large ${'·'.repeat(400)}`,
      emails: [`hello${i}@partner.example`],
    });
  return doc;
}

const names = (doc: Y.Doc) =>
  listPartners(doc)
    .items.map((p) => p.name)
    .sort();

describe('a workspace stored as slices', () => {
  test('rows merged past COMPACT_AT are stored as slices; reopened, the doc is the same and is not merged again', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id, { journal: null });
    for (let i = 0; i < COMPACT_AT + 20; i++)
      addPartner(open.doc, { name: `P${i}`, tags: ['a', 'b'], emails: [`p${i}@x.example`] });
    await vi.waitFor(async () => expect((await storedRows(id)).length).toBeLessThan(50), {
      timeout: 20_000,
    });
    const rows = await storedRows(id);
    const structs = [...open.doc.store.clients.values()].reduce((sum, s) => sum + s.length, 0);
    expect(structs).toBeGreaterThan(STRUCTS_PER_SLICE);
    expect(rows.length).toBeGreaterThan(1);
    const expected = names(open.doc);
    await open.close();

    const again = await openLocalWorkspace(id, { journal: null });
    expect(names(again.doc)).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Nothing was written since the merge, so the slices stay as they are.
    expect(await storedRows(id)).toEqual(rows);
    await again.close();
  }, 30_000);

  test('the next merge only merges the rows written since into one row: the slices stay as they are', async () => {
    const id = freshId();
    const open = await openLocalWorkspace(id, { journal: null });
    const edit = (from: number) => {
      for (let i = from; i < from + COMPACT_AT + 20; i++)
        addPartner(open.doc, { name: `P${i}`, tags: ['a', 'b'], emails: [`p${i}@x.example`] });
    };
    edit(0);
    await vi.waitFor(async () => expect((await storedRows(id)).length).toBeLessThan(50), {
      timeout: 20_000,
    });
    const slices = await storedRows(id);
    edit(1_000);
    await vi.waitFor(async () => expect((await storedRows(id)).length).toBe(slices.length + 1), {
      timeout: 20_000,
    });
    const rows = await storedRows(id);
    expect(rows.slice(0, slices.length)).toEqual(slices);
    const expected = names(open.doc);
    await open.close();

    const again = await openLocalWorkspace(id, { journal: null });
    expect(names(again.doc)).toEqual(expected);
    expect(names(again.doc)).toHaveLength(2 * (COMPACT_AT + 20));
    await again.close();
  }, 30_000);

  test('one big row from an older version is re-stored as slices after it has been opened', async () => {
    const id = freshId();
    const doc = bigDoc(3_000);
    const update = Y.encodeStateAsUpdate(doc);
    expect(update.byteLength).toBeGreaterThan(1_000_000);
    await addRawRow(id, update);

    const open = await openLocalWorkspace(id, { journal: null });
    expect(names(open.doc)).toEqual(names(doc));
    const largest = async () => Math.max(...(await storedRows(id)).map((row) => row.byteLength));
    await vi.waitFor(async () => expect(await largest()).toBeLessThan(update.byteLength / 2), {
      timeout: 20_000,
    });
    expect((await storedRows(id)).length).toBeGreaterThan(1);
    // As opened (migrations may have added to it), items and deletions.
    const opened = Y.snapshot(open.doc);
    await open.close();

    const again = await openLocalWorkspace(id, { journal: null });
    expect(names(again.doc)).toEqual(names(doc));
    expect(Y.equalSnapshots(Y.snapshot(again.doc), opened)).toBe(true);
    await again.close();
  }, 30_000);

  test('loading gives the main thread back between rows', async () => {
    const id = freshId();
    const first = await openLocalWorkspace(id, { journal: null });
    for (let i = 0; i < 40; i++) addPartner(first.doc, { name: `P${i}` });
    await first.close();

    let ranDuringLoad = 0;
    const timer = setInterval(() => ranDuringLoad++, 0);
    const opened = await openLocalWorkspace(id, { journal: null, loadTaskMs: 0 });
    clearInterval(timer);
    expect(names(opened.doc)).toHaveLength(40);
    // 40 rows, a task each: a timer set before the open ran while it loaded.
    expect(ranDuringLoad).toBeGreaterThan(0);
    await opened.close();
  });
});
