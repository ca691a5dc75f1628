import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { firstViewPicture } from '../../../components/partners/first-view-picture';
import {
  FIRST_VIEW_KEY,
  FIRST_VIEW_ROWS,
  readFirstView,
  type FirstView,
} from '../../../lib/model/first-view';
import { readBeside } from '../../../lib/sync/beside-store';
import { databaseNameFor } from '../../../lib/sync/workspace-database';
import { addPartner, getPartner, listPartners, type Partner } from '../../../lib/model/partner';
import { FirstViewKeeper } from '../../../lib/state/first-view-keeper';
import { openLocalWorkspace } from '../../../lib/sync/local-persistence';

function partners(count: number): Partner[] {
  const doc = new Y.Doc();
  for (let i = 0; i < count; i++)
    addPartner(doc, {
      name: `Partner ${String(i).padStart(3, '0')}`,
      kind: 'library',
      website: 'https://library.example/',
      emails: ['first@library.example', 'second@library.example'],
      tags: ['reading', 'summer', 'grade 3', 'volunteers'],
    });
  return listPartners(doc).items.sort((a, b) => a.name.localeCompare(b.name));
}

afterEach(() => vi.useRealTimers());

describe('first view kept beside the doc', () => {
  test('holds the first screen of the list as worded, and the count, and reads back as written', () => {
    const list = partners(FIRST_VIEW_ROWS + 15);
    const view = firstViewPicture({
      partners: list,
      peopleCount: (id: string) => (id === list[0]!.id ? 3 : 0),
      contactOf: () => ({ lastContact: '2026-11-02', overdue: true }),
      healthOf: () => ({ level: 'watch', reasons: [{ code: 'openConcerns', count: 1 }] }),
    });
    expect(view.total).toBe(FIRST_VIEW_ROWS + 15);
    expect(view.lang).toBe('en');
    expect(view.texts.count).toBe('75 partners');
    expect(view.rows).toHaveLength(FIRST_VIEW_ROWS);
    const first = view.rows[0]!;
    expect(first.name).toBe('Partner 000');
    expect(first.texts.detail).toBe('Library · library.example · 3 people');
    expect(first.texts.contact).toEqual({
      overdue: true,
      text: '● Due for contact · Last contact 2026-11-02 · ',
    });
    expect(first.texts.concern?.level).toBe('watch');
    expect(first.texts.tags).toEqual(['reading', 'summer']);
    expect(first.texts.tagsLabel).toBe('Tags: reading, summer, grade 3, volunteers');
    // Stored by IndexedDB's structured clone, read back through the check.
    expect(readFirstView(structuredClone(view))).toEqual(view);
  });

  test('anything that is not a first view this version wrote is ignored, never shown', () => {
    const good = firstViewPicture({ partners: partners(2), peopleCount: () => 0 });
    const row = good.rows[0]!;
    const broken: unknown[] = [
      undefined,
      null,
      'rows',
      { ...good, version: 1 },
      { ...good, total: -1 },
      { ...good, lang: 42 },
      { ...good, texts: { status: 'Opening' } },
      { ...good, rows: [{ id: 'x', name: 'X' }] },
      { ...good, rows: Array.from({ length: FIRST_VIEW_ROWS + 1 }, () => row) },
      { ...good, rows: [{ ...row, name: 'x'.repeat(5000) }] },
      { ...good, rows: [{ ...row, logo: 'javascript:alert(1)' }] },
      { ...good, rows: [{ ...row, texts: { ...row.texts, tags: ['a', 'b', 'c'] } }] },
      { ...good, rows: [{ ...row, texts: { ...row.texts, concern: { level: 'x', text: '' } } }] },
    ];
    for (const value of broken) expect(readFirstView(value)).toBeNull();
  });

  test('the keeper writes once a while after changes, at once on flush, and skips repeats', async () => {
    vi.useFakeTimers();
    const written: FirstView[] = [];
    const keeper = new FirstViewKeeper(async (view) => void written.push(view), 5_000);
    let list = partners(2);
    const build = () => firstViewPicture({ partners: list, peopleCount: () => 0 });
    keeper.changed(build);
    keeper.changed(build);
    expect(written).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written).toHaveLength(1);
    keeper.changed(build);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(written).toHaveLength(1);
    list = partners(3);
    keeper.changed(build);
    keeper.dispose();
    expect(written).toHaveLength(2);
    expect(written[1]!.total).toBe(3);
  });

  test('a failed write is said in the console and tried again with the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    const written: FirstView[] = [];
    const keeper = new FirstViewKeeper(async (view) => {
      if (fail) throw new Error('disk full');
      written.push(view);
    }, 10);
    const build = () => firstViewPicture({ partners: partners(1), peopleCount: () => 0 });
    keeper.changed(build);
    keeper.flush();
    await Promise.resolve();
    expect(warn).toHaveBeenCalled();
    fail = false;
    keeper.changed(build);
    keeper.flush();
    expect(written).toHaveLength(1);
  });

  test('stored beside the doc, it is shown before the doc loads, and never mixed into the doc', async () => {
    const id = `first-view-${Date.now()}`;
    const first = await openLocalWorkspace(id, { journal: null });
    const partnerId = addPartner(first.doc, { name: 'Riverside Library' });
    const view = firstViewPicture({
      partners: [getPartner(first.doc, partnerId)!],
      peopleCount: () => 0,
    });
    await first.keepBeside(FIRST_VIEW_KEY, view);
    await first.close();

    const seen: { value: unknown; partnersLoaded: number }[] = [];
    let doc: Y.Doc | null = null;
    const again = await openLocalWorkspace(id, {
      journal: null,
      preview: {
        key: FIRST_VIEW_KEY,
        show: (value) => seen.push({ value, partnersLoaded: doc ? 1 : 0 }),
      },
    });
    doc = again.doc;
    expect(seen).toEqual([{ value: view, partnersLoaded: 0 }]);
    expect(listPartners(again.doc).items.map((p) => p.name)).toEqual(['Riverside Library']);
    expect(await again.readSetAside()).toEqual([]);
    await again.close();
    // The panel's first chunk reads it on its own, before any of this has loaded.
    expect(await readBeside(databaseNameFor(id), FIRST_VIEW_KEY)).toEqual(view);
  });

  test('reading a picture of a workspace that has no database creates none, and it still opens', async () => {
    const id = `never-opened-${Date.now()}`;
    expect(await readBeside(databaseNameFor(id), FIRST_VIEW_KEY)).toBeUndefined();
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain(databaseNameFor(id));
    const local = await openLocalWorkspace(id, { journal: null });
    addPartner(local.doc, { name: 'Saved' });
    await local.close();
  });

  test('a workspace with nothing kept beside it opens without a preview', async () => {
    const show = vi.fn();
    const local = await openLocalWorkspace(`no-first-view-${Date.now()}`, {
      journal: null,
      preview: { key: FIRST_VIEW_KEY, show },
    });
    expect(show).not.toHaveBeenCalled();
    await local.close();
  });
});
