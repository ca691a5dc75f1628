import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { backupText, createBackup } from '../../../lib/model/backup';
import { parseCsvText } from '../../../lib/model/csv-table';
import { collection } from '../../../lib/model/doc';
import { historyYears, isYearLayout, yearDocId } from '../../../lib/model/history-years';
import { deleteLogEntry } from '../../../lib/model/log-entry';
import { listLogEntriesIn } from '../../../lib/model/log-docs';
import { MOVED_KEY } from '../../../lib/model/moved-entry';
import { restoreIntoNewWorkspace } from '../../../lib/state/backup-new-workspace';
import { exportFile } from '../../../lib/state/data-export';
import { deletionsViewOf } from '../../../lib/state/deletions-view';
import { quarantineViewOf } from '../../../lib/state/quarantine-view';
import { SnapshotsView } from '../../../lib/state/snapshots-view';
import { YearHistory } from '../../../lib/state/year-history';
import { openLocalWorkspace } from '../../../lib/sync/local-persistence';
import { splitWorkspace } from '../../helpers/split-workspace';

let counter = 0;
const freshId = () => `split-${Date.now()}-${counter++}`;
const sorted = (values: readonly string[]) => [...values].sort();

/** The fixture's workspace doc with a history whose years load the fixture's year docs. */
function openSplit() {
  const w = splitWorkspace();
  const stored = new Map(w.years.map(({ year, doc }) => [year, Y.encodeStateAsUpdate(doc)]));
  const opened: number[] = [];
  const history = new YearHistory(w.main, async (year, doc) => {
    opened.push(year);
    const update = stored.get(year);
    if (update) Y.applyUpdate(doc, update);
    return { close: () => Promise.resolve() };
  });
  // What a session hands the feature views (WorkspaceSession.feature and .history).
  const session = {
    history,
    feature: <T extends { dispose: () => void }>(_key: string, create: (doc: Y.Doc) => T) =>
      create(w.main),
  };
  return { ...w, history, opened, session };
}

async function csvTitles(text: string) {
  const raw = await parseCsvText(text, { pause: () => Promise.resolve() });
  return raw.records
    .filter((record) => record.some(Boolean))
    .slice(1)
    .map((row) => row[2]!);
}

describe('Settings → Export in a split workspace', () => {
  test('the log CSV, after loading every year, holds each entry once', async () => {
    const w = openSplit();
    expect(w.history.all()).toEqual([w.main]);
    const file = exportFile(
      w.main,
      { kind: 'log' },
      'Home',
      new Date(2026, 0, 1),
      await w.history.loadAll(),
    );
    expect([...w.opened].sort()).toEqual([2024, 2025]);
    expect(sorted(await csvTitles(file.text))).toEqual(w.titles);
  });
});

