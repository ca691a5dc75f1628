import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  FIRST_VIEW_KEY,
  FIRST_VIEW_ROWS,
  firstViewOf,
  readFirstView,
  type FirstView,
} from '../../../lib/model/first-view';
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
  test('holds the first screen of the list and the count, and reads back as written', () => {
    const list = partners(FIRST_VIEW_ROWS + 15);
    const view = firstViewOf({
      partners: list,
      peopleCount: (id) => (id === list[0]!.id ? 3 : 0),
      contactOf: () => ({ lastContact: '2026-11-02', overdue: false }),
      healthOf: () => ({ level: 'watch', reasons: [{ code: 'openConcerns', count: 1 }] }),
    });
    expect(view.total).toBe(FIRST_VIEW_ROWS + 15);
    expect(view.rows).toHaveLength(FIRST_VIEW_ROWS);
    expect(view.rows[0]!.partner.name).toBe('Partner 000');
    expect(view.rows[0]!.peopleCount).toBe(3);
    expect(view.rows[0]!.partner.emails).toEqual(['first@library.example']);
    expect(view.rows[0]!.partner.tags).toHaveLength(3);
    // Stored by IndexedDB's structured clone, read back through the schema.
    expect(readFirstView(structuredClone(view))).toEqual(view);
  });

  test('anything that is not a first view this version wrote is ignored, never shown', () => {
    const good = firstViewOf({ partners: partners(2), peopleCount: () => 0 });
    const broken: unknown[] = [
      undefined,
      null,
      'rows',
      { ...good, version: 2 },
      { ...good, total: -1 },
      { ...good, rows: [{ partner: { id: 'x', name: 'X' }, peopleCount: 0 }] },
      { ...good, rows: Array.from({ length: FIRST_VIEW_ROWS + 1 }, () => good.rows[0]) },
      { ...good, rows: [{ ...good.rows[0], partner: { ...good.rows[0]!.partner, kind: 'bank' } }] },
      {
        ...good,
        rows: [{ ...good.rows[0], partner: { ...good.rows[0]!.partner, name: 'x'.repeat(5000) } }],
      },
    ];
    for (const value of broken) expect(readFirstView(value)).toBeNull();
  });

  test('the keeper writes once a while after changes, at once on flush, and skips repeats', async () => {
    vi.useFakeTimers();
    const written: FirstView[] = [];
    const keeper = new FirstViewKeeper(async (view) => void written.push(view), 5_000);
    let list = partners(2);
    const build = () => firstViewOf({ partners: list, peopleCount: () => 0 });
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
    const build = () => firstViewOf({ partners: partners(1), peopleCount: () => 0 });
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
    const view = firstViewOf({
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
