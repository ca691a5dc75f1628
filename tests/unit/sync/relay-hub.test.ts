// The offscreen sync hub with a relay named for a workspace: it syncs the workspace's stored doc
// through the relay (with the token derived from the invite) besides WebRTC, reports the relay in
// the status, and drops the relay when paused or when the relay is removed.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { SyncConfig, WorkspaceSyncStatus } from '../../../lib/messages';
import { newInvite } from '../../../lib/sync/invite';
import { openLocalWorkspace, type LocalWorkspace } from '../../../lib/sync/local-persistence';
import { openRelayLink, type RelayLink } from '../../../lib/sync/relay-link';
import { startRelayServer, type RelayServer } from '../../../lib/sync/relay-server';
import { SyncHub } from '../../../lib/sync/sync-hub';

let dataDir = '';
let relay: RelayServer | null = null;
let hub: SyncHub | null = null;
const links: RelayLink[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-hub-'));
  relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 50 });
});
afterEach(async () => {
  for (const link of links.splice(0)) link.destroy();
  await hub?.dispose();
  hub = null;
});
afterAll(async () => {
  await relay?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('a workspace that names a relay syncs through it both ways, shows it in its status, and stops when paused', async () => {
  const invite = newInvite();
  const workspaceId = `relay-hub-${Date.now()}`;
  const config = (relays: string[], paused = false): SyncConfig => ({
    workspaces: [{ id: workspaceId, room: invite.room, secret: invite.secret, relays }],
    signaling: [],
    iceServers: [],
    paused,
  });
  let latest: WorkspaceSyncStatus[] = [];
  let local: LocalWorkspace | null = null;
  hub = new SyncHub({
    onStatus: (statuses) => (latest = statuses),
    openWorkspace: async (id) => (local = await openLocalWorkspace(id)),
    relayWebSocket: WebSocket,
    pollMs: 20,
  });
  await hub.apply(config([relay!.url]));
  await vi.waitFor(() =>
    expect(latest[0]?.relays).toEqual([{ url: relay!.url, state: 'connected' }]),
  );
  expect(latest[0]?.state).toBe('connected');

  // Another member, reached only through the relay.
  const other = new Y.Doc();
  links.push(
    await openRelayLink({
      url: relay!.url,
      room: invite.room,
      secret: invite.secret,
      doc: other,
      WebSocketPolyfill: WebSocket,
    }),
  );
  other.getMap('partners').set('p1', 'From the other member');
  await vi.waitFor(() =>
    expect(local!.doc.getMap('partners').get('p1')).toBe('From the other member'),
  );
  local!.doc.getMap('partners').set('p2', 'From this device');
  await vi.waitFor(() => expect(other.getMap('partners').get('p2')).toBe('From this device'));
  expect(latest[0]?.lastExchange).not.toBeNull();

  // Paused: the relay connection closes, edits stay here.
  await hub.apply(config([relay!.url], true));
  await vi.waitFor(() => expect(latest[0]?.relays).toBeUndefined());
  local!.doc.getMap('partners').set('p3', 'While paused');
  // Resumed with no relay named: peer to peer only, nothing goes to the relay.
  await hub.apply(config([]));
  expect(latest[0]?.relays).toBeUndefined();
  // Named again: the edit made while paused goes out.
  await hub.apply(config([relay!.url]));
  await vi.waitFor(() => expect(other.getMap('partners').get('p3')).toBe('While paused'));
});

test('a relay that refuses the token is reported as refused, not connected', async () => {
  const invite = newInvite();
  const workspaceId = `relay-hub-refused-${Date.now()}`;
  let latest: WorkspaceSyncStatus[] = [];
  // A relay with a different check stands in for one that refuses this workspace.
  const strict = await startRelayServer({ port: 0, dataDir, maxDocumentsPerConnection: 0 });
  try {
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (id) => openLocalWorkspace(id),
      relayWebSocket: WebSocket,
      pollMs: 20,
    });
    await hub.apply({
      workspaces: [
        { id: workspaceId, room: invite.room, secret: invite.secret, relays: [strict.url] },
      ],
      signaling: [],
      iceServers: [],
      paused: false,
    });
    await vi.waitFor(() =>
      expect(latest[0]?.relays).toEqual([{ url: strict.url, state: 'refused' }]),
    );
    expect(latest[0]?.state).toBe('offline');
  } finally {
    await hub?.dispose();
    hub = null;
    await strict.close();
  }
});

test('a relay that cannot be reached is reported as not reachable, and the workspace as offline', async () => {
  const invite = newInvite();
  // A port nothing listens on: a relay that was just stopped.
  const stopped = await startRelayServer({ port: 0, dataDir });
  const url = stopped.url;
  await stopped.close();
  let latest: WorkspaceSyncStatus[] = [];
  hub = new SyncHub({
    onStatus: (statuses) => (latest = statuses),
    openWorkspace: (id) => openLocalWorkspace(id),
    relayWebSocket: WebSocket,
    pollMs: 20,
  });
  await hub.apply({
    workspaces: [
      {
        id: `relay-hub-down-${Date.now()}`,
        room: invite.room,
        secret: invite.secret,
        relays: [url],
      },
    ],
    signaling: [],
    iceServers: [],
    paused: false,
  });
  await vi.waitFor(() => expect(latest[0]?.relays).toEqual([{ url, state: 'offline' }]));
  expect(latest[0]?.state).toBe('offline');
});

test('all of a device’s workspaces share one connection to a relay, and it closes with the last', async () => {
  const own = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 50 });
  try {
    let latest: WorkspaceSyncStatus[] = [];
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (id) => openLocalWorkspace(id),
      relayWebSocket: WebSocket,
      pollMs: 20,
    });
    const workspaces = [newInvite(), newInvite(), newInvite()].map((invite, i) => ({
      id: `relay-hub-shared-${Date.now()}-${i}`,
      room: invite.room,
      secret: invite.secret,
      relays: [own.url],
    }));
    const config = (list: typeof workspaces): SyncConfig => ({
      workspaces: list,
      signaling: [],
      iceServers: [],
      paused: false,
    });
    await hub.apply(config(workspaces));
    await vi.waitFor(() => {
      expect(latest).toHaveLength(3);
      expect(latest.every((s) => s.relays?.[0]?.state === 'connected')).toBe(true);
    });
    expect(hub.relayConnections()).toBe(1);
    expect(own.connections()).toBe(1);
    expect(own.documents()).toBe(3);
    await hub.apply(config(workspaces.slice(0, 1)));
    await vi.waitFor(() => expect(own.documents()).toBe(1));
    expect(own.connections()).toBe(1);
    await hub.apply(config([]));
    await vi.waitFor(() => expect(own.connections()).toBe(0));
    expect(hub.relayConnections()).toBe(0);
  } finally {
    await hub?.dispose();
    hub = null;
    await own.close();
  }
});
