// Check-ins move to their school year's doc with the log (lib/model/history-split.ts, "Check-ins"):
// the migration, the forwarder and the drop go over every collection in MOVED_COLLECTIONS.
// Check-ins are written here as the old layout's `addCheckin` wrote them (a map in the workspace
// doc's `checkins`, the user's origin), so an old-layout peer is a plain Y.Doc synced by updates.
import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { summaryCheckinOf } from '../../../lib/model/checkin-summary';
import { collection, transactLocal } from '../../../lib/model/doc';
import {
  dropMovedEntries,
  historyIsEmpty,
  isMovedRaw,
  MOVED_AT_KEY,
  MOVED_KEY,
} from '../../../lib/model/history-split';
import { isYearLayout } from '../../../lib/model/history-years';
import { addLogEntry } from '../../../lib/model/log-entry';
import { insertRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';
import {
  dropMovedHistory,
  migrateHistory,
  startForwarding,
} from '../../../lib/state/history-migration';
import { keepHistorySplit } from '../../../lib/state/history-upkeep';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { prng, syncAll } from '../../helpers/yjs';

const TODAY = '2026-11-27';
const NOW = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;

const history = (doc: Y.Doc) => new YearHistory(doc, memoryYears, () => TODAY);

/** A v4-shaped id from the seeded generator, so a run is the same every time. */
function seededId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const fallbackIds = prng(7);

/** A check-in as the old layout's `addCheckin` writes it: into `doc` itself, as the user. */
function checkin(
  doc: Y.Doc,
  fields: { goalId: string; date: string; value: number; note?: string },
  createdAt = NOW,
  id = seededId(fallbackIds),
): string {
  transactLocal(doc, () => insertRecord(doc, 'checkins', id, { ...fields, createdAt }));
  return id;
}

/** The school year of a day with a September start (independent of the code under test). */
const septemberYear = (day: string) =>
  Number(day.slice(5, 7)) >= 9 ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1;

/** `count` check-ins on 40 goals, dated from January 2018 to November 2026, from `seed`. */
function fillCheckins(doc: Y.Doc, count: number, seed: number): Map<string, string> {
  const random = prng(seed);
  const dates = new Map<string, string>();
  doc.transact(() => {
    for (let i = 0; i < count; i++) {
      const month = Math.floor(random() * 107); // Jan 2018 + 0..106 months: up to Nov 2026
      const date = `${2018 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const id = checkin(
        doc,
        {
          goalId: `goal-${Math.floor(random() * 40)}`,
          date,
          value: Math.round(random() * 1000) / 10,
          ...(random() < 0.2 ? { note: `Note ${i}` } : {}),
        },
        Date.parse(`${date}T12:00:00Z`),
        seededId(random),
      );
      dates.set(id, date);
    }
  });
  return dates;
}

/**
 * Check-ins as a split-layout reader sees them: each loaded year's, and the workspace doc's not
 * marked as moved; none may show twice.
 */
function shownCheckins(h: YearHistory): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const doc of h.all())
    collection(doc, 'checkins').forEach((raw, id) => {
      if (doc === h.main && isMovedRaw(raw)) return;
      expect(out.has(id), `${id} shows twice`).toBe(false);
      out.set(id, raw.toJSON());
    });
  return out;
}

/** A record's fields without the move marks (what its copy holds). */
function unmarked(raw: Y.Map<unknown>): Record<string, unknown> {
  const json = raw.toJSON() as Record<string, unknown>;
  delete json[MOVED_KEY];
  delete json[MOVED_AT_KEY];
  return json;
}

describe('migrating a workspace with check-ins', () => {
  test('moves 6,000 check-ins and the log into their year docs, each check-in under its id, every original marked', async () => {
    const main = new Y.Doc();
    main.transact(() => {
      for (let i = 0; i < 300; i++)
        addLogEntry(
          main,
          {
            kind: 'call',
            date: `${2019 + (i % 7)}-10-${String((i % 28) + 1).padStart(2, '0')}`,
            title: `Call ${i}`,
          },
          NOW - i,
        );
    });
    const dates = fillCheckins(main, 6_000, 20261127);
    const before = new Map<string, Record<string, unknown>>();
    collection(main, 'checkins').forEach((raw, id) => before.set(id, unmarked(raw)));
    expect(before.size).toBe(6_000);

    const h = history(main);
    const outcome = await migrateHistory(h, { sliceSize: 500, now: () => NOW });

    // Counted: every log entry and every check-in.
    expect(outcome).toMatchObject({ status: 'migrated', moved: 300 + 6_000 });
    expect(isYearLayout(main)).toBe(true);
    const expectedYears = [...new Set([...dates.values()].map(septemberYear))];
    for (const year of expectedYears)
      expect(outcome.status === 'migrated' && outcome.years).toContain(year);

    // Every original is still there, marked with its date's school year.
    const originals = collection(main, 'checkins');
    expect(originals.size).toBe(6_000);
    originals.forEach((raw, id) => {
      expect(raw.get(MOVED_KEY)).toBe(septemberYear(dates.get(id)!));
      expect(raw.get(MOVED_AT_KEY)).toBe(NOW);
    });
    // Every check-in is in its year's doc under the same id with the same fields, and only there.
    let copies = 0;
    for (const year of h.knownYears()) {
      const yearDoc = await h.load(year);
      collection(yearDoc, 'checkins').forEach((copy, id) => {
        copies++;
        expect(septemberYear(dates.get(id)!)).toBe(year);
        expect(copy.toJSON()).toEqual(before.get(id));
      });
    }
    expect(copies).toBe(6_000);
    const shown = shownCheckins(h);
    expect(shown.size).toBe(6_000);
    for (const [id, fields] of before) expect(shown.get(id)).toEqual(fields);
    // Each goal's latest check-in is recorded in the workspace doc, for a year the panel does
    // not load (lib/model/checkin-summary.ts).
    const latest = new Map<string, { date: string; createdAt: number; id: string }>();
    for (const [id, fields] of before) {
      const { goalId, date, createdAt } = fields as {
        goalId: string;
        date: string;
        createdAt: number;
      };
      const known = latest.get(goalId);
      if (!known || known.date < date || (known.date === date && known.createdAt < createdAt))
        latest.set(goalId, { date, createdAt, id });
    }
    expect(latest.size).toBe(40);
    for (const [goalId, { id }] of latest) expect(summaryCheckinOf(main, goalId)?.id).toBe(id);
  }, 120_000);

  test('a workspace with check-ins and no log entry migrates (after its snapshot), and is not taken for a new one', async () => {
    expect(historyIsEmpty(new Y.Doc())).toBe(true);
    const main = new Y.Doc();
    const dates = fillCheckins(main, 50, 1);
    expect(collection(main, 'log').size).toBe(0);
    expect(historyIsEmpty(main)).toBe(false);
    const snapshot = vi.fn(() => Promise.resolve());
    const h = history(main);
    await keepHistorySplit(h, { snapshot, now: () => NOW }).stop();
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(isYearLayout(main)).toBe(true);
    expect([...collection(main, 'checkins').values()].every(isMovedRaw)).toBe(true);
    expect([...shownCheckins(h).keys()].sort()).toEqual([...dates.keys()].sort());

    // migrateHistory itself, on another such workspace.
    const other = new Y.Doc();
    fillCheckins(other, 10, 2);
    expect(await migrateHistory(history(other))).toMatchObject({ status: 'migrated', moved: 10 });
  });

  test('two peers migrating at once keep one copy of each check-in', async () => {
    const a = new Y.Doc();
    const dates = fillCheckins(a, 400, 3);
    const b = new Y.Doc();
    syncAll(a, b);
    const ha = history(a);
    const hb = history(b);
    await Promise.all([
      migrateHistory(ha, { sliceSize: 60 }),
      migrateHistory(hb, { sliceSize: 60 }),
    ]);
    syncAll(a, b);
    let copies = 0;
    for (const year of ha.knownYears()) {
      const [yearA, yearB] = [await ha.load(year), await hb.load(year)];
      syncAll(yearA, yearB);
      copies += collection(yearA, 'checkins').size;
      expect(collection(yearA, 'checkins').toJSON()).toEqual(
        collection(yearB, 'checkins').toJSON(),
      );
    }
    expect(copies).toBe(400);
    expect(shownCheckins(hb)).toEqual(shownCheckins(ha));
    expect([...shownCheckins(ha).keys()].sort()).toEqual([...dates.keys()].sort());
  });
});

describe('forwarding an old-layout peer’s check-ins', () => {
  test('a check-in added on an old-layout peer after the split reaches its year doc, and the peers converge', async () => {
    const old = new Y.Doc();
    fillCheckins(old, 30, 4);
    addLogEntry(old, { kind: 'note', date: '2024-10-01', title: 'A note' });
    const m1 = new Y.Doc();
    const m2 = new Y.Doc();
    syncAll(old, m1, m2);
    const h1 = history(m1);
    const h2 = history(m2);
    const f1 = startForwarding(h1);
    const f2 = startForwarding(h2);
    // Both migrate without having seen each other's year docs.
    await Promise.all([migrateHistory(h1), migrateHistory(h2)]);
    syncAll(old, m1, m2);

    const added = checkin(old, { goalId: 'goal-reading', date: '2025-10-05', value: 42 });
    const addedFields = collection(old, 'checkins').get(added)!.toJSON();
    // A field an old-layout peer sets on a moved check-in is merged into the copy too.
    const annotated = [...collection(old, 'checkins').keys()][0]!;
    old.transact(() => collection(old, 'checkins').get(annotated)!.set('note', 'Old peer note'));

    const exchange = async () => {
      syncAll(old, m1, m2);
      await Promise.all([f1.settled(), f2.settled()]);
      const years = new Set([...h1.knownYears(), ...h2.knownYears()]);
      for (const year of years) syncAll(await h1.load(year), await h2.load(year));
      await Promise.all([f1.settled(), f2.settled()]);
    };
    await exchange();
    await exchange();

    // Forwarded into 2025's doc under its id, with its fields; its original marked everywhere.
    for (const h of [h1, h2]) {
      const copy = collection(await h.load(2025), 'checkins').get(added);
      expect(copy?.toJSON()).toEqual(addedFields);
      expect(shownCheckins(h).get(annotated)).toMatchObject({ note: 'Old peer note' });
    }
    for (const doc of [old, m1, m2])
      expect(collection(doc, 'checkins').get(added)?.get(MOVED_KEY)).toBe(2025);

    // Converged: the workspace docs are one state; the split peers show the same check-ins, each
    // once; the old peer (which reads its workspace doc) has the same ids.
    expect(Y.encodeStateVector(m1)).toEqual(Y.encodeStateVector(old));
    expect(collection(m2, 'checkins').toJSON()).toEqual(collection(old, 'checkins').toJSON());
    const one = shownCheckins(h1);
    expect(shownCheckins(h2)).toEqual(one);
    expect(one.size).toBe(31);
    expect([...one.keys()].sort()).toEqual([...collection(old, 'checkins').keys()].sort());
    await Promise.all([f1(), f2()]);
  });

  test('an old-layout peer’s Undo of adding a check-in removes its copy outright; a drop after the grace, or a removal of an old check-in, leaves copies alone', async () => {
    const old = new Y.Doc();
    const seeded = fillCheckins(old, 5, 5);
    const migrated = new Y.Doc();
    syncAll(old, migrated);
    const h = history(migrated);
    let clock = Date.now();
    await migrateHistory(h, { now: () => clock });
    const forwarding = startForwarding(h, { now: () => clock });

    const undo = createUndoManager(old);
    const added = checkin(old, { goalId: 'goal-1', date: '2025-10-01', value: 3 }, clock);
    syncAll(old, migrated);
    await forwarding.settled();
    const year2025 = await h.load(2025);
    expect(collection(year2025, 'checkins').get(added)?.get('value')).toBe(3);
    syncAll(old, migrated); // the mark reaches the old peer too
    undo.undo();
    expect(collection(old, 'checkins').has(added)).toBe(false);
    syncAll(old, migrated);
    await forwarding.settled();
    // No soft delete for check-ins: the copy is gone, as the original is.
    expect(collection(year2025, 'checkins').has(added)).toBe(false);
    expect(shownCheckins(h).has(added)).toBe(false);

    // A check-in created long ago whose original goes within a day of its mark (a dropping peer
    // with a clock far ahead) keeps its copy: a removal that cannot be restored needs both.
    const [longAgo] = [...seeded.keys()];
    const hasty = new Y.Doc();
    syncAll(migrated, hasty);
    hasty.transact(() => collection(hasty, 'checkins').delete(longAgo!));
    syncAll(migrated, hasty);
    await forwarding.settled();
    expect(shownCheckins(h).has(longAgo!)).toBe(true);

    // A peer dropping the originals after the grace leaves every copy alone.
    clock += 40 * DAY;
    const dropper = new Y.Doc();
    syncAll(migrated, dropper);
    expect(dropMovedEntries(dropper, clock, undefined, undefined, 'checkins')).toBe(4);
    syncAll(migrated, dropper);
    await forwarding.settled();
    expect(collection(migrated, 'checkins').size).toBe(0);
    expect([...shownCheckins(h).keys()].sort()).toEqual([...seeded.keys()].sort());
    await forwarding();
  });
});

describe('dropping moved check-ins', () => {
  test('after the grace, drops the check-in originals whose copy the year holds, and keeps the others', async () => {
    const main = new Y.Doc();
    const dates = fillCheckins(main, 120, 6);
    const { id: entryId } = addLogEntry(main, { kind: 'call', date: '2023-10-02', title: 'Call' });
    const h = history(main);
    await migrateHistory(h, { now: () => 0 });
    const originals = collection(main, 'checkins');
    const [lost, elsewhere, ...rest] = [...dates.keys()];
    // A year that lost one check-in's copy (never synced here) keeps its original...
    const lostYear = await h.load(originals.get(lost!)!.get(MOVED_KEY) as number);
    lostYear.transact(() => collection(lostYear, 'checkins').delete(lost!));
    // ...as does one whose year holds that id only in another collection.
    const otherYear = await h.load(originals.get(elsewhere!)!.get(MOVED_KEY) as number);
    otherYear.transact(() => {
      const copy = collection(otherYear, 'checkins').get(elsewhere!)!;
      collection(otherYear, 'checkins').delete(elsewhere!);
      collection(otherYear, 'log').set(elsewhere!, new Y.Map(Object.entries(copy.toJSON())));
    });

    // Within the grace nothing goes.
    expect(await dropMovedHistory(h, { now: 1_000, graceMs: 5_000 })).toBe(0);
    expect(originals.size).toBe(120);

    const dropped = await dropMovedHistory(h, { now: NOW, sliceSize: 7, years: 'all' });
    expect(dropped).toBe(rest.length + 1); // and the log entry
    expect([...originals.keys()].sort()).toEqual([lost!, elsewhere!].sort());
    expect(collection(main, 'log').has(entryId)).toBe(false);
    // Every dropped check-in is still shown, from its year's copy.
    const shown = shownCheckins(h);
    for (const id of rest) expect(shown.get(id)).toMatchObject({ date: dates.get(id) });
    // The two kept wait, marked, for their copies to arrive.
    expect([lost, elsewhere].every((id) => isMovedRaw(originals.get(id!)))).toBe(true);
    expect(shown.size).toBe(rest.length);
  });
});
