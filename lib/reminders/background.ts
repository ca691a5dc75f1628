import { browser } from 'wxt/browser';
import { todayString } from '../model/cadence';
import {
  dailyRemindersItem,
  lastReminderDayItem,
  openFollowupItem,
  reminderSummaryItem,
} from '../storage/reminder-settings';
import { showBadge } from './badge';
import { dueToday } from './summary';

export const REMINDER_ALARM = 'bridgework-reminders';
const NOTIFICATION_PREFIX = 'bridgework-followup:';
const MAX_NOTIFICATIONS = 3;

/**
 * The background's part: an hourly alarm recomputes the badge (a follow-up
 * becomes overdue at midnight with the panel closed) and, when the user opted
 * in, shows today's follow-ups once per day.
 */
export function registerReminders() {
  void browser.alarms.get(REMINDER_ALARM).then((alarm) => {
    if (!alarm)
      void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void checkReminders();
  });
  reminderSummaryItem.watch((summary) => void showBadge(summary));
  dailyRemindersItem.watch((enabled) => {
    if (enabled) void checkReminders();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    openFollowup(notificationId.slice(NOTIFICATION_PREFIX.length) || null);
    void browser.notifications.clear(notificationId);
  });
  void checkReminders();
}

export async function checkReminders(now = Date.now()) {
  const summary = await reminderSummaryItem.getValue();
  await showBadge(summary, now);
  if (!(await dailyRemindersItem.getValue())) return;
  const today = todayString(now);
  if ((await lastReminderDayItem.getValue()) === today) return;
  const due = dueToday(summary, now);
  if (due.length === 0) return;
  await lastReminderDayItem.setValue(today);
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (due.length > MAX_NOTIFICATIONS) {
    await browser.notifications.create(NOTIFICATION_PREFIX, {
      type: 'list',
      iconUrl,
      title: `${due.length} follow-ups are due today`,
      message: 'Open Bridgework to see them.',
      items: due.slice(0, 5).map((f) => ({ title: f.text, message: '' })),
    });
    return;
  }
  for (const followup of due) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${followup.id}`, {
      type: 'basic',
      iconUrl,
      title: 'Follow-up due today',
      message: followup.text,
    });
  }
}

/**
 * Opens the side panel on a follow-up, from a notification click (a user
 * gesture, which `sidePanel.open` needs; Chrome ≥ 116). Where the panel cannot
 * open, the panel page opens in a tab instead. The panel reads the follow-up
 * id from session storage (or the URL hash) and shows it.
 */
function openFollowup(id: string | null) {
  void openFollowupItem.setValue({ id: id ?? '', at: Date.now() });
  const hash = id ? `#followup=${encodeURIComponent(id)}` : '#followups';
  void browser.windows.getLastFocused().then(async (window) => {
    try {
      if (window?.id === undefined) throw new Error('no window');
      await browser.sidePanel.open({ windowId: window.id });
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}`) });
    }
  });
}
