import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addGoal, goalsInColumn, moveGoal, orderKeysInColumn } from '../../../lib/model/goal';
import { writeRawRecord } from '../../helpers/yjs';

const COLUMNS = ['idea', 'planned', 'in-progress', 'nowhere'];

describe('orderKeysInColumn', () => {
  test('a goal deleted at the epoch (deletedAt 0) is deleted for both readers', () => {
    const doc = new Y.Doc();
    writeRawRecord(doc, 'goals', 'g0', { title: '!', column: 'idea', order: 'a0', deletedAt: 0 });
    expect(orderKeysInColumn(doc, 'idea')).toEqual([]);
    expect(goalsInColumn(doc, 'idea')).toEqual([]);
  });

  test('lists the same goals in the same order as the validated goalsInColumn', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: fc.oneof(fc.string(), fc.constant('   '), fc.integer()),
            column: fc.oneof(fc.constantFrom(...COLUMNS), fc.integer(), fc.string()),
            order: fc.oneof(
              fc.constantFrom('a0', 'a1', 'Zz', 'a0V'),
              fc.string(),
              fc.constant(null),
            ),
            deletedAt: fc.oneof(fc.constant(undefined), fc.nat(), fc.constant(-1), fc.string()),
          }),
          { maxLength: 25 },
        ),
        (goals) => {
          const doc = new Y.Doc();
          goals.forEach((goal, index) => writeRawRecord(doc, 'goals', `goal-${index}`, goal));
          addGoal(doc, { title: 'Made by the model', column: 'planned' });
          for (const column of COLUMNS) {
            expect(orderKeysInColumn(doc, column).map((g) => g.id)).toEqual(
              goalsInColumn(doc, column).map((g) => g.id),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a move still lands where it was asked to', () => {
    const doc = new Y.Doc();
    const ids = ['A', 'B', 'C'].map((title) => addGoal(doc, { title, column: 'idea' }));
    moveGoal(doc, ids[2]!, 'idea', 0);
    expect(goalsInColumn(doc, 'idea').map((g) => g.title)).toEqual(['C', 'A', 'B']);
  });
});
