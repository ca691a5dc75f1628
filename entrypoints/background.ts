import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  CAPTURE_COMMAND,
  CAPTURE_MENU_ID,
  captureFromGesture,
  registerCaptureMenu,
} from '../lib/extension/capture-from-menu';
import { openPanel, openPanelFromToolbarButton } from '../lib/extension/side-panel';
import {
  buildSyncConfig,
  loadSyncSettings,
  recordSyncActivity,
  syncSettingsItem,
} from '../lib/storage/sync-settings';
import { relayServersItem, withRelays } from '../lib/storage/relay-settings';
import { workspaceRegistryItem } from '../lib/storage/workspaces';
import type { WorkspaceSyncStatus } from '../lib/messages';
import { backgroundPage } from '../lib/sync/background-hub';
import { startSyncHost } from '../lib/sync/offscreen-host';
import { receiveSummary, registerReminders } from '../lib/reminders/background';

export default defineBackground({
  // Firefox (MV2): the page holds the sync hub, so it must live as long as the browser.
  persistent: true,
  main() {
    openPanelFromToolbarButton();

    browser.runtime.onInstalled.addListener(registerCaptureMenu);
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === CAPTURE_MENU_ID) captureFromGesture(tab);
    });
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === CAPTURE_COMMAND) captureFromGesture(tab);
    });

    // Contact log: overdue follow-ups on the badge, opt-in daily reminders.
    registerReminders({ openPanel });

    const recordStatus = (statuses: WorkspaceSyncStatus[]) =>
      void recordSyncActivity(
        Object.fromEntries(
          statuses.flatMap((s) => (s.lastExchange ? [[s.workspaceId, s.lastExchange]] : [])),
        ),
      );
    // Shared workspaces sync over WebRTC where RTCPeerConnection exists: Chrome's offscreen
    // document (the background feeds it settings), or Firefox's background page itself.
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
      onStatus: recordStatus,
      // Decided at build time, and the hub's code imported only here (Firefox's bundle inlines
      // it), so Chrome's service worker carries none of it.
      ...(import.meta.env.FIREFOX && {
        place: backgroundPage(async () => {
          const [{ startHubService }, { takeSnapshot }, { watchFollowups }, { startForwarding }] =
            await Promise.all([
              import('../lib/sync/hub-service'),
              import('../lib/storage/snapshots'),
              import('../lib/reminders/offscreen'),
              import('../lib/state/history-migration'),
            ]);
          return startHubService({
            beforeMigrate: (id, doc) => takeSnapshot(id, doc, 'migration'),
            // The badge and reminders count every shared workspace, as the offscreen one does.
            onWorkspaceOpen: (id, local) =>
              watchFollowups(id, local.doc, (summary) => void receiveSummary(summary)),
            forwardHistory: startForwarding,
            onStatus: recordStatus,
          });
        }),
      }),
    });
    // Without these listeners nothing wakes the worker when the browser starts, and sync waits for
    // the panel to open. Registering them makes Chrome start the worker, which resumes sync.
    browser.runtime.onStartup.addListener(() => void sync.resume());
    browser.runtime.onInstalled.addListener(() => void sync.resume());
  },
});
