// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { GoalDetail } from '../../../components/goals/GoalDetail';
import { EMPTY_GOAL_FORM, GoalForm } from '../../../components/goals/GoalForm';
import { GoalsView } from '../../../components/goals/GoalsView';
import { parseNumber } from '../../../components/goals/number-text';
import type { GoalActions } from '../../../components/goals/types';
import { setLocale } from '../../../lib/i18n';
import { addCheckin } from '../../../lib/model/checkin';
import { addGoal, renameColumn } from '../../../lib/model/goal';
import { GoalsBoard } from '../../../lib/state/goals-board';
import { Today } from '../../../lib/state/today';
import { EMPTY_FILTERS } from '../../../lib/storage/goal-filters';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const today = new Today(() => Date.UTC(2026, 2, 1, 12), { follow: false });

function goalsView(doc: Y.Doc, notify = vi.fn()) {
  const board = new GoalsBoard(doc, today);
  const actions: GoalActions = {
    add: vi.fn((input) => addGoal(doc, input)),
    update: vi.fn(),
    move: vi.fn(),
    remove: vi.fn(),
    restore: vi.fn(),
    addCheckin: vi.fn(),
    addColumn: vi.fn(),
    renameColumn: vi.fn(),
    moveColumn: vi.fn(),
    undo: vi.fn(),
  };
  return (
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
      actions={actions}
      notify={notify}
    />
  );
}

describe('goals in Spanish', () => {
  test('the board’s controls and default columns are in Spanish; a renamed column stays as typed', () => {
    const doc = new Y.Doc();
    addGoal(doc, { title: 'Lectura en familia' });
    renameColumn(doc, 'planned', 'Planned for spring');
    setLocale('es');
    render(goalsView(doc));
    expect(screen.getByRole('button', { name: 'Nueva meta' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Buscar metas' })).toBeTruthy();
    const idea = screen.getByRole('list', { name: 'Idea' });
    expect(idea.textContent).toContain('Lectura en familia');
    expect(screen.getByRole('list', { name: 'En curso' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Lograda' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'En pausa' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Planned for spring' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Planificada' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'In progress' })).toBeNull();
  });

  test('the goal count follows Spanish plural rules', () => {
    const doc = new Y.Doc();
    setLocale('es');
    const { rerender } = render(goalsView(doc));
    expect(screen.getByText('0 metas')).toBeTruthy();
    addGoal(doc, { title: 'Una' });
    rerender(goalsView(doc));
    expect(screen.getByText('1 meta')).toBeTruthy();
    addGoal(doc, { title: 'Dos' });
    rerender(goalsView(doc));
    expect(screen.getByText('2 metas')).toBeTruthy();
  });

  test('the goal form names its fields in Spanish and a template is applied in Spanish', () => {
    setLocale('es');
    const board = new GoalsBoard(new Y.Doc(), today);
    const onSave = vi.fn();
    render(
      <GoalForm
        heading="Nueva meta"
        initial={EMPTY_GOAL_FORM}
        columns={board.columns.value}
        partners={[]}
        ownerSuggestions={[]}
        templates={[]}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    for (const name of ['Título', 'Objetivo', 'Punto de partida', 'Unidad', 'Fecha límite']) {
      expect(screen.getByLabelText(name)).toBeTruthy();
    }
    const column = screen.getByLabelText('Columna') as HTMLSelectElement;
    expect([...column.options].map((option) => option.text)).toEqual([
      'Idea',
      'Planificada',
      'En curso',
      'Lograda',
      'En pausa',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Guardar meta' }));
    expect(screen.getByText('Ponle un título a la meta.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  test('a template chosen in Spanish fills the form with Spanish text', () => {
    setLocale('es');
    render(goalsView(new Y.Doc()));
    fireEvent.click(screen.getByRole('button', { name: 'Horas de voluntariado' }));
    expect((screen.getByLabelText('Título') as HTMLInputElement).value).toBe(
      'Horas de voluntariado de los socios',
    );
    expect((screen.getByLabelText('Unidad') as HTMLInputElement).value).toBe('horas');
    expect(screen.getByRole('button', { name: 'Guardar meta' })).toBeTruthy();
  });

  test('a goal’s page shows numbers, dates and check-ins the Spanish way, titles as typed', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, {
      title: 'Volunteer hours',
      metric: { baseline: 0, target: 1500, unit: 'hours', direction: 'up', due: '2026-09-15' },
    });
    addCheckin(doc, { goalId: id, date: '2026-02-01', value: 1234.5 });
    const board = new GoalsBoard(doc, today);
    setLocale('es');
    render(
      <GoalDetail
        card={board.cardOf(id)!}
        history={board.history(id)}
        columns={board.columns.value}
        partners={[]}
        description={{ value: '', edit: () => {} }}
        onBack={() => {}}
        onEdit={() => {}}
        onDelete={() => {}}
        onMoveTo={() => {}}
        onAddCheckin={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Volunteer hours' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir registro de avance' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Registros de avance (1)' })).toBeTruthy();
    const progress = screen.getByRole('progressbar', { name: 'Avance' });
    expect(progress.getAttribute('aria-valuetext')).toBe('82\u00a0%');
    expect(document.body.textContent).toContain('1234,5 de 1500 hours');
    expect(document.body.textContent).toContain('Vence el 15 sept 2026');
    const history = screen.getByRole('list', { name: 'Historial de registros de avance' });
    expect(history.textContent).toContain('1234,5 hours');
    fireEvent.click(screen.getByRole('button', { name: 'Añadir registro de avance' }));
    expect(screen.getByLabelText('Valor')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar registro de avance' })).toBeTruthy();
  });
});

describe('numbers typed into the goal forms', () => {
  test('either decimal mark is read; a mark before three digits groups only if not the language’s own', () => {
    expect([parseNumber('1,200'), parseNumber('12.5'), parseNumber('12,5')]).toEqual([
      1200, 12.5, 12.5,
    ]);
    setLocale('es');
    expect([parseNumber('1.200'), parseNumber('12,5'), parseNumber('1,200')]).toEqual([
      1200, 12.5, 1.2,
    ]);
    expect([parseNumber('1.234.567,8'), parseNumber(''), parseNumber('doce')]).toEqual([
      1234567.8,
      undefined,
      NaN,
    ]);
  });
});
