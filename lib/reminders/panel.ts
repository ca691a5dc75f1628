import { effect } from '@preact/signals';
import type { ReminderItem } from '../messages';
import { agreementsViewOf } from '../state/agreements-view';
import { logViewOf } from '../state/log-view';
import type { WorkspaceSession } from '../state/workspace-session';
import { publishSummary } from './badge';
import { summarise } from './summary';

/**
 * Keeps the background's summary (and the badge) in step with the open
 * workspace's follow-ups, commitments and agreement reviews. Called once by
 * the panel; returns a stop function.
 */
export function startReminderSync(session: WorkspaceSession, workspaceId: string): () => void {
  const view = logViewOf(session);
  const agreements = agreementsViewOf(session);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = effect(() => {
    void view.today.value;
    void view.followups.changes.value;
    void agreements.commitments.changes.value;
    void session.partners.changes.value;
    const reviews: ReminderItem[] = [];
    for (const review of agreements.reviews.value) {
      const partner = session.partners.get(review.partnerId);
      if (partner && partner.deletedAt === undefined)
        reviews.push({
          id: review.versionId,
          text: partner.name,
          due: review.reviewDate,
          partnerId: review.partnerId,
        });
    }
    const summary = summarise(workspaceId, view.followups.values(), Date.now(), {
      commitments: agreements.commitments.live(),
      reviews,
    });
    clearTimeout(timer);
    // Coalesce bursts (a sync delivering many edits) into one write.
    timer = setTimeout(() => void publishSummary(summary).catch(console.error), 150);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
