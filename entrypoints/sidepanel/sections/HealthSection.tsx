import type { Partner } from '../../../lib/model/partner';
import { agreementsViewOf } from '../../../lib/state/agreements-view';
import { concernsViewOf } from '../../../lib/state/concerns-view';
import { feedbackViewOf } from '../../../lib/state/feedback-view';
import { logViewOf } from '../../../lib/state/log-view';
import { partnerHealthOf } from '../../../lib/state/partner-health';
import { usePanel } from '../panel-context';
import { usePartnerContact } from './LogSection';

/**
 * Each partner's health line, from the feature view models (a few per-partner lookups, never a
 * scan). Undefined until the log's index is ready, like the rows' last contact, so a district's
 * list paints before any of it is built.
 */
export function usePartnerHealth() {
  const { session } = usePanel();
  const ready = usePartnerContact() !== undefined;
  if (!ready) return undefined;
  const log = logViewOf(session);
  const agreements = agreementsViewOf(session);
  const concerns = concernsViewOf(session);
  const feedback = feedbackViewOf(session);
  const sources = {
    lastContactOf: (id: string) => log.lastContactOf(id),
    overdueCommitments: (id: string) => agreements.commitmentCounts(id).overdue,
    openConcernCount: (id: string) => concerns.openConcernCount(id),
    trendOf: (id: string, today: number) => feedback.trendOf(id, today),
  };
  return (partner: Partner) => partnerHealthOf(partner, sources, log.today.value);
}
