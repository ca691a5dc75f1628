import { describe, expect, test } from 'vitest';
import type { GoalCardView } from '../../../lib/model/goal-view';
import {
  contactActivity,
  goalProgressSummary,
  inclusionCoverage,
  monthsEnding,
} from '../../../lib/state/dashboard-data';

describe('contact activity per month', () => {
  test('the last twelve months end with this month and cross the year', () => {
    expect(monthsEnding('2026-02-15', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsEnding('2026-11-27', 12)).toHaveLength(12);
    expect(monthsEnding('2026-11-27', 12)[0]).toBe('2025-12');
  });

  test('counts entries by the month written in their local date, ignoring older ones', () => {
    const counts = contactActivity(
      ['2026-11-01T09:00', '2026-11-30', '2026-10-31T23:59', '2025-11-30', '2026-12-01'],
      '2026-11-27',
      3,
    );
    expect(counts).toEqual([
      { month: '2026-09', count: 0 },
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 2 },
    ]);
  });
});

function card(
  id: string,
  progress: { fraction: number | null; met: boolean | null },
  flags: { overdue?: boolean; stale?: boolean } = {},
): GoalCardView {
  return {
    goal: { id, title: `Goal ${id}` },
    progress: { ...progress, raw: progress.fraction, current: null },
    overdue: flags.overdue ?? false,
    stale: flags.stale ?? false,
  } as unknown as GoalCardView;
}

test('with dates newest first, counting stops at the first date before the window', () => {
  let read = 0;
  const dates = function* () {
    for (const date of ['2026-11-20', '2026-10-02', '2026-08-31', '2026-08-01', '2025-01-01']) {
      read++;
      yield date;
    }
  };
  expect(contactActivity(dates(), '2026-11-27', 3, true)).toEqual([
    { month: '2026-09', count: 0 },
    { month: '2026-10', count: 1 },
    { month: '2026-11', count: 1 },
  ]);
  expect(read).toBe(3);
});

describe('goal progress overview', () => {
  test('counts met, underway, overdue, stale and unmeasured goals; least progress first', () => {
    const summary = goalProgressSummary([
      card('a', { fraction: 1, met: true }),
      card('b', { fraction: 0.6, met: false }),
      card('c', { fraction: 0.2, met: false }, { overdue: true }),
      card('d', { fraction: null, met: null }, { stale: true }),
      card('e', { fraction: 0.1, met: false }, { stale: true }),
    ]);
    expect(summary).toMatchObject({
      total: 5,
      met: 1,
      underway: 2,
      overdue: 1,
      stale: 2,
      unmeasured: 1,
    });
    expect(summary.rows.map((r) => r.id)).toEqual(['e', 'c', 'b', 'a']);
  });

  test('keeps at most the limit of rows', () => {
    const cards = Array.from({ length: 20 }, (_, i) =>
      card(String(i), { fraction: i / 20, met: false }),
    );
    expect(goalProgressSummary(cards, 5).rows).toHaveLength(5);
  });
});

describe('inclusion coverage', () => {
  test('lists every group, with how many partners each has and how many were engaged', () => {
    const engaged = new Set(['p1']);
    const coverage = inclusionCoverage(
      ['families', 'businesses', 'libraries'],
      [
        { id: 'p1', stakeholderGroup: 'families' },
        { id: 'p2', stakeholderGroup: 'families' },
        { id: 'p3', stakeholderGroup: 'businesses' },
        { id: 'p4' },
        { id: 'p5', stakeholderGroup: 'an old free-text group' },
      ],
      (id) => engaged.has(id),
    );
    expect(coverage).toEqual([
      { group: 'families', partners: 2, engaged: 1 },
      { group: 'businesses', partners: 1, engaged: 0 },
      { group: 'libraries', partners: 0, engaged: 0 },
    ]);
  });
});
