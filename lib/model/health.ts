import { dayNumber } from './days';
import type { TrendDirection } from './feedback-trend';

/**
 * A partnership's health in one line, with its reasons: never an opaque score. Four signals go
 * in, each either fine or a problem:
 *
 * - contact: the last contact is within the partner's cadence (overdue from cadence + 1 days
 *   after it, as in ./cadence.ts), or there has never been one;
 * - commitments past their due day and not delivered;
 * - concerns still open (raised, in dialogue, mediated);
 * - feedback: the last 90 days' average against the 90 before (./feedback-trend.ts); only
 *   `down` is a problem, `unknown` is no signal at all.
 *
 * No problem is `good`, one is `watch`, two or more `at-risk`. A partner with no contact and no
 * other signal is `unknown`: nothing is known yet, which is not the same as at risk.
 * `reasons` lists the problems (worst kinds first) or, when good, what is going well; the
 * interface words each code, with `count` where one is given.
 */

export type HealthLevel = 'good' | 'watch' | 'at-risk' | 'unknown';

export type HealthReasonCode =
  | 'noHistory'
  | 'neverContacted'
  | 'contactOverdue'
  | 'commitmentsOverdue'
  | 'openConcerns'
  | 'feedbackDown'
  | 'contactOnTime'
  | 'feedbackUp'
  | 'feedbackSteady';

export interface HealthReason {
  code: HealthReasonCode;
  /** Days overdue for contact, overdue commitments or open concerns. */
  count?: number;
}

export interface PartnershipHealth {
  level: HealthLevel;
  reasons: HealthReason[];
}

export interface HealthSignals {
  /** `YYYY-MM-DD` of the last contact on or before today; undefined when never contacted. */
  lastContactDay: string | undefined;
  cadenceDays: number;
  overdueCommitments: number;
  openConcerns: number;
  feedbackTrend: TrendDirection;
}

/** `today` is a day number (lib/model/days.ts). */
export function partnershipHealth(signals: HealthSignals, today: number): PartnershipHealth {
  const problems: HealthReason[] = [];
  const lastDay = signals.lastContactDay ? dayNumber(signals.lastContactDay) : null;
  const cadence = signals.cadenceDays > 0 ? signals.cadenceDays : 1;
  const daysPast = lastDay === null ? null : today - lastDay - cadence;
  if (lastDay === null) problems.push({ code: 'neverContacted' });
  else if (daysPast !== null && daysPast > 0)
    problems.push({ code: 'contactOverdue', count: daysPast });
  const overdue = Math.max(0, Math.floor(signals.overdueCommitments));
  const concerns = Math.max(0, Math.floor(signals.openConcerns));
  if (overdue > 0) problems.push({ code: 'commitmentsOverdue', count: overdue });
  if (concerns > 0) problems.push({ code: 'openConcerns', count: concerns });
  if (signals.feedbackTrend === 'down') problems.push({ code: 'feedbackDown' });

  const onlyNeverContacted = problems.length === 1 && problems[0]!.code === 'neverContacted';
  if (onlyNeverContacted && signals.feedbackTrend === 'unknown')
    return { level: 'unknown', reasons: [{ code: 'noHistory' }] };
  if (problems.length === 0) {
    const reasons: HealthReason[] = [{ code: 'contactOnTime' }];
    if (signals.feedbackTrend === 'up') reasons.push({ code: 'feedbackUp' });
    if (signals.feedbackTrend === 'steady') reasons.push({ code: 'feedbackSteady' });
    return { level: 'good', reasons };
  }
  return { level: problems.length === 1 ? 'watch' : 'at-risk', reasons: problems };
}
