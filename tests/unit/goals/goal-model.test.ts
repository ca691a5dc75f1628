import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addCheckin, checkinsOf } from '../../../lib/model/checkin';
import {
  addColumn,
  addGoal,
  deleteGoal,
  editGoalDescription,
  getGoal,
  goalDescriptionText,
  goalsInColumn,
  listColumns,
  listGoals,
  moveColumn,
  moveGoal,
  renameColumn,
  restoreGoal,
  textDiff,
  updateGoal,
} from '../../../lib/model/goal';
import { createUndoManager } from '../../../lib/model/undo';
import { Network, prng, syncAll, writeRawRecord } from '../../helpers/yjs';

afterEach(() => vi.restoreAllMocks());

function deterministicIds() {
  let next = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}` as const,
  );
}

const titles = (doc: Y.Doc, column: string) => goalsInColumn(doc, column).map((g) => g.title);

describe('goals model', () => {
  test('a goal reads back validated, metric composed from flat fields', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, {
      title: '  Reading   buddies ',
      description: 'Pair readers',
      owners: ['Ana'],
      tags: ['literacy'],
      metric: {
        name: 'Students',
        unit: '%',
        baseline: 60,
        target: 75,
        direction: 'up',
        due: '2025-06-30',
      },
      createdBy: 'Ana',
    });
    const goal = getGoal(doc, id)!;
    expect(goal).toMatchObject({
      title: 'Reading buddies',
      description: 'Pair readers',
      column: 'idea',
      owners: ['Ana'],
      metric: {
        name: 'Students',
        unit: '%',
        baseline: 60,
        target: 75,
        direction: 'up',
        due: '2025-06-30',
      },
    });
    expect(goalDescriptionText(doc, id)).toBeInstanceOf(Y.Text);
  });

  test('garbage written by a peer falls back safely', () => {
    const doc = new Y.Doc();
    writeRawRecord(doc, 'goals', 'x', {
      title: 'Odd',
      order: 'zz',
      baseline: 'ten',
      target: Infinity,
      direction: 'sideways',
      due: 'tomorrow',
      owners: 'Ana',
      partnerIds: [1, 'p1'],
    });
    writeRawRecord(doc, 'goals', 'y', { title: '' });
    const { items, invalid } = listGoals(doc);
    expect(invalid).toBe(1);
    expect(items[0]).toMatchObject({
      title: 'Odd',
      order: 'a0',
      owners: [],
      partnerIds: ['p1'],
      description: '',
      metric: { baseline: undefined, target: undefined, direction: 'up', due: undefined },
    });
    // A goal with an unknown column shows in the first column.
    expect(titles(doc, 'idea')).toEqual(['Odd']);
  });

  test('new goals go to the end of their column; updates patch in place', () => {
    const doc = new Y.Doc();
    const a = addGoal(doc, { title: 'A', column: 'planned' });
    addGoal(doc, { title: 'B', column: 'planned' });
    updateGoal(doc, a, { metric: { target: 10 } });
    updateGoal(doc, a, { metric: { unit: 'hours' } });
    expect(getGoal(doc, a)!.metric).toMatchObject({ target: 10, unit: 'hours' });
    updateGoal(doc, a, { metric: { target: undefined } });
    expect(getGoal(doc, a)!.metric.target).toBeUndefined();
    expect(titles(doc, 'planned')).toEqual(['A', 'B']);
  });

  test('moving within and across columns', () => {
    const doc = new Y.Doc();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => addGoal(doc, { title }));
    moveGoal(doc, c!, 'idea', 0);
    expect(titles(doc, 'idea')).toEqual(['C', 'A', 'B']);
    moveGoal(doc, a!, 'achieved', 0);
    moveGoal(doc, b!, 'achieved', 1);
    expect(titles(doc, 'idea')).toEqual(['C']);
    expect(titles(doc, 'achieved')).toEqual(['A', 'B']);
  });

  test('columns: defaults, rename, add, reorder', () => {
    const doc = new Y.Doc();
    expect(listColumns(doc).map((c) => c.name)).toEqual([
      'Idea',
      'Planned',
      'In progress',
      'Achieved',
      'Paused',
    ]);
    renameColumn(doc, 'idea', 'Ideas');
    const id = addColumn(doc, 'Funded');
    moveColumn(doc, id, 0);
    expect(listColumns(doc).map((c) => c.name)).toEqual([
      'Funded',
      'Ideas',
      'Planned',
      'In progress',
      'Achieved',
      'Paused',
    ]);
  });

  test('two peers starting a board write the same default columns, not ten', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    renameColumn(a, 'planned', 'Next up');
    addColumn(b, 'Later');
    syncAll(a, b);
    expect(listColumns(a)).toEqual(listColumns(b));
    expect(listColumns(a)).toHaveLength(6);
  });

  test('check-ins are appended and read in date order', () => {
    const doc = new Y.Doc();
    const goalId = addGoal(doc, { title: 'G' });
    addCheckin(doc, { goalId, date: '2025-02-01', value: 5, author: 'Ana' }, 2);
    addCheckin(doc, { goalId, date: '2025-01-01', value: 3, note: ' first ' }, 1);
    expect(checkinsOf(doc, goalId).map((c) => [c.date, c.value, c.note, c.author])).toEqual([
      ['2025-01-01', 3, 'first', undefined],
      ['2025-02-01', 5, undefined, 'Ana'],
    ]);
    expect(() => addCheckin(doc, { goalId, date: '2025-01-01', value: NaN })).toThrow();
  });
});

describe('deleting a goal', () => {
  test('soft delete records who; undo restores; a peer keeps typing safely', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const undo = createUndoManager(mine);
    const id = addGoal(mine, { title: 'Shared', description: 'abc' });
    syncAll(mine, theirs);
    undo.stopCapturing();
    deleteGoal(mine, id, 'Ana');
    editGoalDescription(theirs, id, 'abc, and more');
    syncAll(mine, theirs);
    expect(getGoal(theirs, id)).toMatchObject({ deletedBy: 'Ana', description: 'abc, and more' });
    expect(goalsInColumn(theirs, 'idea')).toEqual([]);
    undo.undo();
    syncAll(mine, theirs);
    expect(getGoal(theirs, id)!.deletedAt).toBeUndefined();
    expect(goalsInColumn(theirs, 'idea').map((g) => g.description)).toEqual(['abc, and more']);
    deleteGoal(mine, id, undefined);
    restoreGoal(mine, id);
    expect(getGoal(mine, id)!.deletedAt).toBeUndefined();
  });
});

describe('concurrent edits', () => {
  test('two peers move the same card at once: one place, no duplicate, same on both', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const ids = ['One', 'Two', 'Three'].map((title) => addGoal(a, { title }));
    syncAll(a, b);
    moveGoal(a, ids[0]!, 'achieved', 0);
    moveGoal(b, ids[0]!, 'paused', 0);
    syncAll(a, b);
    const everywhere = (doc: Y.Doc) =>
      listColumns(doc).flatMap((column) => goalsInColumn(doc, column.id).map((g) => g.id));
    expect(everywhere(a)).toEqual(everywhere(b));
    expect(everywhere(a).filter((id) => id === ids[0])).toHaveLength(1);
    expect(everywhere(a)).toHaveLength(3);
  });

  test('random concurrent moves over a shuffling network converge without duplicates', () => {
    deterministicIds();
    fc.assert(
      fc.property(
        fc.integer(),
        fc.array(
          fc.record({ peer: fc.nat(2), goal: fc.nat(5), column: fc.nat(4), index: fc.nat(6) }),
          { minLength: 1, maxLength: 40 },
        ),
        (seed, moves) => {
          const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
          const ids = ['A', 'B', 'C', 'D', 'E', 'F'].map((title) => addGoal(docs[0]!, { title }));
          syncAll(...docs);
          const random = prng(seed);
          const network = new Network(docs, random);
          for (const move of moves) {
            const doc = docs[move.peer]!;
            const column = listColumns(doc)[move.column]!.id;
            moveGoal(doc, ids[move.goal]!, column, move.index);
            if (random() < 0.3) network.flushSome(docs[Math.floor(random() * 3)]!, 3);
          }
          network.flushAll();
          const layout = (doc: Y.Doc) =>
            listColumns(doc).map((column) => goalsInColumn(doc, column.id).map((g) => g.id));
          const first = layout(docs[0]!);
          for (const doc of docs) expect(layout(doc)).toEqual(first);
          expect(first.flat().sort()).toEqual([...ids].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  test('two people typing in the description at once merge character by character', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addGoal(a, { title: 'G', description: 'Hello world' });
    syncAll(a, b);
    // A types at the start, B at the end, keystroke by keystroke, with no sync in between.
    let typedA = '';
    let textB = 'Hello world';
    for (const ch of 'Big ') {
      typedA += ch;
      editGoalDescription(a, id, typedA + 'Hello world');
    }
    for (const ch of '!!') {
      textB += ch;
      editGoalDescription(b, id, textB);
    }
    syncAll(a, b);
    expect(getGoal(a, id)!.description).toBe('Big Hello world!!');
    expect(getGoal(b, id)!.description).toBe('Big Hello world!!');
  });

  test('interleaved edits in the middle keep both people’s characters (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.string({ maxLength: 8 }),
        fc.nat(11),
        fc.nat(11),
        (insertA, insertB, atA, atB) => {
          const a = new Y.Doc();
          const b = new Y.Doc();
          const base = 'Hello world';
          const id = addGoal(a, { title: 'G', description: base });
          syncAll(a, b);
          editGoalDescription(a, id, base.slice(0, atA) + insertA + base.slice(atA));
          editGoalDescription(b, id, base.slice(0, atB) + insertB + base.slice(atB));
          syncAll(a, b);
          const merged = getGoal(a, id)!.description;
          expect(getGoal(b, id)!.description).toBe(merged);
          expect(merged.length).toBe(base.length + insertA.length + insertB.length);
        },
      ),
    );
  });

  test('textDiff finds the smallest replacement', () => {
    expect(textDiff('abcdef', 'abXYef')).toEqual({ index: 2, remove: 2, insert: 'XY' });
    expect(textDiff('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(textDiff('same', 'same')).toEqual({ index: 4, remove: 0, insert: '' });
    const d = textDiff('x😀y', 'x😁y');
    expect(d.remove).toBe(2);
  });
});
