import { browser } from 'wxt/browser';
import { localDay } from '../model/days';
import { isMessage } from '../messages';
import {
  dailyRemindersItem,
  lastReminderDayItem,
  openFollowupItem,
  openRecordItem,
  reminderSummariesItem,
  type ReminderSummary,
} from '../storage/reminder-settings';
import { settingsItem } from '../storage/settings';
import { workspaceRegistryItem } from '../storage/workspaces';
import { showBadge } from './badge';
import {
  manyDueNotification,
  oneDueTitle,
  otherDueTitle,
  applyReminderLanguage,
} from './notification-text';
import { storeSummary } from './summaries-store';
import { combineSummaries, dueToday } from './summary';

export const REMINDER_ALARM = 'bridgework-reminders';
const NOTIFICATION_PREFIX = 'bridgework-followup:';
/** `bridgework-commitment:<partnerId>/<id>` and `bridgework-review:<partnerId>/<id>`. */
const RECORD_NOTIFICATION = /^bridgework-(commitment|review):([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/;
const MAX_NOTIFICATIONS = 3;

/**
 * The background's part: it keeps every workspace's follow-up summary (sent by
 * the panel and by the offscreen document) and shows their sum on the badge; an
 * hourly alarm recomputes it (a follow-up becomes overdue at midnight with the
 * panel closed) and, when the user opted in, shows today's follow-ups once per day.
 */
/** Opens the panel in a window (lib/extension/side-panel.ts: side panel or sidebar). */
export type PanelOpener = (windowId: number) => Promise<void>;

export function registerReminders(options: { openPanel?: PanelOpener } = {}) {
  void browser.alarms.get(REMINDER_ALARM).then((alarm) => {
    if (!alarm)
      void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void checkReminders();
  });
  browser.runtime.onMessage.addListener((raw) => {
    if (!isMessage(raw) || raw.target !== 'background' || raw.type !== 'reminders:summary')
      return false;
    void receiveSummary(raw.summary);
    return false;
  });
  reminderSummariesItem.watch(() => void checkReminders());
  workspaceRegistryItem.watch(() => void checkReminders());
  // A new language rewords the badge's tooltip.
  settingsItem.watch(() => void checkReminders());
  dailyRemindersItem.watch((enabled) => {
    if (enabled) void checkReminders();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const record = RECORD_NOTIFICATION.exec(notificationId);
    if (record) {
      const [, kind, partnerId, recordId] = record as unknown as [string, string, string, string];
      const section = kind === 'review' ? 'agreement' : 'commitment';
      void openRecordItem.setValue({ partnerId, section, recordId, at: Date.now() });
      openPanelOr('', options.openPanel);
    } else if (notificationId.startsWith(NOTIFICATION_PREFIX)) {
      openFollowup(notificationId.slice(NOTIFICATION_PREFIX.length) || null, options.openPanel);
    } else return;
    void browser.notifications.clear(notificationId);
  });
  void checkReminders();
}

/**
 * Keeps one workspace's summary; the badge follows. Reached by message from the panel and the
 * offscreen document, and called directly where the hub runs in the background page (Firefox),
 * since no context receives its own messages.
 */
export async function receiveSummary(summary: ReminderSummary) {
  await storeSummary(summary, await workspaceIds());
}

async function workspaceIds(): Promise<Set<string>> {
  const registry = await workspaceRegistryItem.getValue();
  return new Set(registry?.workspaces.map((w) => w.id) ?? []);
}

export async function checkReminders(now = Date.now()) {
  const summary = combineSummaries(await reminderSummariesItem.getValue(), await workspaceIds());
  await applyReminderLanguage();
  await showBadge(summary, now);
  if (!(await dailyRemindersItem.getValue())) return;
  const today = localDay(now);
  if ((await lastReminderDayItem.getValue()) === today) return;
  const due = dueToday(summary, now);
  if (due.length === 0) return;
  await lastReminderDayItem.setValue(today);
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  if (due.length > MAX_NOTIFICATIONS) {
    await browser.notifications.create(NOTIFICATION_PREFIX, {
      type: 'list',
      iconUrl,
      ...manyDueNotification(due.length),
      items: due.slice(0, 5).map((f) => ({ title: f.text, message: '' })),
    });
    return;
  }
  for (const item of due) {
    // A click opens what it names: the follow-up, or the partner's page at the commitment or the
    // agreement (an item without its partner, stored by an older version, only names it).
    const id =
      item.kind === 'followup'
        ? `${NOTIFICATION_PREFIX}${item.id}`
        : `bridgework-${item.kind}:${item.partnerId ? `${item.partnerId}/` : ''}${item.id}`;
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl,
      title: item.kind === 'followup' ? oneDueTitle() : otherDueTitle(item.kind),
      message: item.text,
    });
  }
}

/**
 * Opens the panel on a follow-up, from a notification click (a user gesture, which Chrome's
 * `sidePanel.open` needs, Chrome ≥ 116; Firefox does not count it as one for its sidebar). Where
 * the panel cannot open, the panel page opens in a tab instead. The panel reads the follow-up id
 * from session storage (or the URL hash) and shows it.
 */
function openFollowup(id: string | null, open: PanelOpener | undefined) {
  void openFollowupItem.setValue({ id: id ?? '', at: Date.now() });
  openPanelOr(id ? `#followup=${encodeURIComponent(id)}` : '#followups', open);
}

/** Opens the panel (a user gesture), or the panel page in a tab where it cannot open. */
function openPanelOr(hash: string, open: PanelOpener | undefined) {
  void browser.windows.getLastFocused().then(async (window) => {
    try {
      if (window?.id === undefined || !open) throw new Error('no panel to open');
      await open(window.id);
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}`) });
    }
  });
}
