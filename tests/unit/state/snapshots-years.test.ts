import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { addCheckin } from '../../../lib/model/checkin';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { MOVED_KEY } from '../../../lib/model/moved-entry';
import { historyForSnapshot, SnapshotsView } from '../../../lib/state/snapshots-view';
import { YearHistory } from '../../../lib/state/year-history';
import {
  listSnapshots,
  readSnapshot,
  takeSnapshot,
  countLiveRecords,
} from '../../../lib/storage/snapshots';
import { splitWorkspace, storage } from '../log/year-storage';

const TODAY = '2026-11-20';
let counter = 0;
const freshId = () => `years-${Date.now()}-${counter++}`;

/** A split workspace whose log and check-ins are in this school year's doc (2026). */
async function splitWithHistory() {
  const disk = storage();
  disk.keep(2026, (doc) => {
    for (let i = 0; i < 3; i++)
      addLogEntry(doc, { kind: 'call', date: '2026-10-0' + (i + 1), title: `Call ${i}` });
    addCheckin(doc, { goalId: 'g', date: '2026-10-01', value: 5 });
  });
  const history = new YearHistory(splitWorkspace(), disk.open, () => TODAY);
  await history.load(2026);
  return history;
}

describe('snapshots of a workspace whose history is split per school year', () => {
  test('keep the years loaded with the workspace doc, counted once', async () => {
    const history = await splitWithHistory();
    const yearDoc = await history.load(2026);
    // An original the migration moved, still in the workspace doc: counted in its year only.
    const moved = addLogEntry(history.main, { kind: 'call', date: '2026-10-01', title: 'Call 0' });
    collection(history.main, 'log').get(moved.id)!.set(MOVED_KEY, 2026);

    const id = freshId();
    const years = await historyForSnapshot(history);
    expect(years.map((y) => y.year)).toEqual([2026]);
    const info = await takeSnapshot(id, history.main, 'manual', Date.now(), years);
    expect(info!.counts).toMatchObject({ log: 3, checkins: 1 });
    expect(countLiveRecords(history.main).log).toBe(1);
    const stored = await readSnapshot(info!.id);
    expect(stored!.years.map((y) => y.year)).toEqual([2026]);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, stored!.years[0]!.update);
    expect(listLogEntries(copy).items).toHaveLength(3);
    expect(info!.bytes).toBe(stored!.update.byteLength + Y.encodeStateAsUpdate(yearDoc).byteLength);
  });

  test('restoring one brings back the year’s entries a peer removed', async () => {
    const history = await splitWithHistory();
    const yearDoc = await history.load(2026);
    const id = freshId();
    const view = new SnapshotsView(id, history.main, 'Ours', () => {}, history);
    expect((await view.takeNow()).ok).toBe(true);
    yearDoc.transact(() => {
      const log = collection(yearDoc, 'log');
      for (const key of [...log.keys()]) log.delete(key);
    }, 'test:remote');
    expect(listLogEntries(yearDoc).items).toHaveLength(0);

    const [manual] = await listSnapshots(id);
    const outcome = await view.restore(manual!.id);
    expect(outcome.ok).toBe(true);
    expect(
      listLogEntries(yearDoc)
        .items.map((e) => e.title)
        .sort(),
    ).toEqual(['Call 0', 'Call 1', 'Call 2']);
  });

  test('before the split a snapshot is the workspace doc alone, stored as older versions read it', async () => {
    const doc = new Y.Doc();
    addLogEntry(doc, { kind: 'call', date: '2026-10-01', title: 'Call' });
    const history = new YearHistory(doc, storage().open, () => TODAY);
    expect(await historyForSnapshot(history)).toEqual([]);
    const info = await takeSnapshot(freshId(), doc, 'manual');
    const stored = await readSnapshot(info!.id);
    expect(stored).toMatchObject({ years: [] });
    expect(stored!.update).toBeInstanceOf(Uint8Array);
  });
});
