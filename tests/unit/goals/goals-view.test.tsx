// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { shiftCaret } from '../../../components/goals/DescriptionField';
import { GoalsView } from '../../../components/goals/GoalsView';
import type { GoalActions } from '../../../components/goals/types';
import { addGoal, deleteGoal } from '../../../lib/model/goal';
import { GoalsBoard } from '../../../lib/state/goals-board';
import { EMPTY_FILTERS } from '../../../lib/storage/goal-filters';

afterEach(() => {
  cleanup();
});

function setup(layout: 'list' | 'board' = 'list') {
  const doc = new Y.Doc();
  const board = new GoalsBoard(doc);
  const actions: GoalActions = {
    add: vi.fn((input) => addGoal(doc, input)),
    update: vi.fn(),
    move: vi.fn(),
    remove: vi.fn((id) => deleteGoal(doc, id, 'Me')),
    restore: vi.fn(),
    addCheckin: vi.fn(),
    addColumn: vi.fn(),
    renameColumn: vi.fn(),
    moveColumn: vi.fn(),
    undo: vi.fn(),
  };
  const view = () => (
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
      layout={layout}
      onLayout={() => {}}
      getCard={(id) => board.cardOf(id)}
      history={(id) => board.history(id)}
      description={() => ({ value: '', edit: () => {} })}
      actions={actions}
      notify={() => {}}
    />
  );
  return { doc, board, actions, view };
}

describe('goals view', () => {
  test('columns are named lists of cards named by their titles; menu moves', () => {
    const { doc, view, actions } = setup();
    addGoal(doc, { title: 'First goal' });
    addGoal(doc, { title: 'Second goal' });
    render(view());
    const idea = screen.getByRole('list', { name: 'Idea' });
    expect(idea.querySelectorAll('li.goal-card')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Second goal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move up' }));
    expect(actions.move).toHaveBeenCalledWith(expect.any(String), 'idea', expect.any(String));
    fireEvent.keyDown(screen.getByRole('button', { name: 'First goal' }), {
      key: 'ArrowRight',
      altKey: true,
    });
    expect(actions.move).toHaveBeenLastCalledWith(expect.any(String), 'planned', null);
  });

  test('in the list layout the card menu moves to named columns, never "left" or "right"', () => {
    const { doc, view, actions } = setup('list');
    addGoal(doc, { title: 'First goal' });
    render(view());
    fireEvent.click(screen.getByRole('button', { name: 'Actions for First goal' }));
    const menu = screen.getByRole('group', { name: 'Move First goal' });
    const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Move up', 'Move down', 'Move to Planned']);
    fireEvent.click(screen.getByRole('button', { name: 'Move to Planned' }));
    expect(actions.move).toHaveBeenLastCalledWith(expect.any(String), 'planned', null);
  });

  test('in the board layout the card menu keeps Move left and Move right', () => {
    const { doc, view } = setup('board');
    addGoal(doc, { title: 'First goal' });
    render(view());
    fireEvent.click(screen.getByRole('button', { name: 'Actions for First goal' }));
    const menu = screen.getByRole('group', { name: 'Move First goal' });
    const labels = [...menu.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['Move left', 'Move up', 'Move down', 'Move right']);
  });

  test('a peer deleting the open goal shows who deleted it', () => {
    const { doc, view } = setup();
    const id = addGoal(doc, { title: 'Shared goal' });
    const { rerender } = render(view());
    fireEvent.click(screen.getByRole('button', { name: 'Shared goal' }));
    expect(screen.getByRole('heading', { name: 'Shared goal' })).toBeTruthy();
    deleteGoal(doc, id, 'Sam');
    rerender(view());
    expect(screen.getByRole('alert').textContent).toContain('This goal was deleted by Sam');
  });

  test('the caret stays put when a peer types before it', () => {
    expect(shiftCaret(5, 'hello world', 'XXhello world')).toBe(7);
    expect(shiftCaret(2, 'hello world', 'hello world!!')).toBe(2);
    expect(shiftCaret(3, 'abcdef', 'aZf')).toBe(2);
  });
});
