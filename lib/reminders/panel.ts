import { effect } from '@preact/signals';
import { logViewOf } from '../state/log-view';
import type { WorkspaceSession } from '../state/workspace-session';
import { publishSummary } from './badge';
import { summarise } from './summary';

/**
 * Keeps the background's summary (and the badge) in step with the open
 * workspace's follow-ups. Called once by the panel; returns a stop function.
 */
export function startReminderSync(session: WorkspaceSession, workspaceId: string): () => void {
  const view = logViewOf(session);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = effect(() => {
    void view.today.value;
    void view.followups.changes.value;
    const summary = summarise(workspaceId, view.followups.values());
    clearTimeout(timer);
    // Coalesce bursts (a sync delivering many edits) into one write.
    timer = setTimeout(() => void publishSummary(summary).catch(console.error), 150);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
