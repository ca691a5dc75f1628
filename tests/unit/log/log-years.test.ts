import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { summaryContactOf } from '../../../lib/model/contact-summary';
import { collection } from '../../../lib/model/doc';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { MOVED_KEY } from '../../../lib/model/moved-entry';
import { logActions } from '../../../lib/state/log-actions';
import { LogView } from '../../../lib/state/log-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { YearHistory, type YearDocOpener } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from './year-storage';

const TODAY = '2026-11-20';
const clock = () => Date.UTC(2026, 10, 20, 12);

const settle = async (view: LogView) => {
  for (let i = 0; i < 50 && !view.ready.value; i++) await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('the log in the split layout (a doc per school year)', () => {
  test('only the current year loads until a view asks for an older one, which then joins the timeline', async () => {
    const disk = storage();
    disk.keep(2026, (doc) =>
      addLogEntry(doc, { kind: 'call', date: '2026-10-02', title: 'This year', partnerIds: ['p'] }),
    );
    disk.keep(2024, (doc) =>
      addLogEntry(doc, { kind: 'visit', date: '2024-10-02', title: 'Old', partnerIds: ['p'] }),
    );
    const history = new YearHistory(splitWorkspace(), disk.open, () => TODAY);
    const view = new LogView(history.main, { chunkSize: 100, history, clock });
    await history.load(history.currentYear);
    await settle(view);
    expect(disk.opened).toEqual([2026]);
    expect(view.timeline().map((e) => e.date)).toEqual(['2026-10-02']);
    expect(history.unloadedYears()).toEqual([2025, 2024]);

    await history.loadOlder();
    await history.loadOlder();
    await settle(view);
    expect(disk.opened).toEqual([2026, 2025, 2024]);
    expect(view.timeline().map((e) => e.date)).toEqual(['2026-10-02', '2024-10-02']);
    expect(view.timelineOf('p')).toHaveLength(2);
    expect(history.unloadedYears()).toEqual([]);
  });

  test('a copy the migration left behind is skipped, and an entry in two docs counts once', async () => {
    const main = splitWorkspace();
    const moved = addLogEntry(main, { kind: 'call', date: '2025-10-01', title: 'Moved' });
    collection(main, 'log').get(moved.id)!.set(MOVED_KEY, 2025);
    const history = new YearHistory(main, async () => ({ close: () => Promise.resolve() }));
    const year = await history.load(2025);
    // The year's copy, under the same id, as the migration writes it.
    year.transact(() => {
      const copy = new Y.Map<unknown>();
      collection(year, 'log').set(moved.id, copy);
      for (const [key, value] of collection(main, 'log').get(moved.id)!.entries())
        if (key !== MOVED_KEY && !(value instanceof Y.AbstractType)) copy.set(key, value);
      copy.set('title', 'Moved (year copy)');
    });
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    expect(view.size).toBe(1);
    expect(view.invalidCount).toBe(0);
    expect(view.entry(moved.id)?.title).toBe('Moved (year copy)');
    expect(view.docOf(moved.id)).toBe(year);
  });

  test('an entry asked for before its year has loaded is found once it has (a new entry’s page)', async () => {
    const main = splitWorkspace();
    let release!: () => void;
    const slow: YearDocOpener = () =>
      new Promise((resolve) => (release = () => resolve({ close: () => Promise.resolve() })));
    const history = new YearHistory(main, slow, () => TODAY);
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    const { id } = addLogEntry(history.docFor('2022-10-01'), {
      kind: 'call',
      date: '2022-10-01',
      title: 'Backdated',
    });
    expect(view.entry(id)).toBeUndefined();
    release();
    await settle(view);
    expect(view.entry(id)?.title).toBe('Backdated');
  });

  test('a moved original counts until its year’s doc is read, then the year’s copy does', async () => {
    const disk = storage();
    const main = splitWorkspace();
    const moved = addLogEntry(main, { kind: 'call', date: '2024-10-01', title: 'Original' });
    collection(main, 'log').get(moved.id)!.set(MOVED_KEY, 2024);
    disk.keep(2024, (doc) => {
      const copy = new Y.Map<unknown>();
      collection(doc, 'log').set(moved.id, copy);
      for (const [key, value] of collection(main, 'log').get(moved.id)!.entries())
        if (key !== MOVED_KEY && !(value instanceof Y.AbstractType)) copy.set(key, value);
      copy.set('title', 'Edited in its year');
    });
    const history = new YearHistory(main, disk.open, () => TODAY);
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    expect(view.timeline().map((e) => view.entry(e.id)?.title)).toEqual(['Original']);
    await history.load(2024);
    await settle(view);
    expect(view.timeline().map((e) => view.entry(e.id)?.title)).toEqual(['Edited in its year']);
    expect(view.size).toBe(1);
  });

  test('a new entry is written to its date’s year and edits go to the doc that holds it', async () => {
    const main = splitWorkspace();
    const history = new YearHistory(main, async () => ({ close: () => Promise.resolve() }));
    const session = new WorkspaceSession(main, { history });
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    const actions = logActions(session, 'Sam', view);
    const id = actions.add({ kind: 'meeting', date: '2023-10-05', title: 'Backdated' });
    await settle(view);
    const year2023 = await history.load(2023);
    expect(listLogEntries(year2023).items.map((e) => e.title)).toEqual(['Backdated']);
    expect(listLogEntries(main).items).toEqual([]);
    expect(history.knownYears()).toContain(2023);

    actions.update(id, { kind: 'meeting', date: '2023-10-05', title: 'Renamed' });
    await settle(view);
    expect(listLogEntries(year2023).items[0]!.title).toBe('Renamed');
    expect(view.entry(id)?.title).toBe('Renamed');
    actions.remove(id);
    await settle(view);
    expect(view.size).toBe(0);
    session.dispose();
  });

  test('last contact comes from the summary for a partner whose year is not loaded, and loaded years raise it', async () => {
    const disk = storage();
    disk.keep(2024, (doc) =>
      addLogEntry(doc, { kind: 'visit', date: '2024-10-02', title: 'Old', partnerIds: ['p'] }),
    );
    const main = splitWorkspace();
    const history = new YearHistory(main, disk.open, () => TODAY);
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    // Not loaded and no summary yet: unknown, as before the split.
    expect(view.lastContactOf('p')).toBeUndefined();
    await history.load(2024);
    await settle(view);
    expect(summaryContactOf(main, 'p')).toBe('2024-10-02');
    expect(view.lastContactOf('p')).toBe('2024-10-02');

    // The next open holds only the current year: the summary still knows the 2024 contact.
    const next = new YearHistory(main, storage().open, () => TODAY);
    const fresh = new LogView(main, { chunkSize: 100, history: next, clock });
    await settle(fresh);
    expect(fresh.size).toBe(0);
    expect(fresh.lastContactOf('p')).toBe('2024-10-02');
  });

  test('before the split the workspace doc alone holds the log, as it always did', async () => {
    const main = new Y.Doc();
    const history = new YearHistory(main, () => Promise.reject(new Error('no year docs')));
    addLogEntry(main, { kind: 'call', date: '2021-03-01', title: 'Kept', partnerIds: ['p'] });
    const view = new LogView(main, { chunkSize: 100, history, clock });
    await settle(view);
    expect(history.docFor('2021-03-01')).toBe(main);
    expect(history.unloadedYears()).toEqual([]);
    expect(view.size).toBe(1);
    expect(view.lastContactOf('p')).toBe('2021-03-01');
  });
});
