import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import { roomName } from './invite';
import { createGuardedAwareness, type Awareness } from './presence';

export interface PanelLink {
  awareness: Awareness;
  /** Resolves once the room is free again (y-webrtc frees it once its key is derived). */
  destroy: () => Promise<void>;
}

/**
 * Links the panel's copy of a shared workspace to the offscreen document's copy. Same room and
 * password, but no signaling servers: y-webrtc then talks over BroadcastChannel only (both pages
 * share the extension's origin), so the panel opens no peer connections of its own; the offscreen
 * document relays the panel's edits and presence to remote peers and theirs back.
 *
 * `presence: false` for a doc that carries no presence (a school year's history): this page then
 * announces nobody in that room.
 *
 * A module of its own so that the panel fetches y-webrtc (and simple-peer) after its first view:
 * see SyncView.
 */
export function linkToSyncDocument(
  doc: Y.Doc,
  share: { room: string; secret: string },
  options: { presence?: boolean } = {},
): PanelLink {
  const provider = new WebrtcProvider(roomName(share.room), doc, {
    signaling: [],
    password: share.secret,
    awareness: createGuardedAwareness(doc),
  });
  if (options.presence === false) provider.awareness.setLocalState(null);
  return {
    awareness: provider.awareness,
    destroy: async () => {
      provider.destroy();
      provider.awareness.destroy();
      await provider.key;
      await Promise.resolve();
    },
  };
}
