import { browser } from 'wxt/browser';
import { isMessage, type Message, type SyncConfig, type WorkspaceSyncStatus } from '../messages';

export const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

export async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

/** Creates the offscreen sync document unless it already runs (one per extension). */
export async function ensureOffscreenDocument(): Promise<void> {
  if (creating) return creating;
  creating = (async () => {
    if (await hasOffscreenDocument()) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH.slice(1),
      reasons: ['WEB_RTC'],
      justification: 'Keeps shared workspaces in sync with peers over WebRTC.',
    });
  })()
    .catch((error: unknown) => {
      // Two callers racing: "Only a single offscreen document may be created" is fine.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = null;
    });
  return creating;
}

/**
 * Where the sync hub runs, as the background sees it: Chrome's offscreen document (an MV3 service
 * worker has no RTCPeerConnection), or Firefox's background page itself (lib/sync/background-hub.ts).
 */
export interface HubPlace {
  /** Whether the hub runs now: with nothing to sync, nothing is started for nothing. */
  running: () => Promise<boolean>;
  /** Starts the hub unless it runs; a hub that cannot ask for its config is given `load`'s. */
  ensure: (load: () => Promise<SyncConfig>) => Promise<void>;
  /** Hands the running hub the current config. */
  deliver: (config: SyncConfig) => Promise<void>;
}

/** Chrome: the hub runs in the offscreen document, which the background starts and messages. */
export const offscreenDocument: HubPlace = {
  running: hasOffscreenDocument,
  // The document asks the background for its config once loaded.
  ensure: () => ensureOffscreenDocument(),
  deliver: async (config) => {
    const message: Message = { target: 'offscreen', type: 'sync:config', config };
    await browser.runtime.sendMessage(message).catch(() => {
      // Not listening yet: it asks for the config itself once loaded.
    });
  },
};

export interface SyncHostOptions {
  loadConfig: () => Promise<SyncConfig>;
  /** Calls back whenever what loadConfig returns may have changed; returns an unsubscribe. */
  watchConfig: (onChange: () => void) => void;
  onStatus: (statuses: WorkspaceSyncStatus[]) => void;
  /** Where the hub runs; the offscreen document unless told otherwise. */
  place?: HubPlace;
}

/**
 * The background's half of sync: it starts the hub (see HubPlace), feeds it the config from
 * extension storage (offscreen documents can use chrome.runtime only) and keeps the last-exchange
 * times the hub reports. Returns `resume`, which pushes the config (starting the hub when there is
 * something to sync): for browser start, when nothing else wakes the worker.
 */
export function startSyncHost(options: SyncHostOptions): { resume: () => Promise<void> } {
  const place = options.place ?? offscreenDocument;
  const push = async () => {
    const config = await options.loadConfig();
    // Nothing to sync and nothing running: don't start a hub for nothing.
    if (config.workspaces.length === 0 && !(await place.running())) return;
    await place.ensure(async () => config);
    await place.deliver(config);
  };
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (!isMessage(raw)) return false;
    if (raw.target === 'background' && raw.type === 'sync:get-config') {
      void options.loadConfig().then(sendResponse);
      return true;
    }
    if (raw.target === 'background' && raw.type === 'sync:ensure') {
      void place
        .ensure(options.loadConfig)
        .then(() => sendResponse(true))
        .catch(() => sendResponse(false));
      return true;
    }
    if (raw.type === 'sync:status') options.onStatus(raw.statuses);
    return false;
  });
  options.watchConfig(() => void push().catch((e: unknown) => console.error(e)));
  const resume = () =>
    push().catch((e: unknown) => console.error('Bridgework sync: the hub failed to start', e));
  void resume();
  return { resume };
}
