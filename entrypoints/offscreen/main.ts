// The offscreen document (reason WEB_RTC): keeps shared workspaces in sync while the browser runs,
// whether or not the side panel is open. It can use chrome.runtime only; the background feeds it.
import { browser } from 'wxt/browser';
import {
  isMessage,
  type Message,
  type SyncConfig,
  type WorkspaceSyncStatus,
} from '../../lib/messages';
import { SyncHub } from '../../lib/sync/sync-hub';
import { openLocalWorkspace, requestPersistentStorage } from '../../lib/sync/local-persistence';
import { takeSnapshot } from '../../lib/storage/snapshots';
import { publishSummary } from '../../lib/reminders/badge';
import { watchFollowups } from '../../lib/reminders/offscreen';

const hub = new SyncHub({
  onStatus: (statuses: WorkspaceSyncStatus[]) => {
    const message: Message = { target: 'all', type: 'sync:status', statuses };
    browser.runtime.sendMessage(message).catch(() => {
      // Nobody listening (panel closed, background asleep): the next status carries it.
    });
  },
  openWorkspace: (id) =>
    openLocalWorkspace(id, { beforeMigrate: (doc) => takeSnapshot(id, doc, 'migration') }),
  // The badge and reminders count every shared workspace, also while the panel is closed.
  onWorkspaceOpen: (id, local) =>
    watchFollowups(id, local.doc, (summary) => void publishSummary(summary).catch(() => {})),
});

browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
  if (!isMessage(raw) || raw.target !== 'offscreen') return false;
  if (raw.type === 'sync:config') void hub.apply(raw.config);
  if (raw.type === 'sync:get-status') {
    sendResponse(hub.statuses());
  }
  return false;
});

void requestPersistentStorage();
const ask: Message = { target: 'background', type: 'sync:get-config' };
void (browser.runtime.sendMessage(ask) as Promise<SyncConfig | undefined>).then((config) => {
  if (config) void hub.apply(config);
});
