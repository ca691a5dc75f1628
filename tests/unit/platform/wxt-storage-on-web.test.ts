import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';

// The web build maps `@wxt-dev/browser` to lib/platform/web-browser.ts (vite.web.config.ts), so
// WXT's storage, and with it every lib/storage item, runs on the web storage. Here the same
// `browser` is handed to WXT the way an extension page hands it (a global, read on first import).
const { browser } = await import('../../../lib/platform/web-browser');
Object.assign(globalThis, { browser });
const { settingsItem, loadSettings } = await import('../../../lib/storage/settings');
const { createWebStorageArea } = await import('../../../lib/platform/web-storage');

describe("WXT's storage over the web app's browser", () => {
  test('a setting saved by the panel is stored in IndexedDB and watched across tabs', async () => {
    const otherTab = createWebStorageArea();
    const heard: unknown[] = [];
    otherTab.onChanged.addListener((changes) => heard.push(Object.keys(changes)));
    const seen: unknown[] = [];
    const unwatch = settingsItem.watch((next) => seen.push(next.language));
    await settingsItem.setValue({ ...(await loadSettings()), language: 'es' });
    await vi.waitFor(() => expect(seen).toEqual(['es']));
    await vi.waitFor(() => expect(heard).toContainEqual(['settings']));
    expect(await otherTab.get('settings')).toMatchObject({ settings: { language: 'es' } });
    unwatch();
  });
});
