import { storage } from 'wxt/utils/storage';
import type { IceServerConfig, SyncConfig } from '../messages';
import { readRegistry } from './workspaces';
import {
  formatIceServer,
  listEntries,
  normaliseServerUrl,
  parseIceServer,
} from '../model/server-address';

/** How this device finds peers. Personal: kept in chrome.storage, never in a shared doc. */
export interface SyncSettings {
  /** y-webrtc signaling servers (ws:// or wss://). They see room ids and IP addresses only. */
  signalingServers: string[];
  /** STUN/TURN servers; empty means direct connections only (LAN, loopback). */
  iceServers: IceServerConfig[];
  /** When true, this device stops talking to peers; edits stay local until resumed. */
  paused: boolean;
}

export const DEFAULT_SIGNALING_SERVERS = ['ws://127.0.0.1:4444'];

export const DEFAULT_SYNC_SETTINGS: SyncSettings = {
  signalingServers: DEFAULT_SIGNALING_SERVERS,
  iceServers: [],
  paused: false,
};

export const syncSettingsItem = storage.defineItem<SyncSettings>('local:sync-settings', {
  fallback: DEFAULT_SYNC_SETTINGS,
  version: 1,
});

/** Last time each workspace exchanged changes with a peer, kept for when the panel reopens. */
export const syncActivityItem = storage.defineItem<Record<string, number>>('local:sync-activity', {
  fallback: {},
  version: 1,
});

const MAX_SERVERS = 10;

/**
 * Splits a user's list (one per line, or comma-separated) into valid server URLs with one of
 * `protocols`; the rules are lib/model/validation.ts's, the same the settings form checks.
 */
export function parseServerList(
  text: string,
  protocols: readonly string[],
): { urls: string[]; invalid: string[] } {
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const item of listEntries(text)) {
    const url = normaliseServerUrl(item, protocols);
    if (url === null) invalid.push(item);
    else if (!urls.includes(url) && urls.length < MAX_SERVERS) urls.push(url);
  }
  return { urls, invalid };
}

/**
 * Reads `stun:host:port` and `turn:user:password@host:port` style entries (one per line).
 * Credentials for TURN go before the `@`.
 */
export function parseIceServers(text: string): { servers: IceServerConfig[]; invalid: string[] } {
  const servers: IceServerConfig[] = [];
  const invalid: string[] = [];
  for (const item of listEntries(text)) {
    const server = parseIceServer(item);
    if (server === null) invalid.push(item);
    else if (servers.length < MAX_SERVERS) servers.push(server);
  }
  return { servers, invalid };
}

export function formatIceServers(servers: readonly IceServerConfig[]): string {
  return servers.map(formatIceServer).join('\n');
}

export function normaliseSyncSettings(
  input: Partial<SyncSettings> | null | undefined,
): SyncSettings {
  const signaling = parseServerList((input?.signalingServers ?? []).join('\n'), ['ws:', 'wss:']);
  const ice = Array.isArray(input?.iceServers)
    ? input.iceServers.filter(
        (server): server is IceServerConfig =>
          typeof server?.urls === 'string' && /^(stuns?|turns?):/i.test(server.urls),
      )
    : [];
  return {
    signalingServers: input?.signalingServers ? signaling.urls : DEFAULT_SIGNALING_SERVERS,
    iceServers: ice,
    paused: input?.paused === true,
  };
}

export async function loadSyncSettings(): Promise<SyncSettings> {
  return normaliseSyncSettings(await syncSettingsItem.getValue());
}

export async function saveSyncSettings(patch: Partial<SyncSettings>): Promise<SyncSettings> {
  const next = normaliseSyncSettings({ ...(await loadSyncSettings()), ...patch });
  await syncSettingsItem.setValue(next);
  return next;
}

/** What the offscreen document needs to sync every shared workspace (from the list as stored). */
export function buildSyncConfig(storedRegistry: unknown, settings: SyncSettings): SyncConfig {
  const registry = readRegistry(storedRegistry);
  return {
    workspaces: (registry?.workspaces ?? []).flatMap((entry) =>
      entry.kind === 'shared' && entry.room && entry.secret
        ? [{ id: entry.id, room: entry.room, secret: entry.secret }]
        : [],
    ),
    signaling: settings.signalingServers,
    iceServers: settings.iceServers,
    paused: settings.paused,
  };
}

export async function recordSyncActivity(times: Record<string, number>): Promise<void> {
  const current = await syncActivityItem.getValue();
  let changed = false;
  const next = { ...current };
  for (const [id, at] of Object.entries(times)) {
    if ((next[id] ?? 0) < at) {
      next[id] = at;
      changed = true;
    }
  }
  if (changed) await syncActivityItem.setValue(next);
}

/**
 * Last time this device edited each workspace. Compared with the last exchange to warn before a
 * leave or delete would drop edits that exist nowhere else.
 */
export const localEditItem = storage.defineItem<Record<string, number>>('local:local-edits', {
  fallback: {},
  version: 1,
});

export async function recordLocalEdit(workspaceId: string, at: number): Promise<void> {
  const current = await localEditItem.getValue();
  if ((current[workspaceId] ?? 0) >= at) return;
  await localEditItem.setValue({ ...current, [workspaceId]: at });
}

/** True when the latest local edit is newer than the latest exchange with any peer. */
export function hasUnsentEdits(lastLocalEdit: number | null, lastExchange: number | null): boolean {
  if (lastLocalEdit === null) return false;
  return lastExchange === null || lastLocalEdit > lastExchange;
}
