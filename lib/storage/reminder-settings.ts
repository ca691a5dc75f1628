import { storage } from 'wxt/utils/storage';
import type { ReminderSummary } from '../messages';

export type { ReminderSummary };

/** Personal: whether this browser shows a daily notification for follow-ups due today. */
export const dailyRemindersItem = storage.defineItem<boolean>('local:dailyReminders', {
  fallback: false,
  version: 1,
});

/**
 * What the background needs to keep the badge and daily reminders right while the panel is
 * closed: every workspace's open follow-ups with due dates, keyed by workspace id. Small (text
 * capped, a few hundred items per workspace at most). Written by the background only, from
 * summaries the panel (any workspace it opens) and the offscreen document (every shared
 * workspace, also while the panel is closed) send it; one writer, so no update is lost.
 */
export const reminderSummariesItem = storage.defineItem<Record<string, ReminderSummary>>(
  'local:reminderSummaries',
  { fallback: {}, version: 1 },
);

/** The day (YYYY-MM-DD) the daily notification was last shown, so it shows once per day. */
export const lastReminderDayItem = storage.defineItem<string | null>('local:lastReminderDay', {
  fallback: null,
});

/**
 * A commitment or an agreement review the panel should show on its partner's page when it opens
 * (set by a notification click).
 */
export const openRecordItem = storage.defineItem<{
  partnerId: string;
  section: 'commitment' | 'agreement';
  recordId: string;
  at: number;
} | null>('session:openRecord', { fallback: null });

/** A follow-up the panel should show when it opens (set by a notification click). */
export const openFollowupItem = storage.defineItem<{ id: string; at: number } | null>(
  'session:openFollowup',
  { fallback: null },
);
