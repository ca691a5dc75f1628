import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Message, SyncConfig, WorkspaceSyncStatus } from '../../../lib/messages';

// Firefox runs the hub in its background page: nothing is sent to an offscreen document, and the
// background must not rely on messages to itself (Firefox never delivers them).
type Listener = (raw: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;
const listeners: Listener[] = [];
const sendMessage = vi.fn(async (_message: Message) => undefined);
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      sendMessage: (message: Message) => sendMessage(message),
    },
  },
}));

interface FakeHub {
  options: { onStatus: (statuses: WorkspaceSyncStatus[]) => void };
  applied: SyncConfig[];
}
const hubs: FakeHub[] = [];
const STATUSES: WorkspaceSyncStatus[] = [
  { workspaceId: 'w1', state: 'connected', peers: 1, lastExchange: 1000 },
];
vi.mock('../../../lib/sync/sync-hub', () => ({
  SyncHub: class {
    applied: SyncConfig[] = [];
    constructor(readonly options: FakeHub['options']) {
      hubs.push(this);
    }
    async apply(config: SyncConfig) {
      this.applied.push(config);
    }
    statuses() {
      return STATUSES;
    }
  },
}));
vi.mock('../../../lib/sync/local-persistence', () => ({
  openLocalWorkspace: vi.fn(),
  requestPersistentStorage: vi.fn(async () => true),
}));

const { startSyncHost } = await import('../../../lib/sync/offscreen-host');
const { backgroundPage } = await import('../../../lib/sync/background-hub');
const { startHubService } = await import('../../../lib/sync/hub-service');

const shared = (room: string): SyncConfig => ({
  workspaces: [{ id: 'w1', room, secret: 's'.repeat(32) }],
  signaling: ['ws://127.0.0.1:4444'],
  iceServers: [],
  paused: false,
});

/** Delivers a message to every listener, as another context's sendMessage would. */
function deliver(message: Message): Promise<unknown> {
  return new Promise((resolve) => {
    for (const listener of [...listeners]) listener(message, {}, resolve);
  });
}

function startFirefoxBackground(load: () => SyncConfig) {
  const recorded: WorkspaceSyncStatus[][] = [];
  let onChange = () => {};
  startSyncHost({
    loadConfig: async () => load(),
    watchConfig: (callback) => (onChange = callback),
    onStatus: (statuses) => recorded.push(statuses),
    place: backgroundPage(async () =>
      startHubService({
        beforeMigrate: async () => undefined,
        onWorkspaceOpen: () => () => {},
        forwardHistory: () => ({ stop: async () => {} }),
        onStatus: (statuses) => recorded.push(statuses),
      }),
    ),
  });
  return { recorded, change: () => onChange() };
}

describe('sync in Firefox: the background page holds the hub', () => {
  beforeEach(() => {
    listeners.length = 0;
    hubs.length = 0;
    sendMessage.mockClear();
  });

  test('the config reaches the hub by a call; the panel and the background hear its statuses', async () => {
    let config = shared('r'.repeat(32));
    const { recorded, change } = startFirefoxBackground(() => config);
    await vi.waitFor(() => expect(hubs[0]?.applied.at(-1)).toEqual(config));
    // No offscreen document to message: nothing addressed to one is sent.
    expect(sendMessage.mock.calls.map(([m]) => m.target)).not.toContain('offscreen');

    // The sidebar asks the hub (target 'offscreen', wherever it runs) for statuses.
    expect(await deliver({ target: 'offscreen', type: 'sync:get-status' })).toEqual(STATUSES);

    // A status goes out to the sidebar and, by call, to the background's own record.
    hubs[0]!.options.onStatus(STATUSES);
    expect(sendMessage).toHaveBeenCalledWith({
      target: 'all',
      type: 'sync:status',
      statuses: STATUSES,
    });
    expect(recorded).toContainEqual(STATUSES);

    config = shared('q'.repeat(32));
    change();
    await vi.waitFor(() => expect(hubs[0]!.applied.at(-1)).toEqual(config));
    expect(hubs).toHaveLength(1);
  });

  test('with nothing shared no hub starts; the panel asking for sync starts it with the config', async () => {
    let config: SyncConfig = { ...shared('r'.repeat(32)), workspaces: [] };
    startFirefoxBackground(() => config);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hubs).toHaveLength(0);

    config = shared('r'.repeat(32));
    expect(await deliver({ target: 'background', type: 'sync:ensure' })).toBe(true);
    expect(hubs).toHaveLength(1);
    expect(hubs[0]!.applied).toEqual([config]);
  });
});

describe('a hub that failed to start', () => {
  test('is started afresh by the next push', async () => {
    const config = shared('r'.repeat(32));
    let attempts = 0;
    const applied: SyncConfig[] = [];
    const place = backgroundPage(async () => {
      if (++attempts === 1) throw new Error('could not load the hub');
      return { apply: async (c: SyncConfig) => void applied.push(c) };
    });
    await expect(place.deliver(config)).rejects.toThrow('could not load the hub');
    expect(await place.running()).toBe(false);
    await place.deliver(config);
    expect(applied).toEqual([config]);
    expect(await place.running()).toBe(true);
  });
});
