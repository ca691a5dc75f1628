import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';

// wxt/utils/storage reads `globalThis.chrome` when it is first imported, so the fake browser must
// be in place before the modules under test load: they are imported dynamically below.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let settings: typeof import('../../../lib/storage/settings');
let workspaces: typeof import('../../../lib/storage/workspaces');

beforeAll(async () => {
  settings = await import('../../../lib/storage/settings');
  workspaces = await import('../../../lib/storage/workspaces');
});

beforeEach(() => {
  fakeBrowser.reset();
});

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('normaliseSettings', () => {
  test('collapses and trims the display name and caps it at 80 characters', () => {
    expect(settings.normaliseSettings({ displayName: '  Sam \n  Lee  ' }).displayName).toBe(
      'Sam Lee',
    );
    expect(settings.normaliseSettings({ displayName: 'x'.repeat(500) }).displayName).toHaveLength(
      80,
    );
  });

  test('keeps a hex colour and replaces anything else with the default', () => {
    const fallback = settings.DEFAULT_SETTINGS.colour;
    expect(settings.normaliseSettings({ colour: '#A1b2C3' }).colour).toBe('#A1b2C3');
    for (const colour of ['red', '#abc', '#12345g', 'url(javascript:x)', '', '#1234567']) {
      expect(settings.normaliseSettings({ colour }).colour).toBe(fallback);
    }
  });

  test('an empty input gives the defaults', () => {
    expect(settings.normaliseSettings({})).toEqual(settings.DEFAULT_SETTINGS);
  });

  test('values of the wrong type (a damaged or older store) read as defaults, without throwing', () => {
    const hostile = { displayName: 42, colour: ['#ffffff'] } as unknown as Partial<
      typeof settings.DEFAULT_SETTINGS
    >;
    expect(settings.normaliseSettings(hostile)).toEqual(settings.DEFAULT_SETTINGS);
    expect(settings.normaliseSettings(null as never)).toEqual(settings.DEFAULT_SETTINGS);
  });
});

describe('personal settings in chrome.storage', () => {
  test('first load gives the defaults', async () => {
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
  });

  test('save merges, normalises and stores locally; load reads it back', async () => {
    const saved = await settings.saveSettings({ displayName: '  Ada  ' });
    expect(saved).toEqual({
      displayName: 'Ada',
      colour: settings.DEFAULT_SETTINGS.colour,
      language: 'auto',
    });
    await settings.saveSettings({ colour: '#2e7d32', language: 'es' });
    const expected = { displayName: 'Ada', colour: '#2e7d32', language: 'es' };
    expect(await settings.loadSettings()).toEqual(expected);
    expect(await stored('settings')).toEqual(expected);
  });

  test('an unknown language reads as the browser’s (auto)', async () => {
    await fakeBrowser.storage.local.set({ settings: { displayName: 'Ada', language: 'xx' } });
    expect((await settings.loadSettings()).language).toBe('auto');
  });

  test('a damaged stored value loads as defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { displayName: { x: 1 }, colour: 7 } });
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
  });
});

describe('workspace registry', () => {
  test('the first run creates exactly one personal workspace and stores it', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces).toHaveLength(1);
    const [personal] = registry.workspaces;
    expect(personal).toMatchObject({ kind: 'personal', name: 'My workspace' });
    expect(personal!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(registry.activeId).toBe(personal!.id);
    expect(await stored('workspaces')).toEqual(registry);
  });

  test('the second load returns the same workspace and creates nothing', async () => {
    const first = await workspaces.loadWorkspaceRegistry();
    const second = await workspaces.loadWorkspaceRegistry();
    expect(second).toEqual(first);
    expect(await stored('workspaces')).toEqual(first);
  });

  test('an unknown activeId falls back to the first workspace', async () => {
    const a = { id: 'a', name: 'A', kind: 'personal' as const, createdAt: 1 };
    const b = { id: 'b', name: 'B', kind: 'shared' as const, createdAt: 2, room: 'r', secret: 's' };
    await fakeBrowser.storage.local.set({ workspaces: { activeId: 'gone', workspaces: [a, b] } });
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.activeId).toBe('a');
    expect(registry.workspaces).toEqual([a, b]);
  });

  test('a known activeId is kept', async () => {
    const a = { id: 'a', name: 'A', kind: 'personal' as const, createdAt: 1 };
    const b = { id: 'b', name: 'B', kind: 'personal' as const, createdAt: 2 };
    await fakeBrowser.storage.local.set({ workspaces: { activeId: 'b', workspaces: [a, b] } });
    expect((await workspaces.loadWorkspaceRegistry()).activeId).toBe('b');
  });

  test('an empty registry gets a personal workspace again', async () => {
    await fakeBrowser.storage.local.set({ workspaces: { activeId: 'x', workspaces: [] } });
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.workspaces).toHaveLength(1);
    expect(registry.workspaces[0]!.kind).toBe('personal');
    expect(registry.activeId).toBe(registry.workspaces[0]!.id);
  });

  test('joining a shared workspace makes it active; joining the same room twice is refused', async () => {
    const personal = await workspaces.loadWorkspaceRegistry();
    const joined = await workspaces.joinSharedWorkspace({ room: 'room-1', secret: 's' }, ' Team ');
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.entry).toMatchObject({ name: 'Team', kind: 'shared', room: 'room-1' });
    const registry = await workspaces.loadWorkspaceRegistry();
    expect(registry.activeId).toBe(joined.entry.id);
    expect(registry.workspaces.map((w) => w.id)).toEqual([
      personal.workspaces[0]!.id,
      joined.entry.id,
    ]);
    const again = await workspaces.joinSharedWorkspace({ room: 'room-1', secret: 's' }, 'Again');
    expect(again).toMatchObject({ ok: false, existing: { id: joined.entry.id } });
    expect((await workspaces.loadWorkspaceRegistry()).workspaces).toHaveLength(2);
  });

  test('leaving the active shared workspace switches back to the personal one', async () => {
    const personal = (await workspaces.loadWorkspaceRegistry()).workspaces[0]!;
    const joined = await workspaces.joinSharedWorkspace({ room: 'r', secret: 's' }, 'Team');
    if (!joined.ok) throw new Error(joined.error);
    const left = await workspaces.leaveWorkspace(joined.entry.id, false);
    expect(left).toEqual({ activeId: personal.id, workspaces: [personal] });
  });
});
