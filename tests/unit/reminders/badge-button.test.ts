import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, test, vi } from 'vitest';

// wxt/utils/storage and wxt/browser read `globalThis.chrome` when first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

// Firefox's MV2 build has no `browser.action`: the badge goes on `browserAction`.
const browserAction = {
  setBadgeText: vi.fn(async () => {}),
  setTitle: vi.fn(async () => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
};
for (const [key, value] of Object.entries({ action: undefined, browserAction }))
  Object.defineProperty(fakeBrowser, key, { value, configurable: true, writable: true });

const { showBadge } = await import('../../../lib/reminders/badge');

describe('the badge in Firefox', () => {
  test('counts overdue follow-ups on browserAction', async () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    await showBadge(
      {
        workspaceId: 'w',
        updatedAt: now,
        followups: [{ id: 'f', text: 'Call the library', due: '2026-11-20' }],
      },
      now,
    );
    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ text: '1' });
    expect(browserAction.setBadgeBackgroundColor).toHaveBeenCalled();
    expect(browserAction.setTitle).toHaveBeenCalledWith({ title: expect.any(String) });
  });
});
