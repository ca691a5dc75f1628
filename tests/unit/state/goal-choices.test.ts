import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addGoal } from '../../../lib/model/goal';
import { goalsNotLinkedTo, ownerSuggestions, partnerRefs } from '../../../lib/state/goal-choices';
import { GoalsBoard } from '../../../lib/state/goals-board';

describe('goal choices', () => {
  test('owner suggestions join goal owners, you and partner contacts, once each, sorted', () => {
    const people = new Map([
      ['p1', [{ name: 'Cleo Diaz' }, { name: 'Ana Alvarez' }]],
      ['p2', [{ name: 'Bea Brown' }]],
    ]);
    expect(ownerSuggestions(['Ana Alvarez', 'Zed'], 'You Self', people)).toEqual([
      'Ana Alvarez',
      'Bea Brown',
      'Cleo Diaz',
      'You Self',
      'Zed',
    ]);
  });

  test('an empty display name is not suggested', () => {
    expect(ownerSuggestions(['Ana Alvarez'], '', new Map())).toEqual(['Ana Alvarez']);
  });

  test('partner refs keep only id and name', () => {
    const partners = [{ id: 'p1', name: 'Library', kind: 'library', notes: 'x' }];
    expect(partnerRefs(partners)).toEqual([{ id: 'p1', name: 'Library' }]);
  });

  test('goals not linked to a partner leave out its linked goals', () => {
    const doc = new Y.Doc();
    addGoal(doc, { title: 'Linked', partnerIds: ['p1'] });
    addGoal(doc, { title: 'Other partner', partnerIds: ['p2'] });
    addGoal(doc, { title: 'Unlinked' });
    const board = new GoalsBoard(doc);
    const titles = goalsNotLinkedTo(board.byColumn.value, 'p1').map((goal) => goal.title);
    expect(titles.sort()).toEqual(['Other partner', 'Unlinked']);
    board.dispose();
  });
});
