// The panel's links for a split workspace's school years (SyncView.linkYear / linkHistory): each
// year doc the panel loads is linked over BroadcastChannel to the hub's copy in the year's room,
// as the workspace doc is. The hub runs in a thread of its own (tests/helpers/hub-thread.ts), as
// the offscreen document is a page of its own: y-webrtc allows one provider per room per page.
import { afterEach, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { yearRoom } from '../../../lib/model/history-years';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { newInvite } from '../../../lib/sync/invite';
import { linkToSyncDocument } from '../../../lib/sync/panel-link';
import { SyncView } from '../../../lib/state/sync-view';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import type { WorkspaceEntry } from '../../../lib/storage/workspaces';
import { HubThread } from '../../helpers/hub-thread-client';

vi.mock('../../../lib/sync/panel-sync', () => ({
  ensureSyncRunning: async () => true,
  requestSyncStatus: async () => null,
  onSyncStatus: () => () => {},
}));
vi.mock('../../../lib/storage/sync-settings', () => ({
  syncActivityItem: { getValue: async () => ({}) },
}));

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const settings = { displayName: 'Ana', colour: '#1d6fb8', language: 'en' as const };
const wait = { timeout: 10_000, interval: 50 };
const titles = (doc: Y.Doc) =>
  listLogEntries(doc)
    .items.map((entry) => entry.title)
    .sort();

test('the panel links each year doc it loads to the hub, both ways, and unlinks them on dispose', async () => {
  const invite = newInvite();
  const id = `panel-years-${Date.now()}`;
  // 2025 is this school year, always open in the hub; 2024 is open in the catch-up pass the split
  // begins, here until ten minutes pass without an update (far longer than this test).
  const hub = new HubThread({ today: '2025-11-20T12:00:00Z', yearCatchUpMs: 600_000 });
  cleanups.push(() => hub.close());
  await hub.send({
    type: 'apply',
    config: {
      workspaces: [{ id, ...invite }],
      signaling: [],
      iceServers: [],
      paused: false,
    },
  });
  await vi.waitFor(
    () => hub.send({ type: 'splitYears', workspaceId: id, years: [2024, 2025] }),
    wait,
  );
  await vi.waitFor(
    async () => expect(await hub.send({ type: 'titles', workspaceId: id, year: 2024 })).toEqual([]),
    wait,
  );
  await hub.send({ type: 'addEntry', workspaceId: id, year: 2024, title: 'Kept by the hub' });

  // The panel: its workspace doc, a history that keeps years in memory, and the sync view.
  const entry: WorkspaceEntry = { id, name: 'District', kind: 'shared', createdAt: 1, ...invite };
  const doc = new Y.Doc();
  const history = new YearHistory(doc, memoryYears, () => '2025-11-20');
  cleanups.push(() => history.dispose());
  const sync = new SyncView(entry, doc, settings);
  cleanups.push(() => sync.dispose());
  // One year already loaded before the wiring, the other loaded afterwards.
  const year2025 = await history.load(2025);
  sync.linkHistory(history);
  await vi.waitFor(() => expect(history.knownYears()).toEqual([2025, 2024]), wait);

  const year2024 = await history.load(2024);
  await vi.waitFor(() => expect(titles(year2024)).toEqual(['Kept by the hub']), wait);
  addLogEntry(year2025, { kind: 'visit', date: '2025-11-20', title: 'Written in the panel' });
  await vi.waitFor(
    async () =>
      expect(await hub.send({ type: 'titles', workspaceId: id, year: 2025 })).toEqual([
        'Written in the panel',
      ]),
    wait,
  );

  // Disposed: the rooms are free again (another link may take them) and no edit goes out.
  sync.dispose();
  const again = new Y.Doc();
  const link = await vi.waitFor(
    () => linkToSyncDocument(again, { room: yearRoom(invite.room, 2024), secret: invite.secret }),
    wait,
  );
  cleanups.push(() => link.destroy());
  await vi.waitFor(() => expect(titles(again)).toEqual(['Kept by the hub']), wait);
  addLogEntry(year2025, { kind: 'note', date: '2025-11-21', title: 'After leaving' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await hub.send({ type: 'titles', workspaceId: id, year: 2025 })).toEqual([
    'Written in the panel',
  ]);
}, 30_000);

test('a personal workspace links no year', async () => {
  const invite = newInvite();
  const entry: WorkspaceEntry = { id: 'personal', name: 'Mine', kind: 'personal', createdAt: 1 };
  const sync = new SyncView(entry, new Y.Doc(), settings);
  cleanups.push(() => sync.dispose());
  sync.linkYear(new Y.Doc(), 2025);
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Nothing holds the room: a link of its own can take it.
  const link = linkToSyncDocument(new Y.Doc(), {
    room: yearRoom(invite.room, 2025),
    secret: invite.secret,
  });
  await link.destroy();
  expect(sync.shared).toBe(false);
});
