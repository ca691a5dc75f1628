import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import { GoalPrefsBinding, type GoalPrefsStore } from '../../../lib/state/goal-prefs';
import {
  EMPTY_FILTERS,
  type GoalBoardPrefs,
  type GoalFilters,
} from '../../../lib/storage/goal-filters';

const STORED: GoalBoardPrefs = {
  filters: { ...EMPTY_FILTERS, owner: 'Ana Alvarez', flagged: 'stale' },
  layout: 'list',
};

/** A store whose load resolves only when the test says so, recording every save. */
function fakeStore() {
  let resolve: (prefs: GoalBoardPrefs) => void = () => {};
  const saved: GoalBoardPrefs[] = [];
  const store: GoalPrefsStore = {
    load: () => new Promise((done) => (resolve = done)),
    save: async (prefs) => {
      saved.push(prefs);
    },
  };
  const finishLoad = async (prefs: GoalBoardPrefs) => {
    resolve(prefs);
    await Promise.resolve();
  };
  return { store, saved, finishLoad };
}

describe('goal board prefs binding', () => {
  test('the stored filters and layout replace the defaults once loaded', async () => {
    const { store, finishLoad } = fakeStore();
    const board = { filters: signal<GoalFilters>(EMPTY_FILTERS) };
    const prefs = new GoalPrefsBinding(board, store);
    const stop = prefs.start();
    expect(prefs.layout.value).toBe('auto');
    await finishLoad(STORED);
    expect(board.filters.value).toEqual(STORED.filters);
    expect(prefs.layout.value).toBe('list');
    stop();
  });

  test('changes made before the load finishes are not saved over what was stored', async () => {
    const { store, saved, finishLoad } = fakeStore();
    const board = { filters: signal<GoalFilters>(EMPTY_FILTERS) };
    const prefs = new GoalPrefsBinding(board, store);
    const stop = prefs.start();
    board.filters.value = { ...EMPTY_FILTERS, tag: 'early' };
    prefs.layout.value = 'board';
    expect(saved).toEqual([]);
    await finishLoad(STORED);
    expect(saved.every((prefs) => prefs.filters.tag !== 'early')).toBe(true);
    stop();
  });

  test('every filter or layout change after the load is saved', async () => {
    const { store, saved, finishLoad } = fakeStore();
    const board = { filters: signal<GoalFilters>(EMPTY_FILTERS) };
    const prefs = new GoalPrefsBinding(board, store);
    const stop = prefs.start();
    await finishLoad(STORED);
    board.filters.value = { ...STORED.filters, query: 'reading' };
    prefs.layout.value = 'board';
    expect(saved.at(-1)).toEqual({
      filters: { ...STORED.filters, query: 'reading' },
      layout: 'board',
    });
    stop();
  });

  test('once stopped it neither applies a late load nor saves', async () => {
    const { store, saved, finishLoad } = fakeStore();
    const board = { filters: signal<GoalFilters>(EMPTY_FILTERS) };
    const prefs = new GoalPrefsBinding(board, store);
    const stop = prefs.start();
    stop();
    await finishLoad(STORED);
    board.filters.value = { ...EMPTY_FILTERS, tag: 'after' };
    expect(board.filters.value.owner).toBe('');
    expect(prefs.layout.value).toBe('auto');
    expect(saved).toEqual([]);
  });

  test('stopping after the load ends the saving', async () => {
    const { store, saved, finishLoad } = fakeStore();
    const board = { filters: signal<GoalFilters>(EMPTY_FILTERS) };
    const prefs = new GoalPrefsBinding(board, store);
    const stop = prefs.start();
    await finishLoad(STORED);
    const before = saved.length;
    stop();
    prefs.layout.value = 'board';
    expect(saved).toHaveLength(before);
  });
});
