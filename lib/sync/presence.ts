import * as Y from 'yjs';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { safeStringify, type Bounds } from '../model/bounded';

export type { Awareness };

/**
 * Presence over y-webrtc awareness: who is in the workspace right now (name and colour from
 * Settings) and which goal, field and text range each person is looking at or editing.
 *
 * For feature code (goals board, editors):
 *   setLocalFocus(awareness, { goalId, field: 'description', editing: true })
 *   setLocalTextCursor(awareness, ytext, anchor, head)  // while typing in a Y.Text
 *   readPeers(awareness) → PresencePeer[]; cursorRange(doc, peer) → { anchor, head } | null
 * The panel exposes these through `SyncView` (lib/state/sync-view.ts) as signals.
 * Remote states are validated: any peer can put anything into awareness.
 */

export interface PresenceUser {
  name: string;
  colour: string;
}

export interface PresenceFocus {
  /** The record being looked at (a goal id, or any record id). */
  goalId: string;
  /** The field, e.g. 'title' or 'description'. */
  field?: string;
  /** True while the person is typing in that field, false while only viewing. */
  editing?: boolean;
  /** A Y.Text selection as encoded relative positions (stable under concurrent edits). */
  cursor?: { anchor: string; head: string };
}

export interface PresencePeer {
  clientId: number;
  user: PresenceUser;
  focus: PresenceFocus | null;
  self: boolean;
}

interface LocalState {
  user?: PresenceUser;
  focus?: PresenceFocus | null;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

export function setLocalUser(awareness: Awareness, user: PresenceUser) {
  const name = user.name.trim().slice(0, 80) || 'Someone';
  awareness.setLocalStateField('user', { name, colour: user.colour });
}

export function setLocalFocus(awareness: Awareness, focus: PresenceFocus | null) {
  awareness.setLocalStateField('focus', focus);
}

function encodePosition(position: Y.RelativePosition): string {
  let binary = '';
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decodePosition(text: string): Y.RelativePosition | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** Publishes this person's selection in a co-edited Y.Text (keeps the current focus). */
export function setLocalTextCursor(
  awareness: Awareness,
  text: Y.Text,
  anchor: number,
  head: number,
) {
  const state = (awareness.getLocalState() ?? {}) as LocalState;
  if (!state.focus) return;
  setLocalFocus(awareness, {
    ...state.focus,
    editing: true,
    cursor: {
      anchor: encodePosition(Y.createRelativePositionFromTypeIndex(text, anchor)),
      head: encodePosition(Y.createRelativePositionFromTypeIndex(text, head)),
    },
  });
}

/** A peer's selection as indexes into the Y.Text it was made in, or null. */
export function cursorRange(
  doc: Y.Doc,
  peer: PresencePeer,
): { anchor: number; head: number } | null {
  const cursor = peer.focus?.cursor;
  if (!cursor) return null;
  const anchor = decodePosition(cursor.anchor);
  const head = decodePosition(cursor.head);
  if (!anchor || !head) return null;
  const a = Y.createAbsolutePositionFromRelativePosition(anchor, doc);
  const h = Y.createAbsolutePositionFromRelativePosition(head, doc);
  return a && h ? { anchor: a.index, head: h.index } : null;
}

function readFocus(value: unknown): PresenceFocus | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.goalId !== 'string' || raw.goalId.length > 100) return null;
  const focus: PresenceFocus = { goalId: raw.goalId, editing: raw.editing === true };
  if (typeof raw.field === 'string' && raw.field.length <= 60) focus.field = raw.field;
  const cursor = raw.cursor as Record<string, unknown> | undefined;
  if (
    cursor &&
    typeof cursor.anchor === 'string' &&
    typeof cursor.head === 'string' &&
    cursor.anchor.length < 200 &&
    cursor.head.length < 200
  ) {
    focus.cursor = { anchor: cursor.anchor, head: cursor.head };
  }
  return focus;
}

/** Everyone with a name in this workspace now, yourself included (self: true), by name. */
export function readPeers(awareness: Awareness): PresencePeer[] {
  const peers: PresencePeer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as LocalState | null)?.user;
    if (!user || typeof user.name !== 'string' || typeof user.colour !== 'string') return;
    peers.push({
      clientId,
      user: {
        name: user.name.replace(/\s+/g, ' ').trim().slice(0, 80) || 'Someone',
        colour: COLOUR.test(user.colour) ? user.colour : '#6d4c41',
      },
      focus: readFocus((state as LocalState).focus),
      self: clientId === awareness.clientID,
    });
  });
  return peers.sort(
    (a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name),
  );
}

/** A presence state is a name, a colour and a focus: a few hundred bytes. */
const PRESENCE_BOUNDS: Bounds = { depth: 6, values: 200, chars: 8_000 };

/** Origin of the removal of a peer's unreadable presence state. */
export const UNREADABLE_PRESENCE = 'bridgework:unreadable-presence';

/**
 * An awareness that drops a peer's presence state it cannot hold: one nested thousands of levels
 * deep, or huge. y-webrtc re-encodes every state with `JSON.stringify` on each update and when a
 * new peer connects, so one such state would make every later exchange throw and cut this device
 * off from its peers. The guard listens to 'change', which fires before y-webrtc's 'update'
 * listener, and only because this awareness is created (and guarded) before the provider.
 */
export function createGuardedAwareness(doc: Y.Doc): Awareness {
  const awareness = new Awareness(doc);
  awareness.on(
    'change',
    ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      if (origin === 'local') return;
      const states = awareness.getStates();
      const unreadable = [...added, ...updated].filter(
        (clientId) => safeStringify(states.get(clientId), PRESENCE_BOUNDS) === undefined,
      );
      if (unreadable.length) removeAwarenessStates(awareness, unreadable, UNREADABLE_PRESENCE);
    },
  );
  return awareness;
}

/** Calls back on every presence change; returns the unsubscribe. */
export function onPresenceChange(awareness: Awareness, callback: () => void): () => void {
  awareness.on('change', callback);
  return () => awareness.off('change', callback);
}
