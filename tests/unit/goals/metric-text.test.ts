import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import type { Goal } from '../../../lib/model/goal';
import { computeProgress, type Direction } from '../../../lib/model/progress';
import { describeMetric } from '../../../components/goals/metric-text';

function card(direction: Direction, baseline: number, target: number, latest?: number) {
  const metric = { name: 'Chronic absence', unit: '%', baseline, target, direction };
  const progress = computeProgress(metric, latest);
  const goal = { id: 'g', title: 'Goal', metric } as unknown as Goal;
  return {
    goal,
    progress,
    latest:
      latest === undefined
        ? undefined
        : { id: 'c', goalId: 'g', date: '2026-09-15', value: latest },
  } as Parameters<typeof describeMetric>[0];
}

describe('metric text', () => {
  afterEach(() => setLocale('en'));

  test('a higher-is-better goal reads "current of target"', () => {
    expect(describeMetric(card('up', 0, 10, 4))).toBe('4 of 10%');
  });

  test('a lower-is-better goal never reads "18 of 10%" and its progress still counts down', () => {
    const below = card('down', 24, 10, 18);
    expect(describeMetric(below)).toBe('18%, target 10% or less');
    // From 24 down to 18 is 6 of the 14 points to go.
    expect(below.progress.fraction).toBeCloseTo(6 / 14);
  });

  test('a lower-is-better goal without a value yet names its target as a ceiling', () => {
    const metric = { name: 'Absence', unit: '%', target: 10, direction: 'down' as const };
    const goal = { id: 'g', title: 'Goal', metric } as unknown as Goal;
    const view = { goal, progress: computeProgress(metric), latest: undefined };
    expect(describeMetric(view)).toBe('Target 10% or less');
  });

  test('reads in Spanish for both directions', () => {
    setLocale('es');
    expect(describeMetric(card('up', 0, 10, 4))).toBe('4 de 10 %');
    expect(describeMetric(card('down', 24, 10, 18))).toBe('18 %; objetivo: 10 % o menos');
  });
});
