import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import {
  dropMovedEntries,
  isMovedRaw,
  MOVED_AT_KEY,
  MOVED_KEY,
} from '../../../lib/model/history-split';
import { createUndoManager } from '../../../lib/model/undo';
import { historyYears, isYearLayout } from '../../../lib/model/history-years';
import {
  addLogEntry,
  deleteLogEntry,
  listLogEntries,
  updateLogEntry,
  type LogEntry,
} from '../../../lib/model/log-entry';
import {
  dropMovedHistory,
  HistoryMigrationError,
  migrateHistory,
  startForwarding,
} from '../../../lib/state/history-migration';
import { memoryYears, YearHistory, type YearDocOpener } from '../../../lib/state/year-history';
import { syncAll } from '../../helpers/yjs';

const TODAY = '2026-11-27';
const NOW = Date.UTC(2026, 10, 27);

const history = (doc: Y.Doc) => new YearHistory(doc, memoryYears, () => TODAY);

/** Live entries across the workspace doc (skipping moved originals) and every loaded year. */
function liveEntries(h: YearHistory): Map<string, LogEntry> {
  const out = new Map<string, LogEntry>();
  for (const doc of h.all()) {
    const log = collection(doc, 'log');
    for (const entry of listLogEntries(doc).items) {
      if (doc === h.main && isMovedRaw(log.get(entry.id))) continue;
      expect(out.has(entry.id), `${entry.id} shows twice`).toBe(false);
      out.set(entry.id, entry);
    }
  }
  return out;
}

/** `count` entries over school years 2019–2025 (September start), a few with agendas. */
function fillLog(doc: Y.Doc, count: number): string[] {
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const year = 2019 + (i % 7);
      const month = String((i % 12) + 1).padStart(2, '0');
      const { id } = addLogEntry(
        doc,
        {
          kind: i % 3 === 0 ? 'meeting' : 'call',
          date: `${year}-${month}-${String((i % 28) + 1).padStart(2, '0')}`,
          title: `Entry ${i}`,
          notes: i % 5 === 0 ? `Notes of ${i}` : undefined,
          partnerIds: [`00000000-0000-4000-8000-${String(i % 50).padStart(12, '0')}`],
          decisions: i % 4 === 0 ? ['Decided'] : [],
          agenda:
            i % 10 === 0
              ? [
                  { text: `Item ${i}.1`, notes: 'minutes', decisions: ['ok'] },
                  { text: `Item ${i}.2` },
                ]
              : [],
        },
        NOW - i,
      );
      ids.push(id);
    }
  });
  return ids;
}

