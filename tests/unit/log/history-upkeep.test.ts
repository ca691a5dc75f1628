import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { isYearLayout } from '../../../lib/model/history-years';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { isMovedRaw } from '../../../lib/model/moved-entry';
import { GRACE_MS, keepHistorySplit } from '../../../lib/state/history-upkeep';
import { memoryYears, YearHistory, type YearDocOpener } from '../../../lib/state/year-history';

const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 20);

function workspaceWithLog(count: number) {
  const main = new Y.Doc();
  for (let i = 0; i < count; i++)
    addLogEntry(main, {
      kind: 'call',
      date: `${2021 + (i % 5)}-10-0${1 + (i % 9)}`,
      title: `E${i}`,
    });
  return main;
}

describe('keeping a workspace’s history split per school year', () => {
  test('a new workspace (no log yet) is split at once, without a snapshot', async () => {
    const main = new Y.Doc();
    const snapshot = vi.fn(() => Promise.resolve());
    const upkeep = keepHistorySplit(new YearHistory(main, memoryYears), { snapshot });
    await upkeep.stop();
    expect(isYearLayout(main)).toBe(true);
    expect(snapshot).not.toHaveBeenCalled();
  });

  test('a workspace with a log is migrated after its snapshot; every entry is then in its year', async () => {
    const main = workspaceWithLog(40);
    const history = new YearHistory(main, memoryYears, () => '2026-11-20');
    const order: string[] = [];
    const upkeep = keepHistorySplit(history, {
      snapshot: async () => void order.push(`snapshot with ${listLogEntries(main).items.length}`),
      now: () => START,
    });
    await upkeep.stop();
    expect(order).toEqual(['snapshot with 40']);
    expect(isYearLayout(main)).toBe(true);
    const copies = history
      .all()
      .slice(1)
      .flatMap((doc) => listLogEntries(doc).items);
    expect(copies.map((e) => e.title).sort()).toEqual(
      listLogEntries(main)
        .items.map((e) => e.title)
        .sort(),
    );
    expect([...collection(main, 'log').values()].every(isMovedRaw)).toBe(true);
  });

  test('no snapshot, no migration: the workspace stays as it was and the problem is told', async () => {
    const main = workspaceWithLog(5);
    const before = Y.encodeStateVector(main);
    const problems: unknown[] = [];
    const upkeep = keepHistorySplit(new YearHistory(main, memoryYears), {
      snapshot: () => Promise.reject(new Error('The disk is full.')),
      onProblem: (error) => problems.push(error),
    });
    await upkeep.stop();
    expect(isYearLayout(main)).toBe(false);
    expect(Y.encodeStateVector(main)).toEqual(before);
    expect(String(problems[0])).toContain('The disk is full.');
  });

  test('originals are dropped from the workspace doc once the grace has passed, and only where a year holds the copy', async () => {
    // Year docs "on disk": each open applies what the last one wrote.
    const disk = new Map<number, Y.Doc>();
    const stored: YearDocOpener = async (year, doc) => {
      const kept = disk.get(year);
      if (kept) Y.applyUpdate(doc, Y.encodeStateAsUpdate(kept));
      const write = (update: Uint8Array) => Y.applyUpdate(disk.get(year)!, update);
      if (!kept) disk.set(year, new Y.Doc());
      doc.on('update', write);
      return { close: async () => void doc.off('update', write) };
    };
    const main = workspaceWithLog(20);
    let now = START;
    const open = () => new YearHistory(main, stored, () => '2026-11-20');
    await keepHistorySplit(open(), { snapshot: () => Promise.resolve(), now: () => now }).stop();
    expect(collection(main, 'log').size).toBe(20);

    now = START + GRACE_MS - DAY;
    await keepHistorySplit(open(), { snapshot: () => Promise.resolve(), now: () => now }).stop();
    expect(collection(main, 'log').size).toBe(20);

    // One year's copies never reached the disk: its originals stay.
    const lost = [...disk.keys()][0]!;
    disk.set(lost, new Y.Doc());
    now = START + GRACE_MS + DAY;
    await keepHistorySplit(open(), { snapshot: () => Promise.resolve(), now: () => now }).stop();
    const left = [...collection(main, 'log').values()];
    expect(left).toHaveLength(4);
    expect(left.every((raw) => raw.get('movedTo') === lost)).toBe(true);
  });
});
