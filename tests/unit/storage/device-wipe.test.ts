import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let wipe: typeof import('../../../lib/storage/device-wipe');
let workspaces: typeof import('../../../lib/storage/workspaces');

beforeAll(async () => {
  wipe = await import('../../../lib/storage/device-wipe');
  workspaces = await import('../../../lib/storage/workspaces');
});

beforeEach(async () => {
  fakeBrowser.reset();
  for (const db of await indexedDB.databases()) if (db.name) await wipe.deleteDatabase(db.name);
});

function createDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name).sort();

describe('which databases are ours', () => {
  test('only names starting with bridgework-, once each, sorted', () => {
    expect(
      wipe.bridgeworkDatabases([
        { name: 'bridgework-workspace-b' },
        { name: 'other-app' },
        { name: 'bridgework-snapshots' },
        { name: 'bridgework-workspace-b' },
        {},
        { name: 'xbridgework-not' },
      ]),
    ).toEqual(['bridgework-snapshots', 'bridgework-workspace-b']);
  });
});

describe('deleting one database', () => {
  test('reports blocked when another connection stays open past the wait', async () => {
    const open = await createDatabase('bridgework-held');
    open.onversionchange = null; // a connection that never lets go
    expect(await wipe.deleteDatabase('bridgework-held', 50)).toBe('blocked');
    open.close();
  });

  test('waits through a block and succeeds when the other connection closes', async () => {
    const open = await createDatabase('bridgework-released');
    setTimeout(() => open.close(), 30);
    expect(await wipe.deleteDatabase('bridgework-released', 5_000)).toBe('deleted');
    expect(await databaseNames()).not.toContain('bridgework-released');
  });
});

describe('deleting everything on this device', () => {
  test('clears the workspace list first, then deletes our databases and every stored setting', async () => {
    for (const name of ['bridgework-workspace-a', 'bridgework-snapshots', 'other-app']) {
      (await createDatabase(name)).close();
    }
    await workspaces.loadWorkspaceRegistry();
    await fakeBrowser.storage.local.set({ settings: { displayName: 'Sam' } });
    await fakeBrowser.storage.session.set({ pendingCapture: { name: 'A page' } });
    let listWhenClosing: unknown = 'not called';

    const report = await wipe.deleteEverythingOnDevice({
      closeOpenWorkspaces: async () => {
        listWhenClosing = await workspaces.workspaceRegistryItem.getValue();
      },
    });

    expect(listWhenClosing).toBeNull();
    expect(report).toEqual({
      deleted: ['bridgework-snapshots', 'bridgework-workspace-a'],
      notDeleted: [],
      settingsCleared: true,
    });
    expect(await databaseNames()).toEqual(['other-app']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('names a database still held open elsewhere and deletes the rest', async () => {
    const held = await createDatabase('bridgework-workspace-held');
    held.onversionchange = null;
    (await createDatabase('bridgework-workspace-free')).close();

    const report = await wipe.deleteEverythingOnDevice({ waitMs: 50 });
    expect(report.deleted).toEqual(['bridgework-workspace-free']);
    expect(report.notDeleted).toEqual([{ name: 'bridgework-workspace-held', outcome: 'blocked' }]);
    expect(wipe.describeWipe(report)).toMatch(/One database could not be deleted yet.*held/);
    held.close();
  });

  test('the sentence for a clean wipe says everything went', () => {
    expect(wipe.describeWipe({ deleted: ['a', 'b'], notDeleted: [], settingsCleared: true })).toBe(
      'Deleted everything on this device (2 databases and all settings).',
    );
  });
});