describe('migrateHistory', () => {
  test('moves 100,000 entries into their year docs with every id and field value kept', async () => {
    const main = new Y.Doc();
    const ids = fillLog(main, 100_000);
    // A few soft-deleted entries move too (and stay deleted).
    for (const id of ids.slice(0, 30)) deleteLogEntry(main, id, 'Ana', NOW);
    const before = listLogEntries(main);
    expect(before.items).toHaveLength(100_000 - 30);
    const beforeRaw = new Map<string, unknown>();
    for (const id of ids.filter((_, i) => i % 997 === 0 || i < 40))
      beforeRaw.set(id, collection(main, 'log').get(id)!.toJSON());

    const h = history(main);
    const started = performance.now();
    const outcome = await migrateHistory(h, { sliceSize: 5_000, now: () => NOW });
    const ms = performance.now() - started;
    console.info(`migrated 100,000 entries in ${Math.round(ms)} ms`);

    expect(outcome).toEqual({
      status: 'migrated',
      moved: 100_000,
      years: [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018],
    });
    expect(isYearLayout(main)).toBe(true);
    expect(historyYears(main)).toEqual(outcome.status === 'migrated' ? outcome.years : []);
    // Every original is marked, none is gone.
    const log = collection(main, 'log');
    expect(log.size).toBe(100_000);
    log.forEach((raw) => expect(raw.get(MOVED_AT_KEY)).toBe(NOW));

    const after = liveEntries(h);
    expect(after.size).toBe(before.items.length);
    for (const entry of before.items) expect(after.get(entry.id)).toEqual(entry);
    // Raw maps, agenda included, are the same apart from the marks, in the right year.
    for (const [id, raw] of beforeRaw) {
      const year = log.get(id)!.get(MOVED_KEY) as number;
      const copy = collection(
        h.all().find((d) => h.yearOfDoc(d) === year)!,
        'log',
      ).get(id);
      expect(copy?.toJSON()).toEqual(raw);
    }
    const withAgenda = after.get(ids[40]!)!;
    expect(withAgenda.agenda.map((item) => item.text)).toEqual(['Item 40.1', 'Item 40.2']);
    expect(withAgenda.agenda[0]).toMatchObject({ notes: 'minutes', decisions: ['ok'] });
    // School year by date: 2019-01-01 is in the school year starting September 2018.
    const first = log.get(ids[0]!)!;
    expect(first.get('date')).toBe('2019-01-01');
    expect(first.get(MOVED_KEY)).toBe(2018);
  }, 240_000);

  test('an entry without a valid date goes to the year it was created in', async () => {
    const main = new Y.Doc();
    const { id } = addLogEntry(main, { kind: 'note', date: '2024-03-01', title: 'Odd' }, NOW);
    main.transact(() => collection(main, 'log').get(id)!.set('date', 'someday'));
    const h = history(main);
    await migrateHistory(h, { now: () => NOW });
    // Created 27 November 2026: school year 2026.
    expect(collection(main, 'log').get(id)!.get(MOVED_KEY)).toBe(2026);
    expect(
      collection(await h.load(2026), 'log')
        .get(id)
        ?.get('title'),
    ).toBe('Odd');
  });

  test('a failed snapshot stops the migration with its reason and changes nothing', async () => {
    const main = new Y.Doc();
    fillLog(main, 50);
    const before = Y.encodeStateAsUpdate(main);
    const h = history(main);
    const run = migrateHistory(h, {
      beforeMigrate: () => Promise.reject(new Error('quota exceeded')),
    });
    await expect(run).rejects.toThrow(HistoryMigrationError);
    await expect(run).rejects.toThrow(/snapshot.*nothing was moved: quota exceeded/);
    expect(Y.encodeStateAsUpdate(main)).toEqual(before);
    expect(isYearLayout(main)).toBe(false);
    expect(h.all()).toEqual([main]);
    expect(h.knownYears()).toEqual([]);
    // Once the snapshot works, it runs.
    let snapshots = 0;
    const outcome = await migrateHistory(h, {
      beforeMigrate: () => Promise.resolve(snapshots++),
    });
    expect(snapshots).toBe(1);
    expect(outcome).toMatchObject({ status: 'migrated', moved: 50 });
  });

  test('skips a workspace already split or with an empty log, and a second run moves nothing', async () => {
    const empty = history(new Y.Doc());
    expect(await migrateHistory(empty)).toEqual({ status: 'skipped', reason: 'empty' });
    const main = new Y.Doc();
    fillLog(main, 20);
    const h = history(main);
    expect(await migrateHistory(h)).toMatchObject({ status: 'migrated', moved: 20 });
    expect(await migrateHistory(h)).toEqual({ status: 'skipped', reason: 'split' });
  });

  test('two peers migrating at once converge with one copy of each entry', async () => {
    const a = new Y.Doc();
    const ids = fillLog(a, 500);
    const b = new Y.Doc();
    syncAll(a, b);
    const ha = history(a);
    const hb = history(b);
    await Promise.all([
      migrateHistory(ha, { sliceSize: 70 }),
      migrateHistory(hb, { sliceSize: 70 }),
    ]);
    syncAll(a, b);
    for (const year of ha.knownYears()) syncAll(await ha.load(year), await hb.load(year));
    expect(ha.knownYears()).toEqual(hb.knownYears());
    const fromA = liveEntries(ha);
    const fromB = liveEntries(hb);
    expect(fromA.size).toBe(500);
    expect([...fromA.keys()].sort()).toEqual([...ids].sort());
    expect(fromB).toEqual(fromA);
    // One copy per entry across all years.
    let copies = 0;
    for (const year of ha.knownYears()) {
      const yearA = await ha.load(year);
      const yearB = await hb.load(year);
      copies += collection(yearA, 'log').size;
      expect(Y.encodeStateVector(yearA)).toEqual(Y.encodeStateVector(yearB));
      expect(collection(yearA, 'log').toJSON()).toEqual(collection(yearB, 'log').toJSON());
    }
    expect(copies).toBe(500);
  });

  test('an entry added while the migration runs is moved before the layout is marked', async () => {
    const main = new Y.Doc();
    fillLog(main, 300);
    const h = history(main);
    const run = migrateHistory(h, { sliceSize: 50 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(isYearLayout(main)).toBe(false);
    const { id } = addLogEntry(main, { kind: 'note', date: '2025-10-01', title: 'Late' });
    await run;
    expect(isMovedRaw(collection(main, 'log').get(id))).toBe(true);
    expect(liveEntries(h).get(id)?.title).toBe('Late');
  });
});

describe('startForwarding', () => {
  test("an old-layout peer's new entries, edits and deletes reach the year docs; the migrated peer's edits stay", async () => {
    const old = new Y.Doc();
    const ids = fillLog(old, 40);
    const migrated = new Y.Doc();
    syncAll(old, migrated);
    const h = history(migrated);
    const forwarding = startForwarding(h);
    await migrateHistory(h);
    await forwarding.settled();

    // The migrated peer edits copies in the year docs (as the split layout's readers and writers do).
    const [editedHere, editedThere, editedBoth, deletedThere, agendaEntry] = [
      ids[1]!,
      ids[2]!,
      ids[3]!,
      ids[4]!,
      ids[10]!,
    ];
    const yearDocOf = (id: string) =>
      h.docFor(collection(old, 'log').get(id)!.get('date') as string);
    updateLogEntry(yearDocOf(editedHere), editedHere, { title: 'Renamed on the split peer' });
    updateLogEntry(yearDocOf(editedBoth), editedBoth, { notes: 'Split notes' });
    // Meanwhile, the old-layout peer writes its workspace doc only.
    const added = addLogEntry(old, {
      kind: 'visit',
      date: '2023-10-05',
      title: 'Added on the old peer',
      agenda: [{ text: 'Tour' }],
    }).id;
    updateLogEntry(old, editedThere, { title: 'Renamed on the old peer', notes: 'Old notes' });
    updateLogEntry(old, editedBoth, { title: 'Old title' });
    deleteLogEntry(old, deletedThere, 'Ben', NOW);
    const agendaIds = Object.keys(
      (collection(old, 'log').get(agendaEntry)!.get('agenda') as Y.Map<unknown>).toJSON(),
    );
    updateLogEntry(old, agendaEntry, {
      agenda: [
        { id: agendaIds[0]!, text: 'Item 10.1', notes: 'new minutes' },
        { text: 'Added item' },
      ],
    });

    // Both ways, then the forwarder runs on what arrived.
    syncAll(old, migrated);
    await forwarding.settled();
    syncAll(old, migrated);
    await forwarding.settled();

    const live = liveEntries(h);
    expect(live.get(added)).toMatchObject({ title: 'Added on the old peer', date: '2023-10-05' });
    expect(live.get(added)!.agenda.map((item) => item.text)).toEqual(['Tour']);
    expect(isMovedRaw(collection(migrated, 'log').get(added))).toBe(true);
    expect(live.get(editedThere)).toMatchObject({
      title: 'Renamed on the old peer',
      notes: 'Old notes',
    });
    expect(live.get(editedHere)!.title).toBe('Renamed on the split peer');
    expect(live.get(editedBoth)).toMatchObject({ title: 'Old title', notes: 'Split notes' });
    expect(live.has(deletedThere)).toBe(false);
    const deletedCopy = collection(yearDocOf(deletedThere), 'log').get(deletedThere)!;
    expect(deletedCopy.get('deletedBy')).toBe('Ben');
    const agenda = live.get(agendaEntry)!.agenda;
    expect(agenda.map((item) => [item.text, item.notes])).toEqual([
      ['Item 10.1', 'new minutes'],
      ['Added item', undefined],
    ]);
    // The old peer still sees its own edits where it reads them.
    expect(listLogEntries(old).items.find((e) => e.id === editedThere)?.title).toBe(
      'Renamed on the old peer',
    );
    // Nothing this peer wrote to the year docs is forwarded back: the originals are not touched.
    expect(collection(migrated, 'log').get(editedHere)!.get('title')).toBe('Entry 1');
    await forwarding.stop();

    // A restore on the old peer is forwarded too, once forwarding runs again.
    const again = startForwarding(h);
    (await import('../../../lib/model/log-entry')).restoreLogEntry(old, deletedThere);
    syncAll(old, migrated);
    await again.settled();
    expect(liveEntries(h).has(deletedThere)).toBe(true);
    await again();
  });

  test('an edit the split peer made to a copy is kept when the old peer edits the same field, and when stored updates are replayed', async () => {
    const old = new Y.Doc();
    const ids = fillLog(old, 6);
    const id = ids[1]!; // 2020-02-02, school year 2019
    updateLogEntry(old, id, { title: 'Renamed before the split' });
    const migrated = new Y.Doc();
    const stored: Uint8Array[] = [];
    migrated.on('update', (update: Uint8Array) => stored.push(update));
    syncAll(old, migrated);
    const h = history(migrated);
    await migrateHistory(h);
    const forwarding = startForwarding(h);
    const copyDoc = await h.load(2019);
    updateLogEntry(copyDoc, id, { title: 'Split title', notes: 'Split notes' });
    updateLogEntry(old, id, { notes: 'Old notes' });
    syncAll(old, migrated);
    await forwarding.settled();
    // Both changed the notes: the copy keeps what this peer's user wrote.
    expect(liveEntries(h).get(id)).toMatchObject({ title: 'Split title', notes: 'Split notes' });
    await forwarding();

    // Reopen: the workspace doc's stored updates are applied one by one with the forwarder on,
    // replaying the old rename; the copy is not rewritten.
    const yearState = Y.encodeStateAsUpdate(copyDoc);
    const reopened = new Y.Doc();
    const h2 = new YearHistory(
      reopened,
      (year, doc) => {
        if (year === 2019) Y.applyUpdate(doc, yearState);
        return Promise.resolve({ close: () => Promise.resolve() });
      },
      () => TODAY,
    );
    await h2.load(2019);
    const again = startForwarding(h2);
    for (const update of stored) Y.applyUpdate(reopened, update, 'storage');
    await again.settled();
    expect(liveEntries(h2).get(id)).toMatchObject({ title: 'Split title', notes: 'Split notes' });
    await again();
  });

  test("an old-layout peer's Undo of adding an entry removes it from the split view; another peer's drop does not", async () => {
    const old = new Y.Doc();
    fillLog(old, 5);
    const migrated = new Y.Doc();
    syncAll(old, migrated);
    const h = history(migrated);
    let clock = Date.now();
    await migrateHistory(h, { now: () => clock });
    const forwarding = startForwarding(h, { now: () => clock });
    const undo = createUndoManager(old);
    const added = addLogEntry(old, { kind: 'call', date: '2025-10-01', title: 'By mistake' }).id;
    syncAll(old, migrated);
    await forwarding.settled();
    expect(liveEntries(h).get(added)?.title).toBe('By mistake');
    syncAll(old, migrated); // the mark reaches the old peer too
    undo.undo();
    expect(collection(old, 'log').has(added)).toBe(false);
    syncAll(old, migrated);
    await forwarding.settled();
    expect(liveEntries(h).has(added)).toBe(false);
    expect(
      collection(await h.load(2025), 'log')
        .get(added)
        ?.get('deletedAt'),
    ).toEqual(expect.any(Number));

    // A peer dropping the originals after the grace leaves every copy alone.
    clock += 40 * 86_400_000;
    const dropper = new Y.Doc();
    syncAll(migrated, dropper);
    const before = liveEntries(h).size;
    expect(before).toBe(5);
    expect(dropMovedEntries(dropper, clock)).toBe(5);
    syncAll(migrated, dropper);
    await forwarding.settled();
    expect(collection(migrated, 'log').size).toBe(0);
    expect(liveEntries(h).size).toBe(before);
    await forwarding();
  });

  test('entries that arrived while no forwarder ran, or before the layout was marked, are moved', async () => {
    const q = new Y.Doc();
    fillLog(q, 5);
    const p = new Y.Doc();
    syncAll(q, p);
    const hp = history(p);
    const hq = history(q);
    // P forwards but is not split: its new entry stays in the workspace doc for now.
    const forwardingP = startForwarding(hp);
    const fromP = addLogEntry(p, { kind: 'note', date: '2024-10-10', title: 'From P' }).id;
    await forwardingP.settled();
    expect(isMovedRaw(collection(p, 'log').get(fromP))).toBe(false);
    expect(hp.knownYears()).toEqual([]);
    // Q migrates; its layout mark reaching P moves P's entry.
    await migrateHistory(hq);
    syncAll(q, p);
    await forwardingP.settled();
    expect(isMovedRaw(collection(p, 'log').get(fromP))).toBe(true);
    await forwardingP();
    // An entry an old-layout peer adds reaches Q while Q runs no forwarder: moved once one starts.
    const old = new Y.Doc();
    syncAll(q, old);
    const late = addLogEntry(old, { kind: 'note', date: '2023-10-10', title: 'Late' }).id;
    syncAll(q, old);
    expect(isMovedRaw(collection(q, 'log').get(late))).toBe(false);
    const forwardingQ = startForwarding(hq);
    await forwardingQ.settled();
    expect(isMovedRaw(collection(q, 'log').get(late))).toBe(true);
    syncAll(await hp.load(2024), await hq.load(2024));
    const live = liveEntries(hq);
    expect(live.get(fromP)?.title).toBe('From P');
    expect(live.get(late)?.title).toBe('Late');
    expect(live.size).toBe(7);
    await forwardingQ();
  });

  test('two migrated peers and an old one, each editing offline, converge with nothing lost', async () => {
    const old = new Y.Doc();
    const ids = fillLog(old, 30);
    const m1 = new Y.Doc();
    const m2 = new Y.Doc();
    syncAll(old, m1, m2);
    const h1 = history(m1);
    const h2 = history(m2);
    const f1 = startForwarding(h1);
    const f2 = startForwarding(h2);
    // Both migrate without having seen each other's year docs.
    await Promise.all([migrateHistory(h1), migrateHistory(h2)]);
    const dayOf = (id: string) => collection(old, 'log').get(id)!.get('date') as string;

    const fromOld = addLogEntry(old, {
      kind: 'call',
      date: '2022-01-10',
      title: 'Old peer call',
    }).id;
    updateLogEntry(old, ids[5]!, { title: 'Old peer renamed 5' });
    deleteLogEntry(old, ids[6]!, 'Olga', NOW);
    const fromM1 = addLogEntry(h1.docFor('2025-09-15'), {
      kind: 'note',
      date: '2025-09-15',
      title: 'M1 note',
    }).id;
    updateLogEntry(h1.docFor(dayOf(ids[7]!)), ids[7]!, { notes: 'M1 notes on 7' });
    updateLogEntry(h2.docFor(dayOf(ids[7]!)), ids[7]!, { title: 'M2 renamed 7' });
    deleteLogEntry(h2.docFor(dayOf(ids[8]!)), ids[8]!, 'Mia', NOW);

    const exchange = async () => {
      syncAll(old, m1, m2);
      await Promise.all([f1.settled(), f2.settled()]);
      const years = [...new Set([...h1.knownYears(), ...h2.knownYears()])];
      for (const year of years) syncAll(await h1.load(year), await h2.load(year));
      await Promise.all([f1.settled(), f2.settled()]);
    };
    await exchange();
    await exchange();

    const one = liveEntries(h1);
    expect(liveEntries(h2)).toEqual(one);
    expect(one.get(fromOld)?.title).toBe('Old peer call');
    expect(one.get(fromM1)?.title).toBe('M1 note');
    expect(one.get(ids[5]!)?.title).toBe('Old peer renamed 5');
    expect(one.has(ids[6]!)).toBe(false);
    expect(one.has(ids[8]!)).toBe(false);
    expect(one.get(ids[7]!)).toMatchObject({ title: 'M2 renamed 7', notes: 'M1 notes on 7' });
    // 30 + 2 added - 2 deleted, each once (liveEntries checks no id shows twice).
    expect(one.size).toBe(30);
    await Promise.all([f1(), f2()]);
  });

  test('a copy that loses to another peer’s concurrent copy keeps its peer’s edits', async () => {
    for (const aFirst of [true, false]) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      // Which rival copy Yjs keeps depends on the client ids: try both orders.
      a.clientID = aFirst ? 1 : 2;
      b.clientID = aFirst ? 2 : 1;
      const seed = new Y.Doc();
      const ids = fillLog(seed, 12);
      syncAll(seed, a, b);
      const ha = history(a);
      const hb = history(b);
      const fa = startForwarding(ha);
      const fb = startForwarding(hb);
      await migrateHistory(ha);
      await migrateHistory(hb);
      const id = ids[0]!; // 2019-01-01, school year 2018
      const inA = ha.docFor('2019-01-01');
      updateLogEntry(inA, id, { title: 'A renamed it', notes: undefined });
      updateLogEntry(hb.docFor('2019-01-01'), id, { decisions: ['B decided'] });
      syncAll(a, b);
      for (const year of ha.knownYears()) syncAll(await ha.load(year), await hb.load(year));
      await Promise.all([fa.settled(), fb.settled()]);
      for (const year of ha.knownYears()) syncAll(await ha.load(year), await hb.load(year));
      for (const h of [ha, hb]) {
        const entry = liveEntries(h).get(id)!;
        expect(entry.title, `aFirst=${aFirst}`).toBe('A renamed it');
        expect(entry.decisions).toEqual(['B decided']);
        expect(entry.notes).toBeUndefined();
      }
      await Promise.all([fa(), fb()]);
    }
  });
});

describe('dropMovedHistory', () => {
  test('drops, in slices, the originals past the grace whose copy a loaded year holds', async () => {
    const main = new Y.Doc();
    const ids = fillLog(main, 21); // three per school year 2018–2024
    const h = history(main);
    // Not split yet: the originals are what this peer reads.
    expect(await dropMovedHistory(h, { now: NOW })).toBe(0);
    await migrateHistory(h, { now: () => 0 });
    const log = collection(main, 'log');
    // A year doc that lost its copy (never synced here) keeps the original.
    const lost = ids[3]!;
    const lostYear = log.get(lost)!.get(MOVED_KEY) as number;
    const yearDoc = await h.load(lostYear);
    yearDoc.transact(() => collection(yearDoc, 'log').delete(lost));
    // Within the grace nothing goes.
    expect(await dropMovedHistory(h, { now: 1000, graceMs: 5000 })).toBe(0);

    const dropped = await dropMovedHistory(h, { now: NOW, sliceSize: 4 });
    expect(dropped).toBe(20);
    expect([...log.keys()]).toEqual([lost]);
    expect(liveEntries(h).size).toBe(20);
  });

  test('only checks years already loaded unless asked to load every year', async () => {
    const main = new Y.Doc();
    fillLog(main, 14);
    const saved = new Map<number, Y.Doc>();
    const open: YearDocOpener = (year, doc) => {
      const before = saved.get(year);
      if (before) Y.applyUpdate(doc, Y.encodeStateAsUpdate(before));
      saved.set(year, doc);
      return Promise.resolve({ close: () => Promise.resolve() });
    };
    await migrateHistory(new YearHistory(main, open, () => TODAY), { now: () => 0 });
    // A later session: only one year is loaded.
    const later = new YearHistory(main, open, () => TODAY);
    await later.load(2024);
    const in2024 = [...collection(main, 'log').values()].filter(
      (raw) => raw.get(MOVED_KEY) === 2024,
    ).length;
    expect(in2024).toBeGreaterThan(0);
    expect(await dropMovedHistory(later, { now: NOW })).toBe(in2024);
    expect(collection(main, 'log').size).toBe(14 - in2024);
    expect(await dropMovedHistory(later, { now: NOW, years: 'all' })).toBe(14 - in2024);
    expect(collection(main, 'log').size).toBe(0);
    expect(liveEntries(later).size).toBe(14);
  });
});
