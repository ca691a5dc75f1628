/**
 * Which tab "Capture this page" reads when the panel is open in a tab of its own: the page used
 * just before it, never the panel's own tab, even where the browser shows an extension no
 * address for its own pages (Chromium 150 without the "tabs" permission).
 */
import { describe, expect, test, vi } from 'vitest';

interface FakeTab {
  id: number;
  url?: string;
  active: boolean;
  lastAccessed: number;
}
let tabs: FakeTab[] = [];
let current: FakeTab | undefined;
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { getURL: (path: string) => `chrome-extension://abcdefgh${path}` },
    tabs: {
      query: async () => tabs,
      getCurrent: async () => current,
    },
  },
}));

const { findPageTab } = await import('../../../lib/extension/capture-tab');

describe('the page to capture', () => {
  test('is the page used before the panel, when the panel tab shows no address', async () => {
    const panel = { id: 3, active: true, lastAccessed: 30 };
    const page = { id: 2, url: 'https://www.example.org/contact', active: false, lastAccessed: 20 };
    tabs = [{ id: 1, active: false, lastAccessed: 10 }, page, panel];
    current = panel;
    expect((await findPageTab())?.id).toBe(2);
  });

  test('is the active tab when the panel is the side panel (no tab of its own)', async () => {
    tabs = [
      { id: 1, url: 'https://www.example.org/', active: true, lastAccessed: 10 },
      { id: 2, url: 'https://other.example.org/', active: false, lastAccessed: 20 },
    ];
    current = undefined;
    expect((await findPageTab())?.id).toBe(1);
  });
});
