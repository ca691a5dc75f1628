import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addCheckin } from '../../../lib/model/checkin';
import { addGoal, deleteGoal, editGoalDescription, moveGoal } from '../../../lib/model/goal';
import { GoalsBoard } from '../../../lib/state/goals-board';
import { DescriptionBinding } from '../../../lib/state/goals-description';
import { syncAll } from '../../helpers/yjs';

const titlesIn = (board: GoalsBoard, column: string) =>
  (board.visibleByColumn.value.get(column) ?? []).map((card) => card.goal.title);

describe('goals board view model', () => {
  test('cards carry progress from the latest check-in and follow remote moves', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const board = new GoalsBoard(mine);
    const id = addGoal(mine, {
      title: 'Hours',
      metric: { baseline: 0, target: 100, direction: 'up' },
    });
    addGoal(mine, { title: 'Other' });
    expect(titlesIn(board, 'idea')).toEqual(['Hours', 'Other']);
    addCheckin(mine, { goalId: id, date: '2025-01-01', value: 20 });
    addCheckin(mine, { goalId: id, date: '2025-02-01', value: 40 });
    expect(board.cardOf(id)!.progress.fraction).toBe(0.4);

    syncAll(mine, theirs);
    moveGoal(theirs, id, 'achieved', 0);
    syncAll(mine, theirs);
    expect(titlesIn(board, 'idea')).toEqual(['Other']);
    expect(titlesIn(board, 'achieved')).toEqual(['Hours']);
    board.dispose();
  });

  test('an unrelated change reuses the other cards (no recomputation)', () => {
    const doc = new Y.Doc();
    const board = new GoalsBoard(doc);
    const a = addGoal(doc, { title: 'A' });
    const b = addGoal(doc, { title: 'B' });
    const before = board.cardOf(a);
    void board.byColumn.value;
    const cardA = board.byColumn.value.get('idea')![0];
    moveGoal(doc, b, 'planned', 0);
    expect(board.byColumn.value.get('idea')![0]).toBe(cardA);
    expect(before!.goal.title).toBe('A');
    board.dispose();
  });

  test('filters are personal and combine', () => {
    const doc = new Y.Doc();
    const board = new GoalsBoard(doc);
    addGoal(doc, { title: 'Reading', tags: ['literacy'], owners: ['Ana'], partnerIds: ['p1'] });
    addGoal(doc, { title: 'Attendance', tags: ['attendance'], owners: ['Ben'] });
    addGoal(doc, {
      title: 'Late one',
      column: 'planned',
      metric: { target: 10, due: '2000-01-01' },
    });
    board.setFilters({ tag: 'literacy' });
    expect(titlesIn(board, 'idea')).toEqual(['Reading']);
    board.setFilters({ tag: '', owner: 'Ben' });
    expect(titlesIn(board, 'idea')).toEqual(['Attendance']);
    board.setFilters({ owner: '', partnerId: 'p1' });
    expect(board.visibleCount.value).toBe(1);
    board.setFilters({ partnerId: '', flagged: 'overdue' });
    expect(titlesIn(board, 'planned')).toEqual(['Late one']);
    expect(board.visibleCount.value).toBe(1);
    board.setFilters({ flagged: '', query: 'READ' });
    expect(titlesIn(board, 'idea')).toEqual(['Reading']);
    board.setFilters({ query: '', column: 'planned' });
    expect(board.visibleCount.value).toBe(1);
    // Nothing of this reached the shared doc.
    expect([...doc.share.keys()].sort()).toEqual(
      ['boardColumns', 'checkins', 'goals', 'latestCheckin', 'meta']
        .filter((name) => doc.share.has(name))
        .sort(),
    );
    expect(JSON.stringify(doc.getMap('meta').toJSON())).not.toContain('literacy');
    board.dispose();
  });

  test('a deleted goal leaves the board but stays readable, with who deleted it', () => {
    const doc = new Y.Doc();
    const board = new GoalsBoard(doc);
    const id = addGoal(doc, { title: 'Gone' });
    deleteGoal(doc, id, 'Ana');
    expect(board.liveCount.value).toBe(0);
    expect(board.goal(id)!.deletedBy).toBe('Ana');
    board.dispose();
  });

  test('description binding follows local and remote edits', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = addGoal(mine, { title: 'G', description: 'abc' });
    syncAll(mine, theirs);
    const binding = new DescriptionBinding(mine, id);
    expect(binding.value.value).toBe('abc');
    binding.edit('abcd');
    editGoalDescription(theirs, id, 'Xabc');
    syncAll(mine, theirs);
    expect(binding.value.value).toBe('Xabcd');
    binding.dispose();
  });
});
