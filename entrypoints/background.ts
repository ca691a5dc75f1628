import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  CAPTURE_COMMAND,
  CAPTURE_MENU_ID,
  captureFromGesture,
  registerCaptureMenu,
} from '../lib/extension/capture-from-menu';
import {
  buildSyncConfig,
  loadSyncSettings,
  recordSyncActivity,
  syncSettingsItem,
} from '../lib/storage/sync-settings';
import { relayServersItem, withRelays } from '../lib/storage/relay-settings';
import { workspaceRegistryItem } from '../lib/storage/workspaces';
import { startSyncHost } from '../lib/sync/offscreen-host';
import { registerReminders } from '../lib/reminders/background';

export default defineBackground(() => {
  // The toolbar button opens the side panel rather than a popup.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onInstalled.addListener(registerCaptureMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU_ID) captureFromGesture(tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND) captureFromGesture(tab);
  });

  // Contact log: overdue follow-ups on the badge, opt-in daily reminders.
  registerReminders();

  // Shared workspaces sync in an offscreen document (WebRTC); the background feeds it settings.
  const sync = startSyncHost({
    loadConfig: async () =>
      withRelays(
        buildSyncConfig(await workspaceRegistryItem.getValue(), await loadSyncSettings()),
        await relayServersItem.getValue(),
      ),
    watchConfig: (onChange) => {
      workspaceRegistryItem.watch(onChange);
      syncSettingsItem.watch(onChange);
      relayServersItem.watch(onChange);
    },
    onStatus: (statuses) =>
      void recordSyncActivity(
        Object.fromEntries(
          statuses.flatMap((s) => (s.lastExchange ? [[s.workspaceId, s.lastExchange]] : [])),
        ),
      ),
  });
  // Without these listeners nothing wakes the worker when the browser starts, and sync waits for
  // the panel to open. Registering them makes Chrome start the worker, which resumes sync.
  browser.runtime.onStartup.addListener(() => void sync.resume());
  browser.runtime.onInstalled.addListener(() => void sync.resume());
});
