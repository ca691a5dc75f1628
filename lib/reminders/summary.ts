import { isDueOn, isOverdue } from '../model/cadence';
import { isOpenStatus, type Commitment } from '../model/commitment';
import { dayNumber, dayOfInstant } from '../model/days';
import type { Followup } from '../model/followup';
import type { ReminderItem } from '../messages';
import type { ReminderSummary } from '../storage/reminder-settings';

export type { ReminderSummary };

export const SUMMARY_LIMIT = 500;

/** What else reminds besides follow-ups: commitments and agreements' review dates. */
export interface ReminderExtras {
  commitments?: Iterable<Commitment>;
  /** Review dates of current agreements (`id` the version, `text` the partner's name). */
  reviews?: Iterable<ReminderItem>;
}

export type ReminderKind = 'followup' | 'commitment' | 'review';

const byDue = (a: ReminderItem, b: ReminderItem) => a.due.localeCompare(b.due);

function capped(items: ReminderItem[]): ReminderItem[] {
  return items.sort(byDue).slice(0, SUMMARY_LIMIT);
}

export function summarise(
  workspaceId: string,
  followups: Iterable<Followup>,
  now = Date.now(),
  extras: ReminderExtras = {},
): ReminderSummary {
  const open: ReminderItem[] = [];
  for (const f of followups) {
    if (f.done || f.deletedAt !== undefined || !f.due || dayNumber(f.due) === null) continue;
    open.push({ id: f.id, text: f.text.slice(0, 140), due: f.due });
  }
  const commitments: ReminderItem[] = [];
  for (const c of extras.commitments ?? []) {
    if (!isOpenStatus(c.status) || c.deletedAt !== undefined || !c.due) continue;
    if (dayNumber(c.due) === null) continue;
    commitments.push({ id: c.id, text: c.text.slice(0, 140), due: c.due, partnerId: c.partnerId });
  }
  const reviews: ReminderItem[] = [];
  for (const r of extras.reviews ?? []) {
    if (dayNumber(r.due) !== null)
      reviews.push({ id: r.id, text: r.text.slice(0, 140), due: r.due, partnerId: r.partnerId });
  }
  return {
    workspaceId,
    updatedAt: now,
    followups: capped(open),
    commitments: capped(commitments),
    reviews: capped(reviews),
  };
}

/** Each kind's items; summaries stored before commitments and reviews existed have only follow-ups. */
function itemsOf(summary: ReminderSummary): [ReminderKind, ReminderItem[]][] {
  return [
    ['followup', summary.followups],
    ['commitment', summary.commitments ?? []],
    ['review', summary.reviews ?? []],
  ];
}

/** Overdue items per kind: follow-ups and commitments past their due day, reviews past their date. */
export function overdueParts(
  summary: ReminderSummary | null,
  now = Date.now(),
): Record<ReminderKind, number> {
  const parts = { followup: 0, commitment: 0, review: 0 };
  if (!summary) return parts;
  const today = dayOfInstant(now);
  for (const [kind, items] of itemsOf(summary))
    parts[kind] = items.filter((item) => isOverdue({ due: item.due, done: false }, today)).length;
  return parts;
}

export function overdueCount(summary: ReminderSummary | null, now = Date.now()): number {
  const parts = overdueParts(summary, now);
  return parts.followup + parts.commitment + parts.review;
}

/** Everything due today, follow-ups first, each with its kind (the notification words it). */
export function dueToday(
  summary: ReminderSummary | null,
  now = Date.now(),
): (ReminderItem & { kind: ReminderKind })[] {
  if (!summary) return [];
  const today = dayOfInstant(now);
  return itemsOf(summary).flatMap(([kind, items]) =>
    items
      .filter((item) => isDueOn({ due: item.due, done: false }, today))
      .map((item) => ({ ...item, kind })),
  );
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
  const followups: ReminderItem[] = [];
  const commitments: ReminderItem[] = [];
  const reviews: ReminderItem[] = [];
  let updatedAt = 0;
  for (const [id, summary] of Object.entries(summaries)) {
    if (workspaceIds && !workspaceIds.has(id)) continue;
    followups.push(...summary.followups);
    commitments.push(...(summary.commitments ?? []));
    reviews.push(...(summary.reviews ?? []));
    updatedAt = Math.max(updatedAt, summary.updatedAt);
  }
  if (updatedAt === 0 && followups.length + commitments.length + reviews.length === 0) return null;
  return {
    workspaceId: '*',
    updatedAt,
    followups: followups.sort(byDue),
    commitments: commitments.sort(byDue),
    reviews: reviews.sort(byDue),
  };
}
