import { describe, expect, test } from 'vitest';
import { computeProgress, goalFlags } from '../../../lib/model/progress';

describe('progress maths', () => {
  test('an up metric: share of the way from baseline to target, clamped', () => {
    const metric = { baseline: 40, target: 120, direction: 'up' as const };
    expect(computeProgress(metric, 80)).toMatchObject({ fraction: 0.5, raw: 0.5, met: false });
    expect(computeProgress(metric, 20)).toMatchObject({ fraction: 0, raw: -0.25, met: false });
    expect(computeProgress(metric, 150)).toMatchObject({ fraction: 1, met: true });
    expect(computeProgress(metric, 120).met).toBe(true);
  });

  test('a down metric: lower is better', () => {
    const metric = { baseline: 18, target: 12, direction: 'down' as const };
    expect(computeProgress(metric, 15)).toMatchObject({ fraction: 0.5, met: false });
    expect(computeProgress(metric, 12)).toMatchObject({ fraction: 1, met: true });
    expect(computeProgress(metric, 10)).toMatchObject({ fraction: 1, met: true });
    expect(computeProgress(metric, 20)).toMatchObject({ fraction: 0, met: false });
  });

  test('no check-in yet: measured at the baseline', () => {
    expect(computeProgress({ baseline: 10, target: 20, direction: 'up' })).toEqual({
      fraction: 0,
      raw: 0,
      met: false,
      current: 10,
    });
    expect(computeProgress({ baseline: 10, target: 20, direction: 'up' }, null).current).toBe(10);
  });

  test('baseline equal to target: no division by zero', () => {
    const up = { baseline: 5, target: 5, direction: 'up' as const };
    expect(computeProgress(up)).toMatchObject({ fraction: 1, met: true });
    expect(computeProgress(up, 4)).toMatchObject({ fraction: 0, met: false });
    expect(computeProgress(up, 6)).toMatchObject({ fraction: 1, met: true });
    const down = { baseline: 5, target: 5, direction: 'down' as const };
    expect(computeProgress(down, 6)).toMatchObject({ fraction: 0, met: false });
    expect(computeProgress(down, 5)).toMatchObject({ fraction: 1, met: true });
  });

  test('missing target: nothing to measure', () => {
    expect(computeProgress({ baseline: 1, direction: 'up' }, 5)).toMatchObject({
      fraction: null,
      met: null,
      current: 5,
    });
  });

  test('missing baseline: up counts from zero, down only knows met', () => {
    expect(computeProgress({ target: 500, direction: 'up' }, 125).fraction).toBe(0.25);
    expect(computeProgress({ target: 500, direction: 'up' }).fraction).toBe(0);
    expect(computeProgress({ target: 10, direction: 'down' }, 15)).toMatchObject({
      fraction: null,
      met: false,
    });
    expect(computeProgress({ target: 10, direction: 'down' }, 8)).toMatchObject({
      fraction: 1,
      met: true,
    });
    expect(computeProgress({ target: 10, direction: 'down' })).toMatchObject({
      fraction: null,
      met: null,
      current: null,
    });
  });

  test('non-finite values read as missing', () => {
    expect(computeProgress({ baseline: NaN, target: Infinity, direction: 'up' }, 3).fraction).toBe(
      null,
    );
    expect(computeProgress({ baseline: 0, target: 10, direction: 'up' }, NaN).current).toBe(0);
  });

  test('target on the wrong side of the baseline for the direction', () => {
    // "Up is good" but target below baseline: already met at the baseline.
    expect(computeProgress({ baseline: 10, target: 5, direction: 'up' })).toMatchObject({
      fraction: 1,
      met: true,
    });
  });
});

describe('flags', () => {
  const today = '2025-03-31';
  test('overdue: due date passed and target not met', () => {
    expect(goalFlags({ due: '2025-03-30', met: false, today }).overdue).toBe(true);
    expect(goalFlags({ due: '2025-03-31', met: false, today }).overdue).toBe(false);
    expect(goalFlags({ due: '2025-03-30', met: true, today }).overdue).toBe(false);
    expect(goalFlags({ due: '2025-03-30', met: null, today }).overdue).toBe(true);
    expect(goalFlags({ met: false, today }).overdue).toBe(false);
  });

  test('stale: no check-in in 30 days', () => {
    expect(goalFlags({ met: false, lastCheckinDay: '2025-03-01', today }).stale).toBe(false);
    expect(goalFlags({ met: false, lastCheckinDay: '2025-02-28', today }).stale).toBe(true);
    expect(goalFlags({ met: false, createdDay: '2025-01-01', today }).stale).toBe(true);
    expect(goalFlags({ met: false, createdDay: '2025-03-20', today }).stale).toBe(false);
    expect(goalFlags({ met: true, lastCheckinDay: '2024-01-01', today }).stale).toBe(false);
  });
});
