import { storage } from 'wxt/utils/storage';
import type { SyncConfig } from '../messages';
import { listEntries, normaliseServerUrl } from '../model/validation';

/**
 * Relays each workspace syncs through, by workspace id. Personal, like the signaling servers
 * (chrome.storage, never the shared doc), but per workspace: a relay reads the documents it
 * carries, so naming one for a district's workspace must not send another workspace there too.
 * A workspace with no entry syncs peer to peer only (the default).
 */
export const relayServersItem = storage.defineItem<Record<string, string[]>>(
  'local:relay-servers',
  { fallback: {}, version: 1 },
);

export const RELAY_PROTOCOLS = ['ws:', 'wss:'] as const;
const MAX_RELAYS = 5;

/** Valid, distinct relay URLs from whatever was stored (anything else is dropped). */
export function normaliseRelayList(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  const urls: string[] = [];
  for (const item of input) {
    if (typeof item !== 'string') continue;
    for (const entry of listEntries(item)) {
      const url = normaliseServerUrl(entry, RELAY_PROTOCOLS);
      if (url && !urls.includes(url) && urls.length < MAX_RELAYS) urls.push(url);
    }
  }
  return urls;
}

export function readRelayServers(stored: unknown): Record<string, string[]> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const result: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(stored as Record<string, unknown>)) {
    const urls = normaliseRelayList(list);
    if (urls.length > 0) result[id] = urls;
  }
  return result;
}

export async function loadRelayServers(): Promise<Record<string, string[]>> {
  return readRelayServers(await relayServersItem.getValue());
}

export async function loadWorkspaceRelays(workspaceId: string): Promise<string[]> {
  return (await loadRelayServers())[workspaceId] ?? [];
}

/** Sets one workspace's relays (an empty list: peer to peer only); returns what was kept. */
export async function saveWorkspaceRelays(workspaceId: string, urls: string[]): Promise<string[]> {
  const kept = normaliseRelayList(urls);
  const next = { ...(await loadRelayServers()) };
  if (kept.length > 0) next[workspaceId] = kept;
  else delete next[workspaceId];
  await relayServersItem.setValue(next);
  return kept;
}

/** The sync config with each workspace's relays added (from the list as stored). */
export function withRelays(config: SyncConfig, stored: unknown): SyncConfig {
  const relays = readRelayServers(stored);
  return {
    ...config,
    workspaces: config.workspaces.map((workspace) =>
      relays[workspace.id] ? { ...workspace, relays: relays[workspace.id] } : workspace,
    ),
  };
}
