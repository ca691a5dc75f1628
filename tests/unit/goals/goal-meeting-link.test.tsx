// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { GoalsView } from '../../../components/goals/GoalsView';
import type { GoalActions } from '../../../components/goals/types';
import { addCheckin } from '../../../lib/model/checkin';
import { addGoal } from '../../../lib/model/goal';
import { GoalsBoard } from '../../../lib/state/goals-board';
import { EMPTY_FILTERS } from '../../../lib/storage/goal-filters';

afterEach(() => cleanup());

/** The goal's page with two check-ins: one recorded in a meeting, one on the page itself. */
function renderGoal(meetingTitle: (id: string) => string | undefined) {
  const doc = new Y.Doc();
  const board = new GoalsBoard(doc);
  const goalId = addGoal(doc, { title: 'Summer readers' });
  addCheckin(doc, {
    goalId,
    date: '2026-11-10',
    value: 12,
    logEntryId: 'review',
    agendaItemId: 'i1',
  });
  addCheckin(doc, { goalId, date: '2026-11-12', value: 15 });
  const onOpenMeeting = vi.fn();
  render(
    <GoalsView
      columns={board.columns.value}
      cardsByColumn={board.visibleByColumn.value}
      totalCount={board.liveCount.value}
      visibleCount={board.visibleCount.value}
      filters={EMPTY_FILTERS}
      onFilters={() => {}}
      owners={[]}
      tags={[]}
      partners={[]}
      ownerSuggestions={[]}
      layout="list"
      onLayout={() => {}}
      getCard={(id) => board.cardOf(id)}
      history={(id) => board.history(id)}
      description={() => ({ value: '', edit: () => {} })}
      actions={new Proxy({}, { get: () => vi.fn() }) as GoalActions}
      notify={() => {}}
      meetingTitle={meetingTitle}
      onOpenMeeting={onOpenMeeting}
    />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Summer readers' }));
  return { onOpenMeeting };
}

test('a check-in recorded in a meeting links back to the meeting; others do not', () => {
  const { onOpenMeeting } = renderGoal((id) => (id === 'review' ? 'Termly review' : undefined));
  const links = screen.getAllByRole('button', { name: /^From meeting/ });
  expect(links).toHaveLength(1);
  expect(links[0]!.textContent).toBe('From meeting “Termly review”');
  fireEvent.click(links[0]!);
  expect(onOpenMeeting).toHaveBeenCalledWith('review');
});

test('a check-in whose meeting was deleted says so instead of linking', () => {
  renderGoal(() => undefined);
  expect(screen.queryByRole('button', { name: /^From meeting/ })).toBeNull();
  expect(screen.getByText('From a meeting no longer in the log')).toBeTruthy();
});
