import type { SyncConfig } from '../messages';
import type { HubPlace } from './offscreen-host';

/** What the background page needs of a hub: lib/sync/hub-service.ts's SyncHub. */
export interface HubLike {
  apply: (config: SyncConfig) => Promise<void>;
}

/**
 * Firefox: the background page holds the hub itself. Firefox has no offscreen documents, and an
 * MV2 background page lives as long as the browser and has RTCPeerConnection, so the providers
 * stay up with the sidebar closed. The hub starts on first need (`start` may load its code
 * then); runtime messages from the background never reach its own listeners, so the config is
 * handed over by a call.
 */
export function backgroundPage(start: () => Promise<HubLike>): HubPlace {
  let hub: Promise<HubLike> | null = null;
  const started = () => {
    if (!hub) {
      const starting = start();
      hub = starting;
      // A hub that failed to start is started afresh by the next push, not awaited forever.
      starting.catch(() => {
        if (hub === starting) hub = null;
      });
    }
    return hub;
  };
  return {
    running: async () => hub !== null,
    ensure: async (load) => {
      if (hub) return;
      await (await started()).apply(await load());
    },
    deliver: async (config) => {
      await (await started()).apply(config);
    },
  };
}
