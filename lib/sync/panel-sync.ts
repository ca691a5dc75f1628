import { browser } from 'wxt/browser';
import { isMessage, type Message, type WorkspaceSyncStatus } from '../messages';

/** Asks the background to start the offscreen document if it isn't running. */
export async function ensureSyncRunning(): Promise<boolean> {
  const message: Message = { target: 'background', type: 'sync:ensure' };
  try {
    return Boolean(await browser.runtime.sendMessage(message));
  } catch {
    return false;
  }
}

/** Current statuses straight from the offscreen document; null when it does not answer. */
export async function requestSyncStatus(): Promise<WorkspaceSyncStatus[] | null> {
  const message: Message = { target: 'offscreen', type: 'sync:get-status' };
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    return Array.isArray(reply) ? (reply as WorkspaceSyncStatus[]) : null;
  } catch {
    return null;
  }
}

/** Calls back with every status report the offscreen document sends; returns the unsubscribe. */
export function onSyncStatus(callback: (statuses: WorkspaceSyncStatus[]) => void): () => void {
  const listener = (raw: unknown) => {
    if (isMessage(raw) && raw.type === 'sync:status') callback(raw.statuses);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
