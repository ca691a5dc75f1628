import { browser } from 'wxt/browser';
import type { Message } from '../messages';
import type { ReminderSummary } from '../storage/reminder-settings';
import { badgeTitle } from './notification-text';
import { badgeText, overdueParts } from './summary';

const BADGE_COLOUR = '#b42318';

/**
 * Shows the number of overdue follow-ups, commitments and agreement reviews on the toolbar button, and says it in its tooltip (in
 * the current language: the caller sets it first).
 */
export async function showBadge(summary: ReminderSummary | null, now = Date.now()) {
  const parts = overdueParts(summary, now);
  const count = parts.followup + parts.commitment + parts.review;
  const text = badgeText(count);
  const button = toolbarButton();
  await button.setBadgeText({ text });
  await button.setTitle({
    title: badgeTitle(count, { commitments: parts.commitment, reviews: parts.review }),
  });
  if (text) await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function toolbarButton(): typeof browser.action {
  return (browser.action ??
    (browser as unknown as { browserAction: typeof browser.action })
      .browserAction) as typeof browser.action;
}

/**
 * Panel or offscreen side: hands one workspace's summary to the background, which keeps every
 * workspace's and shows their sum (sending wakes the background if it sleeps).
 */
export async function publishSummary(summary: ReminderSummary) {
  const message: Message = { target: 'background', type: 'reminders:summary', summary };
  await browser.runtime.sendMessage(message);
}
