import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { getGoal } from '../../../lib/model/goal';
import { goalActions, setGoalPartnerLink } from '../../../lib/state/goal-actions';
import { goalsBoardOf } from '../../../lib/state/goals-board';
import { WorkspaceSession } from '../../../lib/state/workspace-session';

function setup(me = 'Ana') {
  const session = new WorkspaceSession(new Y.Doc());
  const board = goalsBoardOf(session);
  return { session, doc: session.doc, board, actions: goalActions(session, board, me) };
}

describe('goal actions', () => {
  test('add records who created the goal; Undo takes it back', () => {
    const { doc, actions } = setup();
    const id = actions.add({ title: 'Reading nights' });
    expect(getGoal(doc, id)).toMatchObject({ title: 'Reading nights', createdBy: 'Ana' });
    actions.undo();
    expect(getGoal(doc, id)).toBeNull();
  });

  test('move puts the goal before the given card in the target column', () => {
    const { doc, board, actions } = setup();
    const first = actions.add({ title: 'First' });
    const second = actions.add({ title: 'Second' });
    const column = getGoal(doc, first)!.column;
    actions.move(second, column, first);
    expect(board.byColumn.value.get(column)?.map((card) => card.goal.title)).toEqual([
      'Second',
      'First',
    ]);
  });

  test('a check-in is authored by me', () => {
    const { session, actions } = setup();
    const id = actions.add({ title: 'Volunteer hours' });
    actions.addCheckin({ goalId: id, date: '2030-01-02', value: 5 });
    const checkins = session.doc.getMap('checkins');
    expect([...checkins.values()].map((c) => (c as Y.Map<unknown>).get('author'))).toEqual(['Ana']);
  });

  test('linking and unlinking a partner keeps the other links, once each', () => {
    const { session, doc, board, actions } = setup();
    const id = actions.add({ title: 'Summer reading', partnerIds: ['p1'] });
    setGoalPartnerLink(session, board, id, 'p2', true);
    setGoalPartnerLink(session, board, id, 'p2', true);
    expect(getGoal(doc, id)?.partnerIds).toEqual(['p1', 'p2']);
    setGoalPartnerLink(session, board, id, 'p1', false);
    expect(getGoal(doc, id)?.partnerIds).toEqual(['p2']);
    // A goal that is not on the board is left alone.
    setGoalPartnerLink(session, board, 'missing', 'p1', true);
    expect(getGoal(doc, 'missing')).toBeNull();
  });
});
