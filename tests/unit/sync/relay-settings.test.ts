import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import type { SyncConfig } from '../../../lib/messages';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let relays: typeof import('../../../lib/storage/relay-settings');
beforeAll(async () => {
  relays = await import('../../../lib/storage/relay-settings');
});
beforeEach(() => fakeBrowser.reset());

const config: SyncConfig = {
  workspaces: [
    { id: 'a', room: 'room-a', secret: 'secret-a' },
    { id: 'b', room: 'room-b', secret: 'secret-b' },
  ],
  signaling: ['ws://127.0.0.1:4444'],
  iceServers: [],
  paused: false,
};

test('no workspace names a relay by default: the config stays peer to peer only', async () => {
  expect(await relays.loadRelayServers()).toEqual({});
  expect(relays.withRelays(config, await relays.relayServersItem.getValue())).toEqual(config);
});

test('relays are kept per workspace and reach only that workspace in the sync config', async () => {
  expect(
    await relays.saveWorkspaceRelays('a', [
      'wss://relay.district.example',
      'wss://relay.district.example',
    ]),
  ).toEqual(['wss://relay.district.example']);
  expect(await relays.loadWorkspaceRelays('a')).toEqual(['wss://relay.district.example']);
  expect(await relays.loadWorkspaceRelays('b')).toEqual([]);
  const withRelays = relays.withRelays(config, await relays.relayServersItem.getValue());
  expect(withRelays.workspaces).toEqual([
    { id: 'a', room: 'room-a', secret: 'secret-a', relays: ['wss://relay.district.example'] },
    { id: 'b', room: 'room-b', secret: 'secret-b' },
  ]);
  // An empty list removes the workspace's entry.
  await relays.saveWorkspaceRelays('a', []);
  expect(await relays.relayServersItem.getValue()).toEqual({});
});

test('whatever is stored, only ws:// and wss:// addresses survive, at most five per workspace', () => {
  expect(
    relays.readRelayServers({
      a: ['http://x.example', 'not a url', 'ws://10.0.0.2:1234', 42],
      b: 'wss://x.example',
      c: Array.from({ length: 9 }, (_, i) => `wss://r${i}.example`),
    }),
  ).toEqual({
    a: ['ws://10.0.0.2:1234'],
    c: [
      'wss://r0.example',
      'wss://r1.example',
      'wss://r2.example',
      'wss://r3.example',
      'wss://r4.example',
    ],
  });
  expect(relays.readRelayServers(null)).toEqual({});
  expect(relays.readRelayServers(['wss://x.example'])).toEqual({});
});
