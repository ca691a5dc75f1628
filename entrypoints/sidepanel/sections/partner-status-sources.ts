import type { Partner } from '../../../lib/model/partner';
import { agreementsViewOf } from '../../../lib/state/agreements-view';
import { concernsViewOf } from '../../../lib/state/concerns-view';
import { feedbackViewOf } from '../../../lib/state/feedback-view';
import { partnerContact } from '../../../lib/state/log-actions';
import { logViewOf } from '../../../lib/state/log-view';
import { partnerHealthOf } from '../../../lib/state/partner-health';
import type { WorkspaceSession } from '../../../lib/state/workspace-session';

/**
 * Partner rows' last contact and health line, read during render (the getters subscribe to the
 * view models' signals). Each is a few per-partner lookups, never a scan; both are undefined
 * until the log's index is ready. A chunk of its own: the log, agreements, concerns and feedback
 * view models are fetched after the list has painted.
 */
export function readPartnerStatus(session: WorkspaceSession) {
  const log = logViewOf(session);
  const contact = partnerContact(log);
  if (!contact) return { contact: undefined, health: undefined };
  const agreements = agreementsViewOf(session);
  const concerns = concernsViewOf(session);
  const feedback = feedbackViewOf(session);
  const sources = {
    lastContactOf: (id: string) => log.lastContactOf(id),
    overdueCommitments: (id: string) => agreements.commitmentCounts(id).overdue,
    openConcernCount: (id: string) => concerns.openConcernCount(id),
    trendOf: (id: string, today: number) => feedback.trendOf(id, today),
  };
  const today = log.today.value;
  return { contact, health: (partner: Partner) => partnerHealthOf(partner, sources, today) };
}
