import { isMessage, type Message, type WorkspaceSyncStatus } from '../messages';
import { relayServersItem, withRelays } from '../storage/relay-settings';
import { takeSnapshot } from '../storage/snapshots';
import {
  buildSyncConfig,
  loadSyncSettings,
  recordSyncActivity,
  syncActivityItem,
  syncSettingsItem,
} from '../storage/sync-settings';
import { workspaceRegistryItem } from '../storage/workspaces';
import { openLocalWorkspace } from '../sync/local-persistence';
import { SyncHub } from '../sync/sync-hub';
import type { WebRuntime } from './web-runtime';

/**
 * The web app's sync: what the extension splits between its background (config from storage)
 * and its offscreen document (the SyncHub, WebRTC and relays), in the app's sync frame
 * (web/hub.html). A frame of its own because y-webrtc allows one provider per room per page, and
 * the panel's link to the hub (lib/sync/panel-link.ts) is already that page's provider. It
 * answers the panel's `sync:ensure` and `sync:get-status` and reports `sync:status`, exactly as
 * the offscreen document does, so the panel's code is the same. Returns the stop function.
 */
export async function startWebSyncHost(runtime: WebRuntime): Promise<() => Promise<void>> {
  const hub = new SyncHub({
    onStatus: (statuses: WorkspaceSyncStatus[]) => {
      const message: Message = { target: 'all', type: 'sync:status', statuses };
      runtime.sendMessage(message).catch(() => {
        // No panel open: the next status carries it.
      });
      void recordSyncActivity(
        Object.fromEntries(
          statuses.flatMap((s) => (s.lastExchange ? [[s.workspaceId, s.lastExchange]] : [])),
        ),
      );
    },
    openWorkspace: (id) =>
      openLocalWorkspace(id, { beforeMigrate: (doc) => takeSnapshot(id, doc, 'migration') }),
    lastExchange: await syncActivityItem.getValue(),
  });
  const listener = (raw: unknown, _sender: object, sendResponse: (reply: unknown) => void) => {
    if (!isMessage(raw)) return false;
    if (raw.type === 'sync:ensure') sendResponse(true);
    if (raw.type === 'sync:get-status') sendResponse(hub.statuses());
    return false;
  };
  runtime.onMessage.addListener(listener);
  const apply = async () =>
    hub.apply(
      withRelays(
        buildSyncConfig(await workspaceRegistryItem.getValue(), await loadSyncSettings()),
        await relayServersItem.getValue(),
      ),
    );
  const push = () => void apply().catch((error: unknown) => console.error(error));
  const unwatch = [
    workspaceRegistryItem.watch(push),
    syncSettingsItem.watch(push),
    relayServersItem.watch(push),
  ];
  await apply();
  return async () => {
    for (const stop of unwatch) stop();
    runtime.onMessage.removeListener(listener);
    await hub.dispose();
  };
}
