// The sync hub and a workspace split into one doc per school year (lib/model/history-years.ts):
// an open year is loaded from its own database and synced in its own room, years named later are
// picked up, and they close with their workspace. Which years are open (this year, an older one
// to catch up or while edited) is tests/unit/sync/year-rooms.test.ts's; here the hubs' clock says
// 27 November 2026, so 2026 is always open and 2025 is open in the catch-up pass that the split
// (or the hub's start) begins: until a minute passes without an update, longer than these tests.
//
// Node has no WebRTC. Two hubs (two devices) therefore run in threads of their own (y-webrtc
// allows one provider per room per module instance) and meet over BroadcastChannel, y-webrtc's
// same-origin path, with the same encrypted room protocol the peers use; the signaling server
// test checks that each year announces itself in its own room, and the relay test that each year
// is a relay document of its own.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { SyncConfig, WorkspaceSyncStatus } from '../../../lib/messages';
import {
  markYearLayout,
  noteHistoryYear,
  yearDocId,
  yearRoom,
} from '../../../lib/model/history-years';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { newInvite, roomName } from '../../../lib/sync/invite';
import {
  openLocalWorkspace,
  WorkspaceOpenError,
  type LocalWorkspace,
} from '../../../lib/sync/local-persistence';
import { openRelayLink } from '../../../lib/sync/relay-link';
import { startRelayServer } from '../../../lib/sync/relay-server';
import { startSignalingServer } from '../../../lib/sync/signaling-server';
import { SyncHub } from '../../../lib/sync/sync-hub';
import { systemClock, type YearClock } from '../../../lib/sync/year-rooms';
import { HubThread } from '../../helpers/hub-thread-client';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let counter = 0;
const freshId = (name: string) => `years-${name}-${Date.now()}-${counter++}`;

function config(
  workspaces: { id: string; room: string; secret: string; relays?: string[] }[],
  signaling: string[] = [],
): SyncConfig {
  return { workspaces, signaling, iceServers: [], paused: false };
}

const wait = { timeout: 10_000, interval: 50 };
const TODAY = '2026-11-27T12:00:00Z';
/** The year policy's clock: a fixed day, real timers. */
const yearClock: YearClock = { ...systemClock, now: () => Date.parse(TODAY) };

function thread(): HubThread {
  const hub = new HubThread({ today: TODAY });
  cleanups.push(() => hub.close());
  return hub;
}

/** A stored workspace already in the year layout, naming `years`. */
async function storeSplitWorkspace(id: string, years: number[]) {
  const local = await openLocalWorkspace(id, { journal: null });
  local.doc.transact(() => {
    markYearLayout(local.doc);
    for (const year of years) noteHistoryYear(local.doc, year);
  });
  await local.close();
}

const titles = (doc: Y.Doc) =>
  listLogEntries(doc)
    .items.map((entry) => entry.title)
    .sort();