describe('backing up and restoring a split workspace', () => {
  test('Back up loads every year; Restore into a new workspace writes them as its year docs', async () => {
    const w = openSplit();
    const view = new SnapshotsView(freshId(), w.main, 'Home', () => {}, w.history);
    const file = await view.backup(new Date(2026, 0, 1));
    expect([...w.opened].sort()).toEqual([2024, 2025]);

    const newId = freshId();
    const workspaces = {
      current: {
        value: { entry: { id: 'open' }, session: { doc: new Y.Doc() } } as {
          entry?: { id: string };
          session: { doc: Y.Doc };
        } | null,
      },
      create: vi.fn(async () => {
        workspaces.current.value = { entry: { id: newId }, session: { doc: new Y.Doc() } };
      }),
    };
    const outcome = await restoreIntoNewWorkspace(workspaces, file.text);
    expect(outcome).toMatchObject({ ok: true });
    const restored = workspaces.current.value!.session.doc;
    expect(isYearLayout(restored)).toBe(true);
    expect(historyYears(restored)).toEqual([2025, 2024]);

    const years = await Promise.all(
      [2025, 2024].map((year) => openLocalWorkspace(yearDocId(newId, year), { journal: null })),
    );
    try {
      const docs = [restored, ...years.map((y) => y.doc)];
      expect(sorted(listLogEntriesIn(docs).items.map((e) => e.title))).toEqual(w.titles);
      expect(collection(years[1]!.doc, 'log').get(w.ids.old)?.get('title')).toBe(
        'Old year meeting',
      );
      // The moved copy came back as it was: still marked, still skipped.
      expect(collection(restored, 'log').get(w.ids.old)?.get(MOVED_KEY)).toBe(2024);
    } finally {
      await Promise.all(years.map((y) => y.close()));
    }
  });

  test('Restore backup merges the years into the open workspace’s year docs', async () => {
    const source = splitWorkspace();
    const text = backupText(createBackup(source.main, 'Home', 0, source.years));
    const target = new Y.Doc();
    const history = new YearHistory(target, () => Promise.resolve({ close: async () => {} }));
    const view = new SnapshotsView(freshId(), target, 'Mine', () => {}, history);
    expect(await view.restoreBackup(text)).toMatchObject({ ok: true });
    expect(history.split).toBe(true);
    expect(history.knownYears()).toEqual([2025, 2024]);
    const docs = await history.loadAll();
    expect(docs).toHaveLength(3);
    expect(sorted(listLogEntriesIn(docs).items.map((e) => e.title))).toEqual(source.titles);
  });

  test('an old backup (one doc, version 1) still restores, and the workspace stays in one doc', async () => {
    const source = splitWorkspace();
    const oldDoc = source.years[1]!.doc;
    const text = backupText(createBackup(oldDoc, 'Home', 0));
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    const target = new Y.Doc();
    const history = new YearHistory(target, () => Promise.resolve({ close: async () => {} }));
    const view = new SnapshotsView(freshId(), target, 'Mine', () => {}, history);
    expect(await view.restoreBackup(text)).toMatchObject({ ok: true });
    expect(history.split).toBe(false);
    expect(listLogEntriesIn(target).items.map((e) => e.title)).toEqual(['Old year meeting']);

    const fresh = new Y.Doc();
    const workspaces = {
      current: { value: null as { session: { doc: Y.Doc } } | null },
      create: async () => {
        workspaces.current.value = { session: { doc: fresh } };
      },
    };
    expect(await restoreIntoNewWorkspace(workspaces, text)).toMatchObject({ ok: true });
    expect(isYearLayout(fresh)).toBe(false);
    expect(listLogEntriesIn(fresh).items.map((e) => e.title)).toEqual(['Old year meeting']);
  });
});

describe('Recently deleted in a split workspace', () => {
  test('lists a year doc’s deleted entry once, from its doc, and restores it there', async () => {
    const w = openSplit();
    const view = deletionsViewOf(w.session);
    expect(view.recentlyDeleted.value).toEqual([]);
    const [y2025, y2024] = await Promise.all([w.history.load(2025), w.history.load(2024)]);
    deleteLogEntry(y2024, w.ids.old, 'Ann', 100);
    deleteLogEntry(y2025, w.ids.recent, 'Bo', 200);
    // The moved copy, deleted too, is not listed a second time.
    deleteLogEntry(w.main, w.ids.old, 'Ann', 300);
    expect(view.recentlyDeleted.value.map((r) => [r.title, r.deletedBy])).toEqual([
      ['This year meeting', 'Bo'],
      ['Old year meeting', 'Ann'],
    ]);
    expect(view.restore({ collection: 'log', id: w.ids.old })).toBe(true);
    expect(collection(y2024, 'log').get(w.ids.old)?.has('deletedAt')).toBe(false);
    expect(view.recentlyDeleted.value.map((r) => r.title)).toEqual(['This year meeting']);
    view.dispose();
  });
});

describe('Needs attention in a split workspace', () => {
  test('lists a year doc’s unreadable entry, never the moved copy, and deletes it in its doc', async () => {
    const w = openSplit();
    const view = quarantineViewOf(w.session);
    await vi.waitFor(() => expect(view.ready.value).toBe(true));
    // An unreadable moved copy: readers skip it, so it needs no one's attention.
    collection(w.main, 'log').get(w.ids.old)!.set('date', 42);
    const y2024 = await w.history.load(2024);
    collection(y2024, 'log').get(w.ids.old)!.set('date', 'not a date');
    await vi.waitFor(() =>
      expect(view.items.value.map((r) => [r.collection, r.id])).toEqual([['log', w.ids.old]]),
    );
    const exported = JSON.parse(view.exportJson()) as { records: { value: { date: string } }[] };
    expect(exported.records[0]!.value.date).toBe('not a date');
    expect(view.remove(view.items.value[0]!)).toBe(true);
    expect(collection(y2024, 'log').has(w.ids.old)).toBe(false);
    expect(collection(w.main, 'log').has(w.ids.old)).toBe(true);
    view.dispose();
  });
});
