/**
 * Typed messages between the background, the offscreen sync document and the side panel.
 * They travel over `chrome.runtime` messaging; every message names its target so each context
 * ignores what is not meant for it.
 */

/** One ICE server (STUN or TURN), as RTCPeerConnection takes it. */
export interface IceServerConfig {
  urls: string;
  username?: string;
  credential?: string;
}

/** A shared workspace the offscreen document keeps in sync. Never sent off this device. */
export interface SyncedWorkspace {
  id: string;
  room: string;
  secret: string;
  /** Relays (ws:// or wss://) this workspace also syncs through; none means peer to peer only. */
  relays?: string[];
}

/** Everything the offscreen document needs; built by the background from chrome.storage. */
export interface SyncConfig {
  workspaces: SyncedWorkspace[];
  signaling: string[];
  iceServers: IceServerConfig[];
  paused: boolean;
}

export type SyncState = 'offline' | 'connecting' | 'connected';

export interface WorkspaceSyncStatus {
  workspaceId: string;
  state: SyncState;
  /** Remote peers with an open WebRTC connection (other tabs of this browser are not counted). */
  peers: number;
  /** When this device last exchanged doc changes with a remote peer (ms since epoch). */
  lastExchange: number | null;
  /** Set when this device's storage for the workspace did not open (it is retried later). */
  storageError?: string;
  /** The workspace's relays, when it names any: how each connection stands right now. */
  relays?: { url: string; state: RelayState }[];
}

/** One relay connection: `refused` means the relay did not accept this workspace's token. */
export type RelayState = 'connecting' | 'connected' | 'refused' | 'offline';

/** Something with a due day that the badge and the daily reminder count. */
export interface ReminderItem {
  id: string;
  text: string;
  due: string;
  /** The partner a commitment or an agreement review belongs to, so its notification opens it. */
  partnerId?: string | undefined;
}

/** One workspace's open follow-ups with due dates: what the badge and reminders count. */
export interface ReminderSummary {
  workspaceId: string;
  updatedAt: number;
  followups: ReminderItem[];
  /** Open commitments with a due date; absent in summaries stored before they existed. */
  commitments?: ReminderItem[];
  /** Current agreements' review dates (`id` the version, `text` the partner's name); may be absent. */
  reviews?: ReminderItem[];
}

export type Message =
  /** offscreen → background: asks for the current config (reply: SyncConfig). */
  | { target: 'background'; type: 'sync:get-config' }
  /** panel → background: make sure the offscreen document runs (reply: true). */
  | { target: 'background'; type: 'sync:ensure' }
  /** background → offscreen: the config changed. */
  | { target: 'offscreen'; type: 'sync:config'; config: SyncConfig }
  /** panel → offscreen: asks for the status of every workspace (reply: WorkspaceSyncStatus[]). */
  | { target: 'offscreen'; type: 'sync:get-status' }
  /** panel or offscreen → background: a workspace's follow-ups changed (badge, reminders). */
  | { target: 'background'; type: 'reminders:summary'; summary: ReminderSummary }
  /** offscreen → panel and background: statuses changed. */
  | { target: 'all'; type: 'sync:status'; statuses: WorkspaceSyncStatus[] };

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { target?: unknown }).target === 'string'
  );
}
