import { storage } from 'wxt/utils/storage';

/**
 * What the background needs to keep the badge and daily reminders right while
 * the panel is closed: the active workspace's open follow-ups with due dates.
 * Small (text capped, a few hundred items at most), written by the panel.
 */
export interface ReminderSummary {
  workspaceId: string;
  updatedAt: number;
  followups: { id: string; text: string; due: string }[];
}

/** Personal: whether this browser shows a daily notification for follow-ups due today. */
export const dailyRemindersItem = storage.defineItem<boolean>('local:dailyReminders', {
  fallback: false,
  version: 1,
});

/** The active workspace's open follow-ups, written by the panel for the background. */
export const reminderSummaryItem = storage.defineItem<ReminderSummary | null>(
  'local:reminderSummary',
  { fallback: null, version: 1 },
);

/** The day (YYYY-MM-DD) the daily notification was last shown, so it shows once per day. */
export const lastReminderDayItem = storage.defineItem<string | null>('local:lastReminderDay', {
  fallback: null,
});

/** A follow-up the panel should show when it opens (set by a notification click). */
export const openFollowupItem = storage.defineItem<{ id: string; at: number } | null>(
  'session:openFollowup',
  { fallback: null },
);
