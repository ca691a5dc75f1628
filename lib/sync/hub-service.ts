import { browser } from 'wxt/browser';
import type * as Y from 'yjs';
import { isMessage, type Message, type WorkspaceSyncStatus } from '../messages';
import {
  openLocalWorkspace,
  requestPersistentStorage,
  type LocalWorkspace,
} from './local-persistence';
import type { StartHubForwarding } from './hub-forwarding';
import { SyncHub } from './sync-hub';

export interface HubServiceOptions {
  /** Runs before a stored workspace is migrated to a newer schema (a snapshot to go back to). */
  beforeMigrate: (workspaceId: string, doc: Y.Doc) => Promise<unknown>;
  /** Called with each workspace's doc once open; returns what to run when it closes. */
  onWorkspaceOpen: (workspaceId: string, local: LocalWorkspace) => () => void;
  /** `startForwarding` (lib/state/history-migration.ts): old-layout peers' edits reach the years. */
  forwardHistory: StartHubForwarding;
  /**
   * Statuses in this context too. Firefox's background page holds the hub, and a context does not
   * receive its own runtime messages, so the broadcast alone would never reach the background.
   */
  onStatus?: (statuses: WorkspaceSyncStatus[]) => void;
}

/**
 * Runs the sync hub in this context and serves it to the others: every status goes out to the
 * panel and the background, and messages addressed to `offscreen` (the hub, wherever it runs:
 * Chrome's offscreen document, Firefox's background page) are answered here.
 * The caller hands it the config: `hub.apply(config)`.
 */
export function startHubService(options: HubServiceOptions): SyncHub {
  const hub = new SyncHub({
    onStatus: (statuses) => {
      options.onStatus?.(statuses);
      const message: Message = { target: 'all', type: 'sync:status', statuses };
      browser.runtime.sendMessage(message).catch(() => {
        // Nobody listening (panel closed, background asleep): the next status carries it.
      });
    },
    openWorkspace: (id) =>
      openLocalWorkspace(id, { beforeMigrate: (doc) => options.beforeMigrate(id, doc) }),
    onWorkspaceOpen: options.onWorkspaceOpen,
    forwardHistory: options.forwardHistory,
  });
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (!isMessage(raw) || raw.target !== 'offscreen') return false;
    if (raw.type === 'sync:config') void hub.apply(raw.config);
    if (raw.type === 'sync:get-status') sendResponse(hub.statuses());
    return false;
  });
  void requestPersistentStorage();
  return hub;
}
