import { reminderSummariesItem, type ReminderSummary } from '../storage/reminder-settings';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Stores one workspace's summary beside the others (background only). Writes are queued: two
 * summaries arriving together (panel and offscreen document) must not overwrite each other's
 * read-modify-write. Workspaces no longer on this device are dropped on the way.
 */
export function storeSummary(
  summary: ReminderSummary,
  workspaceIds: ReadonlySet<string>,
): Promise<void> {
  const run = queue.then(async () => {
    const current = await reminderSummariesItem.getValue();
    const next: Record<string, ReminderSummary> = {};
    for (const [id, kept] of Object.entries(current)) if (workspaceIds.has(id)) next[id] = kept;
    if (workspaceIds.has(summary.workspaceId)) next[summary.workspaceId] = summary;
    await reminderSummariesItem.setValue(next);
  });
  queue = run.catch(() => undefined);
  return run;
}
