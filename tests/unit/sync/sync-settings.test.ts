import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let sync: typeof import('../../../lib/storage/sync-settings');
let workspaces: typeof import('../../../lib/storage/workspaces');

beforeAll(async () => {
  sync = await import('../../../lib/storage/sync-settings');
  workspaces = await import('../../../lib/storage/workspaces');
});
beforeEach(() => fakeBrowser.reset());

describe('sync settings', () => {
  test('defaults: local signaling server, no STUN/TURN, not paused', async () => {
    expect(await sync.loadSyncSettings()).toEqual({
      signalingServers: ['ws://127.0.0.1:4444'],
      iceServers: [],
      paused: false,
    });
  });

  test('server lists are parsed strictly', () => {
    expect(
      sync.parseServerList('wss://signal.school.example\n ws://10.0.0.2:4444, http://x', [
        'ws:',
        'wss:',
      ]),
    ).toEqual({
      urls: ['wss://signal.school.example', 'ws://10.0.0.2:4444'],
      invalid: ['http://x'],
    });
    // One entry per line: "not a url" is one bad entry, not three.
    expect(sync.parseServerList('not a url\nws://a.example', ['ws:', 'wss:'])).toEqual({
      urls: ['ws://a.example'],
      invalid: ['not a url'],
    });
    const ice = sync.parseIceServers(
      'stun:stun.example.org:3478\nturn:ana:s3cr%40t@turn.example.org:3478\nfoo',
    );
    expect(ice.servers).toEqual([
      { urls: 'stun:stun.example.org:3478' },
      { urls: 'turn:turn.example.org:3478', username: 'ana', credential: 's3cr@t' },
    ]);
    expect(ice.invalid).toEqual(['foo']);
    expect(sync.parseIceServers(sync.formatIceServers(ice.servers)).servers).toEqual(ice.servers);
  });

  test('the offscreen config lists shared workspaces only, with their rooms and secrets', async () => {
    const share = { room: 'R'.repeat(22), secret: 'S'.repeat(43) };
    await workspaces.loadWorkspaceRegistry();
    const entry = await workspaces.createSharedWorkspace('Riverside', share);
    await sync.saveSyncSettings({ signalingServers: ['ws://127.0.0.1:9999'], paused: true });
    const config = sync.buildSyncConfig(
      await workspaces.loadWorkspaceRegistry(),
      await sync.loadSyncSettings(),
    );
    expect(config).toEqual({
      workspaces: [{ id: entry.id, ...share }],
      signaling: ['ws://127.0.0.1:9999'],
      iceServers: [],
      paused: true,
    });
    expect(sync.buildSyncConfig(null, await sync.loadSyncSettings()).workspaces).toEqual([]);
  });

  test('a damaged stored list gives the offscreen document only the entries that hold up', () => {
    const good = { id: 'ok', name: 'Fine', kind: 'shared', createdAt: 1, room: 'r', secret: 's' };
    for (const raw of ['nonsense', { workspaces: 'x' }, { workspaces: [null, 7] }, 42]) {
      expect(sync.buildSyncConfig(raw, sync.DEFAULT_SYNC_SETTINGS).workspaces).toEqual([]);
    }
    const mixed = { activeId: 'ok', workspaces: [good, { id: 'x', kind: 'shared', room: {} }] };
    expect(sync.buildSyncConfig(mixed, sync.DEFAULT_SYNC_SETTINGS).workspaces).toEqual([
      { id: 'ok', room: 'r', secret: 's' },
    ]);
  });
});

describe('workspace registry', () => {
  const share = { room: 'R'.repeat(22), secret: 'S'.repeat(43) };

  test('join adds a shared workspace and opens it; joining the same room twice is refused', async () => {
    const first = await workspaces.loadWorkspaceRegistry();
    const joined = await workspaces.joinSharedWorkspace(share, 'Hillside');
    expect(joined.ok).toBe(true);
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces).toHaveLength(2);
    expect(registry.activeId).not.toBe(first.activeId);
    const again = await workspaces.joinSharedWorkspace({ ...share, secret: 'X'.repeat(43) }, 'x');
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error).toContain('already in this workspace');
  });

  test('leave keeps a local copy (no longer synced) or removes it', async () => {
    const personal = (await workspaces.loadWorkspaceRegistry()).activeId;
    const entry = await workspaces.createSharedWorkspace('Riverside', share);
    const kept = await workspaces.leaveWorkspace(entry.id, true);
    const copy = kept.workspaces.find((w) => w.id === entry.id)!;
    expect(copy).toMatchObject({ kind: 'personal', name: 'Riverside (local copy)' });
    expect(copy.room).toBeUndefined();
    expect(copy.secret).toBeUndefined();
    expect(sync.buildSyncConfig(kept, sync.DEFAULT_SYNC_SETTINGS).workspaces).toEqual([]);

    const other = await workspaces.createSharedWorkspace('Hillside', {
      room: 'Q'.repeat(22),
      secret: 'S'.repeat(43),
    });
    const left = await workspaces.leaveWorkspace(other.id, false);
    expect(left.workspaces.some((w) => w.id === other.id)).toBe(false);
    expect(left.activeId).toBe(personal);
  });

  test('switching and renaming', async () => {
    const personal = (await workspaces.loadWorkspaceRegistry()).activeId;
    const entry = await workspaces.createSharedWorkspace('Riverside', share);
    expect((await workspaces.setActiveWorkspace(personal)).activeId).toBe(personal);
    expect((await workspaces.setActiveWorkspace('nope')).activeId).toBe(personal);
    const renamed = await workspaces.renameWorkspaceEntry(entry.id, '  Riverside   Partnership ');
    expect(renamed.workspaces.find((w) => w.id === entry.id)!.name).toBe('Riverside Partnership');
  });
});
