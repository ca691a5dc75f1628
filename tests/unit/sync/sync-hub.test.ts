import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SyncConfig, WorkspaceSyncStatus } from '../../../lib/messages';
import {
  openLocalWorkspace,
  WorkspaceOpenError,
  type LocalWorkspace,
} from '../../../lib/sync/local-persistence';
import { SyncHub } from '../../../lib/sync/sync-hub';

let counter = 0;
const freshId = (name: string) => `hub-${name}-${Date.now()}-${counter++}`;

const config = (...ids: string[]): SyncConfig => ({
  workspaces: ids.map((id) => ({ id, room: `room-${id}`, secret: `secret-${id}` })),
  signaling: [],
  iceServers: [],
  paused: true,
});

let hub: SyncHub | null = null;
afterEach(async () => {
  await hub?.dispose();
  hub = null;
});

describe('sync hub with a failing workspace', () => {
  test('one workspace that never opens does not hold up the others', async () => {
    const stuck = freshId('stuck');
    const good = freshId('good');
    let latest: WorkspaceSyncStatus[] = [];
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (id) =>
        id === stuck ? new Promise<LocalWorkspace>(() => {}) : openLocalWorkspace(id),
      pollMs: 20,
    });
    // The stuck workspace comes first in the config, as it would in the registry.
    await hub.apply(config(stuck, good));
    await vi.waitFor(() => expect(latest.map((s) => s.workspaceId)).toContain(good));
  });

  test('a workspace that fails to open is reported with its error, the others keep going', async () => {
    const broken = freshId('broken');
    const good = freshId('good');
    const opened: string[] = [];
    let latest: WorkspaceSyncStatus[] = [];
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (id) =>
        id === broken
          ? Promise.reject(new WorkspaceOpenError('timeout', 'Storage did not answer.'))
          : openLocalWorkspace(id),
      onWorkspaceOpen: (id) => {
        opened.push(id);
        return () => {};
      },
      retryMs: 60_000,
    });
    await hub.apply(config(broken, good));
    await vi.waitFor(() => {
      expect(latest.find((s) => s.workspaceId === broken)).toMatchObject({
        storageError: 'Storage did not answer.',
        peers: 0,
      });
      expect(opened).toEqual([good]);
    });
    const goodStatus = latest.find((s) => s.workspaceId === good);
    expect(goodStatus).toBeDefined();
    expect(goodStatus?.storageError).toBeUndefined();
  });

  test('a workspace still opening is reported as connecting, never as offline', async () => {
    const slow = freshId('slow');
    let finish!: (local: LocalWorkspace) => void;
    let latest: WorkspaceSyncStatus[] = [];
    const opening = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: () => new Promise<LocalWorkspace>((resolve) => (finish = resolve)),
    });
    hub = opening;
    await opening.apply(config(slow));
    expect(opening.statuses()).toEqual([
      { workspaceId: slow, state: 'connecting', peers: 0, lastExchange: null },
    ]);
    await vi.waitFor(() =>
      expect(latest.find((s) => s.workspaceId === slow)?.state).toBe('connecting'),
    );
    finish(await openLocalWorkspace(slow));
    await vi.waitFor(() => expect(opening.statuses()[0]?.storageError).toBeUndefined());
  });

  test('a failed workspace is tried again later and then syncs', async () => {
    const flaky = freshId('flaky');
    let attempts = 0;
    let latest: WorkspaceSyncStatus[] = [];
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: (id) =>
        ++attempts === 1
          ? Promise.reject(new WorkspaceOpenError('unavailable', 'No storage.'))
          : openLocalWorkspace(id),
      retryMs: 10,
    });
    await hub.apply(config(flaky));
    await vi.waitFor(() => {
      expect(attempts).toBe(2);
      const status = latest.find((s) => s.workspaceId === flaky);
      expect(status).toBeDefined();
      expect(status?.storageError).toBeUndefined();
    });
  });

  test('a workspace removed from the config while it was opening is closed, not kept', async () => {
    const slow = freshId('slow');
    let finish!: (local: LocalWorkspace) => void;
    const closed = vi.fn(async () => {});
    let latest: WorkspaceSyncStatus[] = [];
    hub = new SyncHub({
      onStatus: (statuses) => (latest = statuses),
      openWorkspace: () => new Promise((resolve) => (finish = resolve)),
    });
    await hub.apply(config(slow));
    await hub.apply(config());
    const local = await openLocalWorkspace(slow);
    finish({ ...local, close: closed });
    await vi.waitFor(() => expect(closed).toHaveBeenCalled());
    expect(latest).toEqual([]);
    await local.close();
  });
});
