import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addFollowup, deleteFollowup } from '../../../lib/model/followup';
import type { ReminderSummary } from '../../../lib/messages';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let summary: typeof import('../../../lib/reminders/summary');
let offscreen: typeof import('../../../lib/reminders/offscreen');
let store: typeof import('../../../lib/reminders/summaries-store');
let background: typeof import('../../../lib/reminders/background');
let settings: typeof import('../../../lib/storage/reminder-settings');
let workspaces: typeof import('../../../lib/storage/workspaces');

beforeAll(async () => {
  summary = await import('../../../lib/reminders/summary');
  offscreen = await import('../../../lib/reminders/offscreen');
  store = await import('../../../lib/reminders/summaries-store');
  background = await import('../../../lib/reminders/background');
  settings = await import('../../../lib/storage/reminder-settings');
  workspaces = await import('../../../lib/storage/workspaces');
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const NOW = new Date(2026, 10, 20, 12).getTime();
const YESTERDAY = '2026-11-19';
const TODAY = '2026-11-20';

const overdue = (workspaceId: string, ...ids: string[]): ReminderSummary => ({
  workspaceId,
  updatedAt: NOW,
  followups: ids.map((id) => ({ id, text: id, due: YESTERDAY })),
});

describe('badge and reminders across every workspace', () => {
  test('summaries of several workspaces are summed; a workspace no longer here drops out', () => {
    const all = { a: overdue('a', 'a1', 'a2'), b: overdue('b', 'b1'), gone: overdue('gone', 'g1') };
    const combined = summary.combineSummaries(all, new Set(['a', 'b']));
    expect(summary.overdueCount(combined, NOW)).toBe(3);
    expect(summary.combineSummaries({}, new Set())).toBeNull();
  });

  test('a follow-up a peer adds while the panel is closed reaches the summary; a deleted one leaves it', async () => {
    const doc = new Y.Doc();
    const published: ReminderSummary[] = [];
    const stop = offscreen.watchFollowups('shared', doc, (s) => published.push(s), 5);
    expect(published.at(-1)?.followups).toEqual([]);

    // A peer's edit arrives as an update from another doc.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const id = addFollowup(peer, { text: 'Call the library', due: YESTERDAY });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    await vi.waitFor(() =>
      expect(published.at(-1)?.followups.map((f) => f.text)).toEqual(['Call the library']),
    );

    deleteFollowup(peer, id, 'Peer');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    await vi.waitFor(() => expect(published.at(-1)?.followups).toEqual([]));
    stop();
  });

  test('summaries stored together are all kept (one writer, queued)', async () => {
    const ids = new Set(['a', 'b', 'c']);
    await Promise.all([
      store.storeSummary(overdue('a', 'a1'), ids),
      store.storeSummary(overdue('b', 'b1'), ids),
      store.storeSummary(overdue('c', 'c1'), ids),
    ]);
    expect(Object.keys(await settings.reminderSummariesItem.getValue()).sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  test('the badge shows the overdue follow-ups of every workspace on this device', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const personal = registry.workspaces[0]!.id;
    const shared = await workspaces.createSharedWorkspace('Shared', {
      room: 'r'.repeat(32),
      secret: 's'.repeat(32),
    });
    const ids = new Set([personal, shared.id]);
    await store.storeSummary(overdue(personal, 'p1'), ids);
    await store.storeSummary(overdue(shared.id, 's1', 's2'), ids);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    await background.checkReminders(NOW);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '3' });
  });

  test('the daily notification lists what is due today in every workspace', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const personal = registry.workspaces[0]!.id;
    const shared = await workspaces.createSharedWorkspace('Shared', {
      room: 'r'.repeat(32),
      secret: 's'.repeat(32),
    });
    const due = (workspaceId: string, id: string): ReminderSummary => ({
      workspaceId,
      updatedAt: NOW,
      followups: [{ id, text: `Due ${id}`, due: TODAY }],
    });
    const ids = new Set([personal, shared.id]);
    await store.storeSummary(due(personal, 'p'), ids);
    await store.storeSummary(due(shared.id, 's'), ids);
    await settings.dailyRemindersItem.setValue(true);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    await background.checkReminders(NOW);
    expect(
      create.mock.calls
        .map((call) => ((call as unknown[])[1] as { message: string }).message)
        .sort(),
    ).toEqual(['Due p', 'Due s']);
  });
});
