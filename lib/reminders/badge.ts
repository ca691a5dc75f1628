import { browser } from 'wxt/browser';
import { reminderSummaryItem, type ReminderSummary } from '../storage/reminder-settings';
import { badgeText, overdueCount } from './summary';

const BADGE_COLOUR = '#b42318';

/** Shows the number of overdue follow-ups on the toolbar button. */
export async function showBadge(summary: ReminderSummary | null, now = Date.now()) {
  const text = badgeText(overdueCount(summary, now));
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

/** Panel side: stores the summary for the background and updates the badge at once. */
export async function publishSummary(summary: ReminderSummary) {
  await reminderSummaryItem.setValue(summary);
  await showBadge(summary);
}
