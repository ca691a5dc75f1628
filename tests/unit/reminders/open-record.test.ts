import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let requests: typeof import('../../../lib/reminders/open-request');
let settings: typeof import('../../../lib/storage/reminder-settings');

beforeAll(async () => {
  requests = await import('../../../lib/reminders/open-request');
  settings = await import('../../../lib/storage/reminder-settings');
});
beforeEach(() => fakeBrowser.reset());

test('the panel opens the record a notification asked for, once, and ignores an old request', async () => {
  const opened = vi.fn();
  await settings.openRecordItem.setValue({
    partnerId: 'p1',
    section: 'commitment',
    recordId: 'c1',
    at: Date.now(),
  });
  const stop = requests.watchRecordRequests(opened);
  await vi.waitFor(() =>
    expect(opened).toHaveBeenCalledWith({ partnerId: 'p1', section: 'commitment', recordId: 'c1' }),
  );
  await vi.waitFor(async () => expect(await settings.openRecordItem.getValue()).toBeNull());

  // A click while the panel is open arrives through the watch; a stale one is dropped.
  await settings.openRecordItem.setValue({
    partnerId: 'p2',
    section: 'agreement',
    recordId: 'v1',
    at: Date.now() - 10 * 60_000,
  });
  await settings.openRecordItem.setValue({
    partnerId: 'p3',
    section: 'agreement',
    recordId: 'v3',
    at: Date.now(),
  });
  await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(2));
  expect(opened).toHaveBeenLastCalledWith({
    partnerId: 'p3',
    section: 'agreement',
    recordId: 'v3',
  });
  stop();
});