describe('sync hub with a workspace split by school year', () => {
  test("two devices' hubs sync each year doc, pick up a year added later, and store years under the workspace's id", async () => {
    const invite = newInvite();
    const a = thread();
    const b = thread();
    // Each device has its own id for the workspace; room and secret are the invite's.
    const idA = freshId('a');
    const idB = freshId('b');
    await a.send({ type: 'apply', config: config([{ id: idA, ...invite }]) });
    await b.send({ type: 'apply', config: config([{ id: idB, ...invite }]) });

    await vi.waitFor(() => a.send({ type: 'splitYears', workspaceId: idA, years: [2025] }), wait);
    await vi.waitFor(
      async () =>
        expect(await a.send({ type: 'titles', workspaceId: idA, year: 2025 })).toEqual([]),
      wait,
    );
    await a.send({ type: 'addEntry', workspaceId: idA, year: 2025, title: 'Library visit' });
    // B learns of the year from the workspace doc, opens it and receives its entry.
    await vi.waitFor(
      async () =>
        expect(await b.send({ type: 'titles', workspaceId: idB, year: 2025 })).toEqual([
          'Library visit',
        ]),
      wait,
    );
    // Both ways.
    await b.send({ type: 'addEntry', workspaceId: idB, year: 2025, title: 'Phone call' });
    await vi.waitFor(
      async () =>
        expect(await a.send({ type: 'titles', workspaceId: idA, year: 2025 })).toEqual([
          'Library visit',
          'Phone call',
        ]),
      wait,
    );

    // A year noted later, while both are running.
    await a.send({ type: 'splitYears', workspaceId: idA, years: [2026] });
    await vi.waitFor(
      async () =>
        expect(await a.send({ type: 'titles', workspaceId: idA, year: 2026 })).toEqual([]),
      wait,
    );
    await a.send({ type: 'addEntry', workspaceId: idA, year: 2026, title: 'Autumn fair' });
    await vi.waitFor(
      async () =>
        expect(await b.send({ type: 'titles', workspaceId: idB, year: 2026 })).toEqual([
          'Autumn fair',
        ]),
      wait,
    );
    expect(await b.send({ type: 'titles', workspaceId: idB, year: 2025 })).toEqual([
      'Library visit',
      'Phone call',
    ]);

    // One status per workspace: the years are not listed as workspaces.
    const statuses = await b.send<WorkspaceSyncStatus[]>({ type: 'statuses' });
    expect(statuses.map((s) => s.workspaceId)).toEqual([idB]);

    // Removed from the config: the years close with the workspace, and B's storage kept them
    // under its own id for the workspace.
    await b.send({ type: 'apply', config: config([]) });
    expect(await b.send({ type: 'titles', workspaceId: idB, year: 2026 })).toBeNull();
    expect(await b.send({ type: 'stored', workspaceId: idB, year: 2026 })).toEqual(['Autumn fair']);
    expect(await b.send({ type: 'stored', workspaceId: idB, year: 2025 })).toEqual([
      'Library visit',
      'Phone call',
    ]);
  }, 30_000);

  test("each year syncs through the workspace's relay as a relay document of its own", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bridgework-year-relay-'));
    const relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 50 });
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    cleanups.push(() => relay.close());
    const invite = newInvite();
    const id = freshId('relay');
    const hub = thread();
    await hub.send({ type: 'apply', config: config([{ id, ...invite, relays: [relay.url] }]) });
    await vi.waitFor(() => hub.send({ type: 'splitYears', workspaceId: id, years: [2026] }), wait);

    // Another member, reached only through the relay, in the year's room.
    const other = new Y.Doc();
    const link = await openRelayLink({
      url: relay.url,
      room: yearRoom(invite.room, 2026),
      secret: invite.secret,
      doc: other,
      WebSocketPolyfill: WebSocket,
    });
    cleanups.push(() => link.destroy());
    addLogEntry(other, { kind: 'call', date: '2026-11-03', title: 'Through the relay' });
    await vi.waitFor(
      async () =>
        expect(await hub.send({ type: 'titles', workspaceId: id, year: 2026 })).toEqual([
          'Through the relay',
        ]),
      wait,
    );
    await hub.send({ type: 'addEntry', workspaceId: id, year: 2026, title: 'From the hub' });
    await vi.waitFor(
      () => expect(titles(other)).toEqual(['From the hub', 'Through the relay']),
      wait,
    );
    const [status, ...more] = await hub.send<WorkspaceSyncStatus[]>({ type: 'statuses' });
    expect(more).toEqual([]);
    expect(status).toMatchObject({
      workspaceId: id,
      state: 'connected',
      relays: [{ url: relay.url, state: 'connected' }],
    });
    expect(status!.lastExchange).not.toBeNull();
  }, 30_000);
});

