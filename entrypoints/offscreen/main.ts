// The offscreen document (reason WEB_RTC): keeps shared workspaces in sync while the browser runs,
// whether or not the side panel is open. It can use chrome.runtime only; the background feeds it.
import { browser } from 'wxt/browser';
import type { Message, SyncConfig } from '../../lib/messages';
import { startForwarding } from '../../lib/state/history-migration';
import { startHubService } from '../../lib/sync/hub-service';
import { takeSnapshot } from '../../lib/storage/snapshots';
import { publishSummary } from '../../lib/reminders/badge';
import { watchFollowups } from '../../lib/reminders/offscreen';

const hub = startHubService({
  beforeMigrate: (id, doc) => takeSnapshot(id, doc, 'migration'),
  // The badge and reminders count every shared workspace, also while the panel is closed.
  onWorkspaceOpen: (id, local) =>
    watchFollowups(id, local.doc, (summary) => void publishSummary(summary).catch(() => {})),
  forwardHistory: startForwarding,
});

const ask: Message = { target: 'background', type: 'sync:get-config' };
void (browser.runtime.sendMessage(ask) as Promise<SyncConfig | undefined>).then((config) => {
  if (config) void hub.apply(config);
});
