import { browser } from 'wxt/browser';
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import { isMessage, type Message, type WorkspaceSyncStatus } from '../messages';
import { roomName } from './invite';
import { createGuardedAwareness, type Awareness } from './presence';

export interface PanelLink {
  awareness: Awareness;
  destroy: () => void;
}

/**
 * Links the panel's copy of a shared workspace to the offscreen document's copy. Same room and
 * password, but no signaling servers: y-webrtc then talks over BroadcastChannel only (both pages
 * share the extension's origin), so the panel opens no peer connections of its own; the offscreen
 * document relays the panel's edits and presence to remote peers and theirs back.
 */
export function linkToSyncDocument(doc: Y.Doc, share: { room: string; secret: string }): PanelLink {
  const provider = new WebrtcProvider(roomName(share.room), doc, {
    signaling: [],
    password: share.secret,
    awareness: createGuardedAwareness(doc),
  });
  return {
    awareness: provider.awareness,
    destroy: () => {
      provider.destroy();
      provider.awareness.destroy();
    },
  };
}

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
