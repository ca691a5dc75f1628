import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
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
 *
 * A module of its own so that the panel fetches y-webrtc (and simple-peer) after its first view:
 * see SyncView.
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
