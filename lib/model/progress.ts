/**
 * Progress of a measurable goal: pure maths over baseline, target and the
 * latest check-in. No Yjs, no dates from the clock (callers pass `today`).
 */

import { dayNumber, isValidDay } from './days';

export type Direction = 'up' | 'down';

export interface MetricValues {
  baseline?: number | undefined;
  target?: number | undefined;
  direction: Direction;
}

export interface Progress {
  /** 0…1, or null when it cannot be told (no target, or no baseline on a down metric). */
  fraction: number | null;
  /** Unclamped share of the way from baseline to target (may be < 0 or > 1), or null. */
  raw: number | null;
  /** Whether the current value meets the target; null without a target or a current value. */
  met: boolean | null;
  /** The value progress was measured at: the latest check-in, else the baseline. */
  current: number | null;
}

const finite = (value: number | undefined | null): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return direction === 'up' ? value >= target : value <= target;
}

/**
 * - No target: nothing to measure against, everything is null.
 * - No check-in yet: the current value is the baseline (progress 0, or met).
 * - No baseline: an "up" metric counts from 0 (hours, funds, sign-ups); a
 *   "down" metric has no natural start, so only `met` is known.
 * - Baseline equal to target: met or not, 1 or 0 (no division by zero).
 * - Meeting the target is 1 even when the target lies on the "wrong" side of
 *   the baseline for the direction; otherwise the share is clamped to 0…1.
 */
export function computeProgress(metric: MetricValues, latest?: number | null): Progress {
  const target = finite(metric.target) ? metric.target : undefined;
  const baseline = finite(metric.baseline)
    ? metric.baseline
    : metric.direction === 'up'
      ? 0
      : undefined;
  const current = finite(latest) ? latest : (baseline ?? null);
  if (target === undefined) return { fraction: null, raw: null, met: null, current };
  if (current === null) return { fraction: null, raw: null, met: null, current };
  const met = meetsTarget(current, target, metric.direction);
  if (baseline === undefined) return { fraction: met ? 1 : null, raw: null, met, current };
  if (baseline === target) return { fraction: met ? 1 : 0, raw: met ? 1 : 0, met, current };
  const raw = (current - baseline) / (target - baseline);
  const fraction = met ? 1 : Math.min(1, Math.max(0, raw));
  return { fraction, raw, met, current };
}

export const STALE_AFTER_DAYS = 30;

/** A `YYYY-MM-DD` day as its day number, or null (anything else, including a time, is refused). */
function dayValue(day: string | undefined): number | null {
  return day && isValidDay(day) ? dayNumber(day) : null;
}

export interface Flags {
  overdue: boolean;
  stale: boolean;
}

/**
 * Overdue: the due date has passed and the target is not met. Stale: not met
 * and no check-in for 30 days (counted from the goal's creation when it has
 * none). A met goal is never flagged.
 */
export function goalFlags(input: {
  due?: string | undefined;
  met: boolean | null;
  lastCheckinDay?: string | undefined;
  createdDay?: string | undefined;
  today: string;
}): Flags {
  if (input.met === true) return { overdue: false, stale: false };
  const today = dayValue(input.today);
  const due = dayValue(input.due);
  const overdue = today !== null && due !== null && due < today;
  const since = dayValue(input.lastCheckinDay) ?? dayValue(input.createdDay);
  const stale = today !== null && since !== null && today - since > STALE_AFTER_DAYS;
  return { overdue, stale };
}