describe('sync hub years, in this thread', () => {
  test('each year announces itself on the signaling server in its own room, follows a new invite, and closes with its workspace', async () => {
    const server = await startSignalingServer({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => server.close());
    // lib0's signaling client uses the global WebSocket, which Node 20 does not have.
    const globals = globalThis as { WebSocket?: unknown };
    const previous = globals.WebSocket;
    globals.WebSocket = WebSocket;
    cleanups.push(() => (globals.WebSocket = previous));

    const invite = newInvite();
    const id = freshId('signaling');
    // 2026 always open; 2025 in the catch-up pass of each start (a minute, longer than this test).
    await storeSplitWorkspace(id, [2025, 2026]);
    const rotated = newInvite();
    const topicsOf = (room: string) => [2025, 2026].map((year) => roomName(yearRoom(room, year)));
    const topics = topicsOf(invite.room);
    const observer = new WebSocket(server.url);
    const published = new Set<string>();
    observer.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type?: string; topic?: string };
      if (message.type === 'publish' && message.topic) published.add(message.topic);
    });
    await new Promise((resolve) => observer.once('open', resolve));
    cleanups.push(() => observer.close());
    observer.send(
      JSON.stringify({ type: 'subscribe', topics: [...topics, ...topicsOf(rotated.room)] }),
    );

    const opened: number[] = [];
    const closed: number[] = [];
    let latest: WorkspaceSyncStatus[] = [];
    const hub = new SyncHub({
      yearCatchUpAtStart: true,
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (workspaceId) => openLocalWorkspace(workspaceId, { journal: null }),
      openYear: async (workspaceId, year) => {
        const local = await openLocalWorkspace(yearDocId(workspaceId, year), { journal: null });
        opened.push(year);
        return { ...local, close: () => (closed.push(year), local.close()) };
      },
      pollMs: 20,
      yearClock,
    });
    cleanups.push(() => hub.dispose());
    await hub.apply(config([{ id, ...invite }], [server.url]));
    await vi.waitFor(() => expect([...published].sort()).toEqual(topics), wait);
    expect(opened.sort()).toEqual([2025, 2026]);
    await vi.waitFor(() => expect(latest.map((s) => s.workspaceId)).toEqual([id]), wait);

    // `Rotate invite`: the workspace moves to a new room, and its years to the new year rooms.
    await hub.apply(config([{ id, ...rotated }], [server.url]));
    await vi.waitFor(
      () => expect([...published].sort()).toEqual([...topics, ...topicsOf(rotated.room)].sort()),
      wait,
    );
    expect(closed.sort()).toEqual([2025, 2026]);
    await vi.waitFor(() => expect(opened).toHaveLength(4), wait);

    await hub.apply(config([], [server.url]));
    expect(closed.sort()).toEqual([2025, 2025, 2026, 2026]);
    expect(latest).toEqual([]);
  }, 20_000);

  test("a year whose storage fails is the workspace's storage error until a later attempt opens it", async () => {
    const invite = newInvite();
    const id = freshId('failing-year');
    await storeSplitWorkspace(id, [2026]);
    let attempts = 0;
    let year: LocalWorkspace | null = null;
    let latest: WorkspaceSyncStatus[] = [];
    const hub = new SyncHub({
      yearCatchUpAtStart: true,
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (workspaceId) => openLocalWorkspace(workspaceId, { journal: null }),
      openYear: async (workspaceId, y) => {
        if (++attempts === 1) throw new WorkspaceOpenError('timeout', 'Storage did not answer.');
        return (year = await openLocalWorkspace(yearDocId(workspaceId, y), { journal: null }));
      },
      retryMs: 200,
      pollMs: 20,
      yearClock,
    });
    cleanups.push(() => hub.dispose());
    await hub.apply({ ...config([{ id, ...invite }]), paused: true });
    await vi.waitFor(
      () =>
        expect(latest).toEqual([
          expect.objectContaining({
            workspaceId: id,
            storageError: '2026: Storage did not answer.',
          }),
        ]),
      wait,
    );
    await vi.waitFor(() => {
      expect(attempts).toBe(2);
      expect(year).not.toBeNull();
      expect(latest).toHaveLength(1);
      expect(latest[0]?.storageError).toBeUndefined();
    }, wait);
  });
});
