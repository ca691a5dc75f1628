// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { GoalDetail } from '../../../components/goals/GoalDetail';
import { addGoal } from '../../../lib/model/goal';
import { GoalsBoard } from '../../../lib/state/goals-board';

afterEach(() => cleanup());

function detail(earlier?: {
  next: string | null;
  count: number;
  loading: boolean;
  load: () => Promise<void>;
}) {
  const doc = new Y.Doc();
  const board = new GoalsBoard(doc);
  const id = addGoal(doc, { title: 'Attendance' });
  render(
    <GoalDetail
      card={board.cardOf(id)!}
      history={[]}
      columns={board.columns.value}
      partners={[]}
      description={{ value: '', edit: () => {} }}
      onBack={() => {}}
      onEdit={() => {}}
      onDelete={() => {}}
      onMoveTo={() => {}}
      onAddCheckin={() => {}}
      earlier={earlier}
    />,
  );
}

describe('a goal’s check-ins when older school years are not loaded', () => {
  test('says so instead of "no check-ins yet", and loads the next year from its button', () => {
    const load = vi.fn(() => Promise.resolve());
    detail({ next: '2024–25', count: 2, loading: false, load });
    expect(screen.queryByText(/No check-ins yet/)).toBeNull();
    // The count is of the years loaded, and says so.
    expect(screen.getByText('Check-ins in the school years loaded (0)')).toBeTruthy();
    expect(
      screen.getByText('Check-ins from 2 earlier school years are not loaded yet.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show check-ins from 2024–25' }));
    expect(load).toHaveBeenCalledOnce();
  });

  test('with every year loaded (or no split) an empty history says there are no check-ins yet', () => {
    detail({ next: null, count: 0, loading: false, load: vi.fn() });
    expect(screen.getByText(/No check-ins yet/)).toBeTruthy();
    expect(screen.getByText('Check-ins (0)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show check-ins from/ })).toBeNull();
  });
});
