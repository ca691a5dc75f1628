import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { ReminderSummary } from '../../../lib/messages';
import { saveAgreement } from '../../../lib/model/agreement';
import {
  addCommitment,
  changeCommitmentStatus,
  getCommitment,
  type Commitment,
} from '../../../lib/model/commitment';
import { addPartner, deletePartner } from '../../../lib/model/partner';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let summary: typeof import('../../../lib/reminders/summary');
let offscreen: typeof import('../../../lib/reminders/offscreen');
let text: typeof import('../../../lib/reminders/notification-text');
let background: typeof import('../../../lib/reminders/background');
let store: typeof import('../../../lib/reminders/summaries-store');
let reminderSettings: typeof import('../../../lib/storage/reminder-settings');
let workspaces: typeof import('../../../lib/storage/workspaces');

beforeAll(async () => {
  summary = await import('../../../lib/reminders/summary');
  offscreen = await import('../../../lib/reminders/offscreen');
  text = await import('../../../lib/reminders/notification-text');
  background = await import('../../../lib/reminders/background');
  store = await import('../../../lib/reminders/summaries-store');
  reminderSettings = await import('../../../lib/storage/reminder-settings');
  workspaces = await import('../../../lib/storage/workspaces');
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const NOW = new Date(2026, 10, 20, 12).getTime();

function commitment(id: string, due: string | undefined, status: Commitment['status']) {
  return { id, text: id, due, status, deletedAt: undefined } as Commitment;
}

describe('commitments and agreement reviews in the reminders', () => {
  test('overdue commitments and past review dates count on the badge; finished ones do not', () => {
    const s = summary.summarise('w', [], NOW, {
      commitments: [
        commitment('late', '2026-11-19', 'pledged'),
        commitment('working', '2026-11-01', 'in-progress'),
        commitment('kept', '2026-11-01', 'delivered'),
        commitment('broken', '2026-11-01', 'not-delivered'),
        commitment('today', '2026-11-20', 'pledged'),
        commitment('undated', undefined, 'pledged'),
      ],
      reviews: [
        { id: 'v1', text: 'Library', due: '2026-11-19' },
        { id: 'v2', text: 'Museum', due: '2026-11-20' },
      ],
    });
    expect(summary.overdueParts(s, NOW)).toEqual({ followup: 0, commitment: 2, review: 1 });
    expect(summary.overdueCount(s, NOW)).toBe(3);
    expect(summary.dueToday(s, NOW).map((item) => [item.kind, item.id])).toEqual([
      ['commitment', 'today'],
      ['review', 'v2'],
    ]);
  });

  test('a summary stored before commitments existed still reads, and combines with new ones', () => {
    const old = {
      workspaceId: 'a',
      updatedAt: NOW,
      followups: [{ id: 'f', text: 'Call', due: '2026-11-19' }],
    } as ReminderSummary;
    const fresh = summary.summarise('b', [], NOW, {
      commitments: [commitment('c', '2026-11-18', 'pledged')],
    });
    expect(summary.overdueCount(old, NOW)).toBe(1);
    const combined = summary.combineSummaries({ a: old, b: fresh });
    expect(summary.overdueParts(combined, NOW)).toEqual({
      followup: 1,
      commitment: 1,
      review: 0,
    });
  });

  test('the badge title says what it counts once commitments or reviews are overdue', () => {
    expect(text.badgeTitle(2, { commitments: 0, reviews: 0 })).toBe(
      'Bridgework: 2 follow-ups overdue',
    );
    expect(text.badgeTitle(3, { commitments: 1, reviews: 1 })).toBe(
      'Bridgework: 3 overdue (1 follow-up, 1 commitment, and 1 agreement review)',
    );
  });

  test('the offscreen summary follows a peer’s commitment and review date, and drops a deleted partner’s', async () => {
    const doc = new Y.Doc();
    const published: ReminderSummary[] = [];
    const stop = offscreen.watchFollowups('shared', doc, (s) => published.push(s), 5);
    const peer = new Y.Doc();
    const partnerId = addPartner(peer, { name: 'Library' });
    const id = addCommitment(peer, {
      partnerId,
      side: 'partner',
      text: 'Lend books',
      due: '2026-11-19',
    });
    saveAgreement(peer, partnerId, { purpose: 'Reading', reviewDate: '2026-11-01' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    await vi.waitFor(() => {
      expect(published.at(-1)?.commitments?.map((c) => c.text)).toEqual(['Lend books']);
      expect(published.at(-1)?.reviews?.map((r) => r.text)).toEqual(['Library']);
    });

    changeCommitmentStatus(peer, id, { to: 'delivered' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    await vi.waitFor(() => expect(published.at(-1)?.commitments).toEqual([]));
    expect(getCommitment(doc, id)?.status).toBe('delivered');

    deletePartner(peer, partnerId);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    await vi.waitFor(() => expect(published.at(-1)?.reviews).toEqual([]));
    stop();
  });
});

describe('the background with commitments and reviews', () => {
  test('the badge counts them and the daily notification names a commitment and a review due today', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const id = registry.workspaces[0]!.id;
    await store.storeSummary(
      summary.summarise(id, [], NOW, {
        commitments: [
          commitment('Lend books', '2026-11-20', 'pledged'),
          commitment('Send rota', '2026-11-18', 'in-progress'),
        ],
        reviews: [{ id: 'v1', text: 'Riverside Library', due: '2026-11-20' }],
      }),
      new Set([id]),
    );
    await reminderSettings.dailyRemindersItem.setValue(true);
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    await background.checkReminders(NOW);
    expect(setBadge).toHaveBeenLastCalledWith({ text: '1' });
    expect(setTitle).toHaveBeenLastCalledWith({
      title: 'Bridgework: 1 overdue (1 commitment)',
    });
    // The overload with an id comes first at run time; the spy's type knows only the other one.
    const calls = create.mock.calls.map((call) => call as unknown[]);
    expect(
      calls.map((call) => [call[0], (call[1] as { title: string; message: string }).title]),
    ).toEqual([
      ['bridgework-commitment:Lend books', 'Commitment due today'],
      ['bridgework-review:v1', 'Agreement review due today'],
    ]);
    expect((calls[1]![1] as { message: string }).message).toBe('Riverside Library');
  });

  test('a commitment’s notification names its partner, and a click asks the panel to open it there', async () => {
    const registry = await workspaces.loadWorkspaceRegistry();
    const id = registry.workspaces[0]!.id;
    const due = {
      ...commitment('c1', '2026-11-20', 'pledged'),
      partnerId: 'p1',
      text: 'Lend books',
    };
    await store.storeSummary(
      summary.summarise(id, [], NOW, {
        commitments: [due],
        reviews: [{ id: 'v1', text: 'Riverside Library', due: '2026-11-20', partnerId: 'p2' }],
      }),
      new Set([id]),
    );
    await reminderSettings.dailyRemindersItem.setValue(true);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    await background.checkReminders(NOW);
    const ids = create.mock.calls.map((call) => (call as unknown[])[0]);
    expect(ids).toEqual(['bridgework-commitment:p1/c1', 'bridgework-review:p2/v1']);

    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    background.registerReminders();
    await fakeBrowser.notifications.onClicked.trigger('bridgework-review:p2/v1');
    await vi.waitFor(async () =>
      expect(await reminderSettings.openRecordItem.getValue()).toMatchObject({
        partnerId: 'p2',
        section: 'agreement',
        recordId: 'v1',
      }),
    );
  });
});
