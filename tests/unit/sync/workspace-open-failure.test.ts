import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let controllerModule: typeof import('../../../lib/state/workspace-controller');
let workspaces: typeof import('../../../lib/storage/workspaces');
let persistence: typeof import('../../../lib/sync/local-persistence');

beforeAll(async () => {
  controllerModule = await import('../../../lib/state/workspace-controller');
  workspaces = await import('../../../lib/storage/workspaces');
  persistence = await import('../../../lib/sync/local-persistence');
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const settings = { displayName: 'Ada', colour: '#1d4ed8' } as never;

/** Makes IndexedDB refuse to open one workspace's database (a failing disk, a broken profile). */
function failOpening(workspaceId: string) {
  const realOpen = indexedDB.open.bind(indexedDB);
  return vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
    if (name === persistence.databaseNameFor(workspaceId))
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    return realOpen(name, version);
  });
}

describe('a workspace that cannot open', () => {
  test('the controller starts anyway and says which workspace failed and why', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const broken = registry.workspaces[0]!;
    failOpening(broken.id);
    const controller = new controllerModule.WorkspaceController(settings);
    await controller.start();
    expect(controller.current.value).toBeNull();
    expect(controller.unavailable.value).toMatchObject({
      entry: { id: broken.id },
      kind: 'unavailable',
      message: expect.stringContaining('could not be opened'),
    });
    const exported = await controller.exportUnavailable();
    expect(exported.ok).toBe(false);
    controller.dispose();
  });

  test('switching to another workspace opens it; the failed one can be tried again', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const broken = registry.workspaces[0]!;
    const opener = failOpening(broken.id);
    const controller = new controllerModule.WorkspaceController(settings);
    await controller.start();
    await controller.create('Second');
    expect(controller.unavailable.value).toBeNull();
    expect(controller.current.value?.entry.name).toBe('Second');

    await controller.switchTo(broken.id);
    expect(controller.unavailable.value?.entry.id).toBe(broken.id);
    opener.mockRestore();
    await controller.retryOpen();
    expect(controller.unavailable.value).toBeNull();
    expect(controller.current.value?.entry.id).toBe(broken.id);
    controller.dispose();
  });

  test('export reads what can be read when opening timed out', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const entry = registry.workspaces[0]!;
    const { addPartner } = await import('../../../lib/model/partner');
    const local = await persistence.openLocalWorkspace(entry.id);
    addPartner(local.doc, { name: 'Readable partner' });
    await local.close();

    const controller = new controllerModule.WorkspaceController(settings);
    controller.unavailable.value = { entry, kind: 'timeout', message: 'Storage did not answer.' };
    const exported = await controller.exportUnavailable();
    expect(exported.ok).toBe(true);
    if (exported.ok) {
      expect(exported.fileName).toMatch(/\.json$/);
      const parsed = JSON.parse(exported.json);
      expect(parsed.collections.partners[0].value.name).toBe('Readable partner');
    }
    controller.dispose();
  });

  test('export of a workspace split per school year reads its years too', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const entry = registry.workspaces[0]!;
    const { addLogEntry } = await import('../../../lib/model/log-entry');
    const years = await import('../../../lib/model/history-years');
    const local = await persistence.openLocalWorkspace(entry.id);
    local.doc.transact(() => {
      years.markYearLayout(local.doc);
      years.noteHistoryYear(local.doc, 2024);
    });
    await local.close();
    const year = await persistence.openLocalWorkspace(years.yearDocId(entry.id, 2024));
    addLogEntry(year.doc, { kind: 'call', date: '2024-10-01', title: 'From an older year' });
    await year.close();

    const controller = new controllerModule.WorkspaceController(settings);
    controller.unavailable.value = { entry, kind: 'timeout', message: 'Storage did not answer.' };
    const exported = await controller.exportUnavailable();
    expect(exported.ok).toBe(true);
    if (exported.ok) {
      const parsed = JSON.parse(exported.json);
      expect(
        parsed.collections.log.map((e: { value: { title: string } }) => e.value.title),
      ).toEqual(['From an older year']);
    }
    controller.dispose();
  });

  test('leaving the failed workspace takes it off the list and opens another', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const broken = registry.workspaces[0]!;
    failOpening(broken.id);
    const controller = new controllerModule.WorkspaceController(settings);
    await controller.start();
    await controller.leaveUnavailable();
    expect(controller.registry.value.workspaces.map((w) => w.id)).not.toContain(broken.id);
    expect(controller.unavailable.value).toBeNull();
    expect(controller.current.value).not.toBeNull();
    controller.dispose();
  });
});
