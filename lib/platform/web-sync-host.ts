import { isMessage } from '../messages';
import { relayServersItem, withRelays } from '../storage/relay-settings';
import { takeSnapshot } from '../storage/snapshots';
import {
  buildSyncConfig,
  loadSyncSettings,
  recordSyncActivity,
  syncSettingsItem,
} from '../storage/sync-settings';
import { workspaceRegistryItem } from '../storage/workspaces';
import type { StartHubForwarding } from '../sync/hub-forwarding';
import { startHubService } from '../sync/hub-service';
import { browser } from './web-browser';

/**
 * The web app's sync: what the extension splits between its background (config from storage)
 * and its offscreen document (the SyncHub: WebRTC and relays), in the app's sync frame
 * (web/hub.html). A frame of its own because y-webrtc allows one provider per room per page, and
 * the panel's link to the hub (lib/sync/panel-link.ts) is already that page's provider. The hub
 * service is the offscreen document's (lib/sync/hub-service.ts), reached through the web app's
 * `browser` (vite.web.config.ts); this adds what the background does there: it feeds the hub the
 * config from storage, answers the panel's `sync:ensure` and keeps the last-exchange times.
 * `forwardHistory` is lib/state's `startForwarding`, handed in by the frame (web/hub.ts).
 */
export async function startWebSyncHost(forwardHistory: StartHubForwarding): Promise<void> {
  const hub = startHubService({
    beforeMigrate: (id, doc) => takeSnapshot(id, doc, 'migration'),
    // Reminders and the badge are the extension's: nothing to watch here.
    onWorkspaceOpen: () => () => {},
    forwardHistory,
    onStatus: (statuses) =>
      void recordSyncActivity(
        Object.fromEntries(
          statuses.flatMap((s) => (s.lastExchange ? [[s.workspaceId, s.lastExchange]] : [])),
        ),
      ),
  });
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (isMessage(raw) && raw.type === 'sync:ensure') sendResponse(true);
    return false;
  });
  const apply = async () =>
    hub.apply(
      withRelays(
        buildSyncConfig(await workspaceRegistryItem.getValue(), await loadSyncSettings()),
        await relayServersItem.getValue(),
      ),
    );
  const push = () => void apply().catch((error: unknown) => console.error(error));
  workspaceRegistryItem.watch(push);
  syncSettingsItem.watch(push);
  relayServersItem.watch(push);
  await apply();
}
