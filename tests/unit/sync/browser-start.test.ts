import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, describe, expect, test, vi } from 'vitest';

// wxt/utils/storage and wxt/browser read `globalThis.chrome` when first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

describe('browser start', () => {
  beforeAll(() => {
    // What the fake browser does not implement, the background only needs to call.
    const stub = (target: object, key: string, value: unknown) =>
      Object.defineProperty(target, key, { value, configurable: true, writable: true });
    stub(fakeBrowser, 'sidePanel', { setPanelBehavior: vi.fn(async () => {}) });
    stub(fakeBrowser, 'contextMenus', {
      onClicked: { addListener: vi.fn() },
      create: vi.fn(),
      removeAll: vi.fn(async () => {}),
    });
    stub(fakeBrowser, 'commands', { onCommand: { addListener: vi.fn() } });
    stub(fakeBrowser, 'offscreen', { createDocument: vi.fn(async () => {}) });
    stub(
      fakeBrowser.runtime,
      'getContexts',
      vi.fn(async () => []),
    );
    stub(
      fakeBrowser.action,
      'setBadgeText',
      vi.fn(async () => {}),
    );
  });

  test('sync resumes on runtime.onStartup: the config reaches the offscreen document', async () => {
    const workspaces = await import('../../../lib/storage/workspaces');
    await workspaces.loadWorkspaceRegistry();
    await workspaces.createSharedWorkspace('Shared', {
      room: 'r'.repeat(32),
      secret: 's'.repeat(32),
    });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const background = (await import('../../../entrypoints/background')).default;
    background.main();
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    sent.mockClear();

    // The worker is up; the browser restarts and fires onStartup.
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect(sent).toHaveBeenCalledWith(
        expect.objectContaining({
          target: 'offscreen',
          type: 'sync:config',
          config: expect.objectContaining({
            workspaces: [expect.objectContaining({ room: 'r'.repeat(32) })],
          }),
        }),
      ),
    );
  });
});
