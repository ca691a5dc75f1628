import { partnershipHealth, type PartnershipHealth } from '../model/health';
import type { FeedbackTrend } from '../model/feedback-trend';

/**
 * Where a partner's health line reads its four signals, each from the view model that already
 * indexes it per partner (so a row costs a few lookups, never a scan):
 * - `lastContactOf`: LogView.lastContactOf
 * - `overdueCommitments`: (id) => AgreementsView.commitmentCounts(id).overdue
 * - `openConcernCount`: ConcernsView.openConcernCount
 * - `trendOf`: FeedbackView.trendOf
 */
export interface HealthSources {
  lastContactOf: (partnerId: string) => string | undefined;
  overdueCommitments: (partnerId: string) => number;
  openConcernCount: (partnerId: string) => number;
  trendOf: (partnerId: string, today: number) => FeedbackTrend;
}

/** The partner's health today (`today` a day number, lib/model/days.ts). */
export function partnerHealthOf(
  partner: { id: string; cadenceDays: number },
  sources: HealthSources,
  today: number,
): PartnershipHealth {
  return partnershipHealth(
    {
      lastContactDay: sources.lastContactOf(partner.id)?.slice(0, 10),
      cadenceDays: partner.cadenceDays,
      overdueCommitments: sources.overdueCommitments(partner.id),
      openConcerns: sources.openConcernCount(partner.id),
      feedbackTrend: sources.trendOf(partner.id, today).direction,
    },
    today,
  );
}
