import { browser } from 'wxt/browser';
import type { Message } from '../messages';
import type { ReminderSummary } from '../storage/reminder-settings';
import { badgeTitle } from './notification-text';
import { badgeText, overdueCount } from './summary';

const BADGE_COLOUR = '#b42318';

/**
 * Shows the number of overdue follow-ups on the toolbar button, and says it in its tooltip (in
 * the current language: the caller sets it first).
 */
export async function showBadge(summary: ReminderSummary | null, now = Date.now()) {
  const count = overdueCount(summary, now);
  const text = badgeText(count);
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title: badgeTitle(count) });
  if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

/**
 * Panel or offscreen side: hands one workspace's summary to the background, which keeps every
 * workspace's and shows their sum (sending wakes the background if it sleeps).
 */
export async function publishSummary(summary: ReminderSummary) {
  const message: Message = { target: 'background', type: 'reminders:summary', summary };
  await browser.runtime.sendMessage(message);
}
