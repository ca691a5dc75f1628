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

export interface SyncHostOptions {
  loadConfig: () => Promise<SyncConfig>;
  /** Calls back whenever what loadConfig returns may have changed; returns an unsubscribe. */
  watchConfig: (onChange: () => void) => void;
  onStatus: (statuses: WorkspaceSyncStatus[]) => void;
}

/**
 * The background's half of sync: it owns the offscreen document, feeds it the config from
 * chrome.storage (offscreen documents can use chrome.runtime only) and keeps the last-exchange
 * times the offscreen reports. Returns `resume`, which pushes the config (starting the document
 * when there is something to sync): for browser start, when nothing else wakes the worker.
 */
export function startSyncHost(options: SyncHostOptions): { resume: () => Promise<void> } {
  const push = async () => {
    const config = await options.loadConfig();
    // Nothing to sync and nothing running: don't start a document for nothing.
    if (config.workspaces.length === 0 && !(await hasOffscreenDocument())) return;
    await ensureOffscreenDocument();
    const message: Message = { target: 'offscreen', type: 'sync:config', config };
    await browser.runtime.sendMessage(message).catch(() => {
      // Not listening yet: it asks for the config itself once loaded.
    });
  };
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    if (!isMessage(raw)) return false;
    if (raw.target === 'background' && raw.type === 'sync:get-config') {
      void options.loadConfig().then(sendResponse);
      return true;
    }
    if (raw.target === 'background' && raw.type === 'sync:ensure') {
      void ensureOffscreenDocument()
        .then(() => sendResponse(true))
        .catch(() => sendResponse(false));
      return true;
    }
    if (raw.type === 'sync:status') options.onStatus(raw.statuses);
    return false;
  });
  options.watchConfig(() => void push().catch((e: unknown) => console.error(e)));
  const resume = () =>
    push().catch((e: unknown) => console.error('Bridgework sync: offscreen failed', e));
  void resume();
  return { resume };
}
