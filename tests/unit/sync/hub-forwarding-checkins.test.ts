// The sync hub's forwarder (lib/sync/hub-forwarding.ts) carries an old-layout peer's check-ins
// into the hub's own year docs, as it does log entries: the hub's history (HubYearHistory) is
// driven here by hand, each year "opened" by the hub once its stored rows are in.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection, transactLocal } from '../../../lib/model/doc';
import { isMovedRaw, movedYearOf } from '../../../lib/model/history-split';
import { addLogEntry } from '../../../lib/model/log-entry';
import { insertRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';
import { migrateHistory, startForwarding } from '../../../lib/state/history-migration';
import { YearHistory, type YearDocOpener } from '../../../lib/state/year-history';
import { HubYearHistory } from '../../../lib/sync/hub-forwarding';
import { syncAll } from '../../helpers/yjs';

const TODAY = '2026-11-27';
/** Something other than the hub's own origins, as a peer's update applied by sync. */
const PEER = { peer: 'old-layout' };

/** A check-in as the old layout's `addCheckin` writes it: into the workspace doc, as the user. */
function checkin(doc: Y.Doc, id: string, date: string, value: number, createdAt = Date.now()) {
  transactLocal(doc, () =>
    insertRecord(doc, 'checkins', id, { goalId: 'goal-1', date, value, createdAt }),
  );
}

/** A workspace migrated by a panel, its year docs "on disk" for the hub to open. */
async function migratedWorkspace() {
  const main = new Y.Doc();
  addLogEntry(main, { kind: 'call', date: '2024-10-01', title: 'Planning call' });
  checkin(main, 'c-2023', '2023-11-02', 1, Date.parse('2023-11-02'));
  checkin(main, 'c-2024', '2024-10-03', 2, Date.parse('2024-10-03'));
  const disk = new Map<number, Y.Doc>();
  const open: YearDocOpener = (year, doc) => {
    disk.set(year, doc);
    return Promise.resolve({ close: () => Promise.resolve() });
  };
  const outcome = await migrateHistory(new YearHistory(main, open, () => TODAY));
  expect(outcome).toMatchObject({ status: 'migrated', moved: 3, years: [2024, 2023] });
  return { main, disk };
}

/** The hub's copy of the workspace and its history; `hold` opens a year from "disk". */
function hubOver(stored: { main: Y.Doc; disk: Map<number, Y.Doc> }) {
  const main = new Y.Doc();
  Y.applyUpdate(main, Y.encodeStateAsUpdate(stored.main));
  const open = new Map<number, Y.Doc>();
  const history: HubYearHistory = new HubYearHistory(main, {
    hold: (year) => {
      if (!open.has(year))
        queueMicrotask(() => {
          const doc = new Y.Doc();
          const kept = stored.disk.get(year);
          if (kept) Y.applyUpdate(doc, Y.encodeStateAsUpdate(kept));
          open.set(year, doc);
          history.opened(year, doc);
        });
      return () => {};
    },
    today: () => TODAY,
  });
  return { main, open, history };
}

describe('the sync hub forwards an old-layout peer’s check-ins', () => {
  test('a new check-in reaches the hub’s year doc (opened for it) and its original is marked; an Undo of it removes the copy', async () => {
    const stored = await migratedWorkspace();
    const hub = hubOver(stored);
    const problems: unknown[] = [];
    const forwarding = startForwarding(hub.history, { onError: (error) => problems.push(error) });

    const old = new Y.Doc();
    syncAll(stored.main, old);
    const undo = createUndoManager(old);
    checkin(old, 'c-new', '2025-09-20', 7);
    const send = () =>
      Y.applyUpdate(hub.main, Y.encodeStateAsUpdate(old, Y.encodeStateVector(hub.main)), PEER);
    send();
    await forwarding.settled();

    const year2025 = hub.open.get(2025);
    expect(collection(year2025!, 'checkins').get('c-new')?.toJSON()).toEqual(
      collection(old, 'checkins').get('c-new')!.toJSON(),
    );
    expect(movedYearOf(collection(hub.main, 'checkins').get('c-new'))).toBe(2025);
    // Moved check-ins arriving again are no edit: the other years stay closed.
    expect([...hub.open.keys()]).toEqual([2025]);

    // The mark reaches the old peer; it undoes adding the check-in.
    Y.applyUpdate(old, Y.encodeStateAsUpdate(hub.main, Y.encodeStateVector(old)));
    expect(isMovedRaw(collection(old, 'checkins').get('c-new'))).toBe(true);
    undo.undo();
    send();
    await forwarding.settled();
    expect(collection(hub.main, 'checkins').has('c-new')).toBe(false);
    expect(collection(year2025!, 'checkins').has('c-new')).toBe(false);
    await forwarding.stop();
    expect(problems).toEqual([]);
  });
});
