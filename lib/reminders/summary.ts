import { isDueOn, isOverdue } from '../model/cadence';
import { dayNumber, dayOfInstant } from '../model/days';
import type { Followup } from '../model/followup';
import type { ReminderSummary } from '../storage/reminder-settings';

export type { ReminderSummary };

export const SUMMARY_LIMIT = 500;

export function summarise(
  workspaceId: string,
  followups: Iterable<Followup>,
  now = Date.now(),
): ReminderSummary {
  const open: ReminderSummary['followups'] = [];
  for (const f of followups) {
    if (f.done || f.deletedAt !== undefined || !f.due || dayNumber(f.due) === null) continue;
    open.push({ id: f.id, text: f.text.slice(0, 140), due: f.due });
  }
  open.sort((a, b) => a.due.localeCompare(b.due));
  return { workspaceId, updatedAt: now, followups: open.slice(0, SUMMARY_LIMIT) };
}

export function overdueCount(summary: ReminderSummary | null, now = Date.now()): number {
  if (!summary) return 0;
  const today = dayOfInstant(now);
  return summary.followups.filter((f) => isOverdue({ due: f.due, done: false }, today)).length;
}

export function dueToday(summary: ReminderSummary | null, now = Date.now()) {
  if (!summary) return [];
  const today = dayOfInstant(now);
  return summary.followups.filter((f) => isDueOn({ due: f.due, done: false }, today));
}

/** Badge text: the number of overdue follow-ups, empty when none, "99+" past 99. */
export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 99 ? '99+' : String(count);
}

/**
 * All workspaces' follow-ups as one summary, for the badge and the daily notification. Only
 * workspaces still on this device count (`workspaceIds`), so a left workspace drops out.
 */
export function combineSummaries(
  summaries: Readonly<Record<string, ReminderSummary>>,
  workspaceIds?: ReadonlySet<string>,
): ReminderSummary | null {
  const followups: ReminderSummary['followups'] = [];
  let updatedAt = 0;
  for (const [id, summary] of Object.entries(summaries)) {
    if (workspaceIds && !workspaceIds.has(id)) continue;
    followups.push(...summary.followups);
    updatedAt = Math.max(updatedAt, summary.updatedAt);
  }
  if (updatedAt === 0 && followups.length === 0) return null;
  followups.sort((a, b) => a.due.localeCompare(b.due));
  return { workspaceId: '*', updatedAt, followups };
}
