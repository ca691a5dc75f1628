import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readGoalProgress } from '../../../lib/model/agenda';
import { addCheckin } from '../../../lib/model/checkin';
import { listCheckinsIn, recordCheckin } from '../../../lib/model/checkin-history';
import { raiseLatestCheckins, summaryCheckinOf } from '../../../lib/model/checkin-summary';
import { collection } from '../../../lib/model/doc';
import { addGoal } from '../../../lib/model/goal';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { MOVED_KEY } from '../../../lib/model/moved-entry';
import { exportCsv } from '../../../lib/model/workspace-csv';
import { GoalsBoard } from '../../../lib/state/goals-board';
import { sharedToday } from '../../../lib/state/today';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from '../log/year-storage';

const TODAY = '2026-11-20';
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('check-ins kept per school year', () => {
  test('a check-in is written to its date’s year, and the goal’s latest is recorded in the workspace doc', () => {
    const history = new YearHistory(splitWorkspace(), storage().open, () => TODAY);
    const goalId = addGoal(history.main, { title: 'Reading' });
    recordCheckin(history, { goalId, date: '2025-03-01', value: 4 });
    recordCheckin(history, { goalId, date: '2026-10-01', value: 9 });
    recordCheckin(history, { goalId, date: '2026-09-15', value: 7 });
    expect(collection(history.main, 'checkins').size).toBe(0);
    expect(
      listCheckinsIn(history.all())
        .items.map((c) => c.value)
        .sort(),
    ).toEqual([4, 7, 9]);
    // In order of check-ins, not of writing: the later day wins.
    expect(summaryCheckinOf(history.main, goalId)).toMatchObject({ value: 9, date: '2026-10-01' });
  });

  test('before the split a check-in stays in the workspace doc and records no summary', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'Reading' });
    recordCheckin(singleDocHistory(doc), { goalId, date: '2025-03-01', value: 4 });
    expect(collection(doc, 'checkins').size).toBe(1);
    expect(summaryCheckinOf(doc, goalId)).toBeUndefined();
  });

  test('the board shows a goal checked in only in a year not loaded, and its history once that year loads', async () => {
    const disk = storage();
    const main = splitWorkspace();
    const goalId = addGoal(main, { title: 'Attendance', metric: { target: 10 } });
    disk.keep(2024, (doc) => addCheckin(doc, { goalId, date: '2024-11-02', value: 6 }));
    // What the workspace recorded when that check-in was written.
    main.transact(() =>
      raiseLatestCheckins(main, [
        { id: 'c-old', goalId, date: '2024-11-02', value: 6, createdAt: 1 },
      ]),
    );
    const history = new YearHistory(main, disk.open, () => TODAY);
    await history.load(history.currentYear);
    const board = new GoalsBoard(main, sharedToday(), history);
    const card = board.cardOf(goalId)!;
    expect(card.latest).toMatchObject({ value: 6, date: '2024-11-02' });
    expect(card.progress.current).toBe(6);
    expect(board.history(goalId)).toEqual([]);

    await history.load(2024);
    await flush();
    expect(board.history(goalId).map((c) => c.value)).toEqual([6]);
    expect(board.cardOf(goalId)!.latest).toMatchObject({ value: 6 });
    board.dispose();
  });

  test('reading a later check-in raises the recorded latest, outside Undo, and a loaded year’s own check-ins count', async () => {
    const main = splitWorkspace();
    const goalId = addGoal(main, { title: 'Volunteers' });
    main.transact(() =>
      raiseLatestCheckins(main, [
        { id: 'c-1', goalId, date: '2025-01-01', value: 1, createdAt: 1 },
      ]),
    );
    const disk = storage();
    disk.keep(2026, (doc) => addCheckin(doc, { goalId, date: '2026-10-05', value: 3 }));
    const history = new YearHistory(main, disk.open, () => TODAY);
    await history.load(history.currentYear);
    const board = new GoalsBoard(main, sharedToday(), history);
    expect(board.cardOf(goalId)!.latest).toMatchObject({ value: 3 });
    void board.byColumn.value;
    await flush();
    // Raised by reading the year (another peer's check-in, say), so the next open knows it.
    expect(summaryCheckinOf(main, goalId)).toMatchObject({ value: 3, date: '2026-10-05' });
    board.dispose();
  });

  test('a moved original and its copy in the year count once', async () => {
    const main = splitWorkspace();
    const goalId = addGoal(main, { title: 'Books' });
    const id = addCheckin(main, { goalId, date: '2026-10-01', value: 5 });
    const original = collection(main, 'checkins').get(id)!;
    const disk = storage();
    disk.keep(2026, (doc) =>
      doc.getMap('checkins').set(id, new Y.Map(Object.entries(original.toJSON()))),
    );
    original.set(MOVED_KEY, 2026);
    const history = new YearHistory(main, disk.open, () => TODAY);
    await history.load(2026);
    const board = new GoalsBoard(main, sharedToday(), history);
    expect(board.history(goalId)).toHaveLength(1);
    expect(listCheckinsIn(history.all()).items).toHaveLength(1);
    board.dispose();
  });

  test('agenda suggestions read every loaded year and the recorded latest; a hostile summary is ignored', () => {
    const main = splitWorkspace();
    const year = new Y.Doc();
    const goalId = addGoal(main, { title: 'Reading' });
    const other = addGoal(main, { title: 'Maths' });
    addCheckin(year, { goalId, date: '2026-10-01', value: 8 });
    main.transact(() => {
      raiseLatestCheckins(main, [
        { id: 'x', goalId: other, date: '2023-05-01', value: 2, createdAt: 1 },
      ]);
      main.getMap('latestCheckin').set(goalId, { id: 'bad', goalId, date: 'soon', value: 'lots' });
    });
    const [reading, maths] = readGoalProgress(main, [goalId, other], [main, year]);
    expect(reading!.latest).toMatchObject({ value: 8, date: '2026-10-01' });
    expect(maths!.latest).toMatchObject({ value: 2, date: '2023-05-01' });
    expect(summaryCheckinOf(main, goalId)).toBeUndefined();
  });

  test('the check-ins CSV holds every year’s check-ins', () => {
    const main = splitWorkspace();
    const goalId = addGoal(main, { title: 'Reading' });
    const years = [new Y.Doc(), new Y.Doc()];
    addCheckin(years[0]!, { goalId, date: '2026-10-01', value: 8 });
    addCheckin(years[1]!, { goalId, date: '2024-10-01', value: 3 });
    const csv = exportCsv(main, 'checkins', [main, ...years]);
    expect(csv).toContain('2026-10-01');
    expect(csv).toContain('2024-10-01');
    expect(exportCsv(main, 'goals', [main, ...years])).toContain('2026-10-01');
  });
});

describe('undoing a check-in in a split workspace', () => {
  test('takes the goal’s recorded latest back to the one before, in the same step', async () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const session = new WorkspaceSession(history.main, { history });
    const goalId = addGoal(history.main, { title: 'Reading' });
    session.act(() => recordCheckin(history, { goalId, date: '2026-10-01', value: 4 }));
    session.stopCapturing();
    session.act(() => recordCheckin(history, { goalId, date: '2026-11-01', value: 9 }));
    await flush();
    expect(summaryCheckinOf(history.main, goalId)).toMatchObject({ value: 9 });
    session.undo();
    expect(listCheckinsIn(history.all()).items.map((c) => c.value)).toEqual([4]);
    expect(summaryCheckinOf(history.main, goalId)).toMatchObject({ value: 4 });
    session.undo();
    expect(summaryCheckinOf(history.main, goalId)).toBeUndefined();
    session.dispose();
  });
});
