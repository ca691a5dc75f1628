import { dayNumber } from './days';

/**
 * Is feedback getting better or worse? The average score of the last 90 days against the 90
 * days before. Windows are counted in day numbers (./days.ts) from `YYYY-MM-DD` values, so no
 * time zone or daylight-saving change moves a pulse into the other window.
 *
 * - recent window: today − 89 … today (90 days, today included);
 * - previous window: today − 179 … today − 90;
 * - pulses dated after today (typed ahead) and unreadable dates count in neither.
 *
 * A direction needs at least two pulses, one in each window; otherwise it is `unknown`, never a
 * guess. Equal averages are `steady`.
 */

export const TREND_WINDOW_DAYS = 90;

export type TrendDirection = 'up' | 'down' | 'steady' | 'unknown';

export interface WindowSummary {
  count: number;
  /** Undefined when the window has no pulse. */
  average: number | undefined;
}

export interface FeedbackTrend {
  direction: TrendDirection;
  recent: WindowSummary;
  previous: WindowSummary;
}

export interface Pulse {
  date: string;
  score: number;
}

/** Averages within this of each other are equal (sums of small integers divided: float noise). */
const EPSILON = 1e-9;

export function feedbackTrend(pulses: Iterable<Pulse>, today: number): FeedbackTrend {
  let recentSum = 0;
  let recentCount = 0;
  let previousSum = 0;
  let previousCount = 0;
  for (const pulse of pulses) {
    const day = dayNumber(pulse.date);
    if (day === null || day > today || !Number.isFinite(pulse.score)) continue;
    const age = today - day;
    if (age < TREND_WINDOW_DAYS) {
      recentSum += pulse.score;
      recentCount++;
    } else if (age < 2 * TREND_WINDOW_DAYS) {
      previousSum += pulse.score;
      previousCount++;
    }
  }
  const recent = summary(recentSum, recentCount);
  const previous = summary(previousSum, previousCount);
  return { direction: directionOf(recent.average, previous.average), recent, previous };
}

function summary(sum: number, count: number): WindowSummary {
  return { count, average: count ? sum / count : undefined };
}

function directionOf(recent?: number, previous?: number): TrendDirection {
  if (recent === undefined || previous === undefined) return 'unknown';
  if (Math.abs(recent - previous) < EPSILON) return 'steady';
  return recent > previous ? 'up' : 'down';
}
