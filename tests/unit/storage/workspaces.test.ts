import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

// wxt/utils/storage reads `globalThis.chrome` when it is first imported, so the fake browser must
// be in place before the modules under test load: they are imported dynamically below.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

type Workspaces = typeof import('../../../lib/storage/workspaces');
let workspaces: Workspaces;

beforeAll(async () => {
  workspaces = await import('../../../lib/storage/workspaces');
});

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  delete (globalThis as { indexedDB?: unknown }).indexedDB;
  delete (globalThis as { navigator?: unknown }).navigator;
});

async function storedRegistry() {
  return (await fakeBrowser.storage.local.get('workspaces')).workspaces as {
    activeId: string;
    workspaces: { id: string; name: string; kind: string; room?: string }[];
  };
}

/** A Web Locks stand-in shared by several "contexts": one holder per name, in request order. */
function fakeLockManager() {
  const tails = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      names.push(name);
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(callback, callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

describe('concurrent writes to the workspace list', () => {
  test('joins started together all land', async () => {
    await workspaces.loadWorkspaceRegistry();
    const rooms = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const results = await Promise.all(
      rooms.map((room) => workspaces.joinSharedWorkspace({ room, secret: 's' }, room)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = await storedRegistry();
    expect(stored.workspaces.filter((w) => w.kind === 'shared').map((w) => w.room)).toEqual(rooms);
  });

  test('a rename that overlaps a leave does not bring the left workspace back', async () => {
    await workspaces.loadWorkspaceRegistry();
    const joined = await workspaces.joinSharedWorkspace({ room: 'r', secret: 's' }, 'Team');
    if (!joined.ok) throw new Error(joined.error);
    await Promise.all([
      workspaces.leaveWorkspace(joined.entry.id, false),
      workspaces.renameWorkspaceEntry(joined.entry.id, 'Team renamed by a peer'),
    ]);
    const stored = await storedRegistry();
    expect(stored.workspaces.map((w) => w.id)).not.toContain(joined.entry.id);
  });

  test('leaving a workspace forgets the relays named for it, and only those', async () => {
    const relays = await import('../../../lib/storage/relay-settings');
    await workspaces.loadWorkspaceRegistry();
    const left = await workspaces.joinSharedWorkspace({ room: 'l', secret: 's' }, 'Left');
    const kept = await workspaces.joinSharedWorkspace({ room: 'k', secret: 's' }, 'Kept');
    if (!left.ok || !kept.ok) throw new Error('join failed');
    await relays.saveWorkspaceRelays(left.entry.id, ['wss://relay.district.example']);
    await relays.saveWorkspaceRelays(kept.entry.id, ['wss://relay.other.example']);
    await workspaces.leaveWorkspace(left.entry.id, true);
    expect(await relays.loadWorkspaceRelays(left.entry.id)).toEqual([]);
    expect(await relays.loadWorkspaceRelays(kept.entry.id)).toEqual(['wss://relay.other.example']);
  });

  test('a leave (keeping a copy), a join and a rename interleaved each keep their effect', async () => {
    await workspaces.loadWorkspaceRegistry();
    const first = await workspaces.joinSharedWorkspace({ room: 'a', secret: 's' }, 'A');
    if (!first.ok) throw new Error(first.error);
    await Promise.all([
      workspaces.leaveWorkspace(first.entry.id, true),
      workspaces.joinSharedWorkspace({ room: 'b', secret: 's' }, 'B'),
      workspaces.renameWorkspaceEntry(first.entry.id, 'A again'),
    ]);
    const stored = await storedRegistry();
    const a = stored.workspaces.find((w) => w.id === first.entry.id);
    expect(a).toMatchObject({ kind: 'personal', name: 'A again' });
    expect(stored.workspaces.some((w) => w.room === 'b')).toBe(true);
  });

  test('two contexts sharing Web Locks do not lose each other’s joins', async () => {
    const locks = fakeLockManager();
    (globalThis as { navigator?: unknown }).navigator = { locks };
    vi.resetModules();
    const panel: Workspaces = await import('../../../lib/storage/workspaces');
    vi.resetModules();
    const offscreen: Workspaces = await import('../../../lib/storage/workspaces');
    expect(panel).not.toBe(offscreen);
    await panel.loadWorkspaceRegistry();
    await Promise.all([
      panel.joinSharedWorkspace({ room: 'from-panel', secret: 's' }, 'P'),
      offscreen.joinSharedWorkspace({ room: 'from-offscreen', secret: 's' }, 'O'),
      panel.joinSharedWorkspace({ room: 'from-panel-2', secret: 's' }, 'P2'),
    ]);
    const rooms = (await storedRegistry()).workspaces.flatMap((w) => w.room ?? []);
    expect(rooms.sort()).toEqual(['from-offscreen', 'from-panel', 'from-panel-2']);
    expect(locks.names.length).toBeGreaterThanOrEqual(3);
    expect(new Set(locks.names)).toEqual(new Set(['bridgework:workspaces']));
  });
});

describe('a lost or damaged workspace list', () => {
  async function makeDatabase(factory: IDBFactory, name: string) {
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }

  test('is rebuilt from the workspace databases instead of starting an empty workspace', async () => {
    const factory = new IDBFactory();
    (globalThis as { indexedDB?: unknown }).indexedDB = factory;
    await makeDatabase(factory, 'bridgework-workspace-aaa');
    await makeDatabase(factory, 'bridgework-workspace-bbb');
    await makeDatabase(factory, 'unrelated-database');
    await makeDatabase(factory, 'bridgework-workspace-bad id!');
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces.map((w) => w.id).sort()).toEqual(['aaa', 'bbb']);
    for (const entry of registry.workspaces) {
      expect(entry.kind).toBe('personal');
      expect(entry.name).toMatch(/^Recovered workspace/);
      expect(entry.recoveredAt).toEqual(expect.any(Number));
    }
    expect(registry.workspaces.map((w) => w.id)).toContain(registry.activeId);
    expect(await storedRegistry()).toEqual(registry);
  });

  test('a damaged stored list is treated as lost, and good entries in it are kept', async () => {
    const factory = new IDBFactory();
    (globalThis as { indexedDB?: unknown }).indexedDB = factory;
    await makeDatabase(factory, 'bridgework-workspace-ccc');
    await fakeBrowser.storage.local.set({ workspaces: { activeId: 3, workspaces: 'nonsense' } });
    expect((await workspaces.loadWorkspaceRegistry()).workspaces.map((w) => w.id)).toEqual(['ccc']);

    await fakeBrowser.storage.local.set({
      workspaces: {
        activeId: 'x',
        workspaces: [
          null,
          { id: 'ok', name: 'Fine', kind: 'shared', createdAt: 1, room: 'r', secret: 's' },
          { id: 'no secret', name: 'Bad id', kind: 'shared', room: 'r2' },
          { id: 'half', name: { evil: 1 }, kind: 'shared', createdAt: 2, room: 'r3' },
        ],
      },
    });
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces).toEqual([
      { id: 'ok', name: 'Fine', kind: 'shared', createdAt: 1, room: 'r', secret: 's' },
      { id: 'half', name: 'Workspace', kind: 'personal', createdAt: 2 },
    ]);
    expect(registry.activeId).toBe('ok');
  });

  test('with no databases, the first run still creates one personal workspace', async () => {
    (globalThis as { indexedDB?: unknown }).indexedDB = new IDBFactory();
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces).toEqual([expect.objectContaining({ kind: 'personal' })]);
    expect(registry.workspaces[0]!.recoveredAt).toBeUndefined();
  });
});

describe('rotating a shared workspace’s invite', () => {
  test('keeps the id (and so the data) and replaces room and secret', async () => {
    await workspaces.loadWorkspaceRegistry();
    const joined = await workspaces.joinSharedWorkspace({ room: 'old', secret: 'old-s' }, 'Team');
    if (!joined.ok) throw new Error(joined.error);
    const rotated = await workspaces.rotateWorkspaceShare(joined.entry.id, {
      room: 'new',
      secret: 'new-s',
    });
    expect(rotated.ok).toBe(true);
    const stored = await storedRegistry();
    const entry = stored.workspaces.find((w) => w.id === joined.entry.id);
    expect(entry).toMatchObject({
      kind: 'shared',
      name: 'Team',
      room: 'new',
      secret: 'new-s',
      formerRooms: ['old'],
    });
    expect(stored.activeId).toBe(joined.entry.id);
  });

  test('the old invite is refused afterwards instead of joining the abandoned room', async () => {
    await workspaces.loadWorkspaceRegistry();
    const joined = await workspaces.joinSharedWorkspace({ room: 'old', secret: 's' }, 'Team');
    if (!joined.ok) throw new Error(joined.error);
    await workspaces.rotateWorkspaceShare(joined.entry.id, { room: 'new', secret: 't' });
    const again = await workspaces.joinSharedWorkspace({ room: 'old', secret: 's' }, 'Team');
    expect(again).toMatchObject({ ok: false, error: expect.stringContaining('old invite') });
  });

  test('a personal workspace has nothing to rotate and the list is left alone', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const before = await storedRegistry();
    const result = await workspaces.rotateWorkspaceShare(registry.activeId, {
      room: 'n',
      secret: 's',
    });
    expect(result.ok).toBe(false);
    expect(await storedRegistry()).toEqual(before);
  });
});
