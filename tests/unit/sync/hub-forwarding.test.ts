// The sync hub forwards what peers still on the old layout write into a workspace doc to its year
// docs (lib/sync/hub-forwarding.ts), also while no panel is open: the edit reaches the hub's own
// copy of the year, which it opens for it and closes again once idle. A panel opened later loads
// the workspace doc from disk without events, so without the hub's forwarder the edit would stay
// in the workspace doc and the year's copy (what readers read) would keep the old value.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { SyncConfig } from '../../../lib/messages';
import { collection } from '../../../lib/model/doc';
import {
  dropMovedEntries,
  isMovedRaw,
  movedYearOf,
  moveEntries,
} from '../../../lib/model/history-split';
import { historyYears, isYearLayout, yearDocId } from '../../../lib/model/history-years';
import { addLogEntry, getLogEntry, updateLogEntry } from '../../../lib/model/log-entry';
import {
  migrateHistory,
  startForwarding,
  type ForwardHistory,
} from '../../../lib/state/history-migration';
import { YearHistory, type YearDocOpener } from '../../../lib/state/year-history';
import type { HubHistory } from '../../../lib/sync/hub-forwarding';
import { newInvite } from '../../../lib/sync/invite';
import { openLocalWorkspace, type LocalWorkspace } from '../../../lib/sync/local-persistence';
import { SyncHub } from '../../../lib/sync/sync-hub';
import { FakeYearClock } from '../../helpers/fake-year-clock';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let counter = 0;
const freshId = (name: string) => `hub-forwarding-${name}-${Date.now()}-${counter++}`;
const wait = { timeout: 10_000, interval: 20 };
const TODAY = Date.parse('2026-11-27T12:00:00Z');
const IDLE_MS = 600_000;
/** Something other than the hub's own origins, as a peer's update applied by sync. */
const PEER = { peer: 'old-layout' };

// The hub's history is what the forwarder takes (lib/sync may not import lib/state's type).
const asForwardHistory = (history: HubHistory): ForwardHistory => history;

const yearOpener =
  (id: string): YearDocOpener =>
  async (year, doc) => {
    const local = await openLocalWorkspace(yearDocId(id, year), { journal: null, doc });
    return { close: () => local.close() };
  };

/**
 * A stored workspace whose log was migrated into year docs by a panel: one entry of school year
 * 2024 (moved, its original marked). 2024's last exchange is kept
 * at its stamp (none), so the hub's catch-up pass leaves it closed.
 */
async function storeMigratedWorkspace(id: string, markedAt = Date.now()): Promise<string> {
  const local = await openLocalWorkspace(id, { journal: null });
  const { id: entryId } = addLogEntry(local.doc, {
    kind: 'call',
    date: '2024-10-01',
    title: 'Planning call',
    notes: 'First notes',
  });
  const history = new YearHistory(local.doc, yearOpener(id), () => '2026-11-27');
  const outcome = await migrateHistory(history, { now: () => markedAt });
  expect(outcome).toMatchObject({ status: 'migrated', moved: 1, years: [2024] });
  await history.dispose();
  await local.close();
  const year = await openLocalWorkspace(yearDocId(id, 2024), { journal: null });
  await year.keepBeside('yearExchanged', 0);
  await year.close();
  return entryId;
}

/** A stored workspace never split: one entry in the workspace doc. */
async function storeUnsplitWorkspace(id: string): Promise<string> {
  const local = await openLocalWorkspace(id, { journal: null });
  const { id: entryId } = addLogEntry(local.doc, {
    kind: 'call',
    date: '2024-10-01',
    title: 'Planning call',
  });
  await local.close();
  return entryId;
}

/**
 * A hub in this thread on a fake clock, forwarding, and the years its forwarder loaded. A year's
 * doc opens only once `yearGate` resolves, when given.
 */
async function startHub(id: string, yearGate?: Promise<void>) {
  const clock = new FakeYearClock(TODAY);
  const openNow = new Map<number, LocalWorkspace>();
  const opened: number[] = [];
  const loads: number[] = [];
  let forwarders = 0;
  let main: Y.Doc | null = null;
  const hub = new SyncHub({
    yearCatchUpAtStart: true,
    onStatus: () => {},
    openWorkspace: async (workspaceId) => {
      const local = await openLocalWorkspace(workspaceId, { journal: null });
      main = local.doc;
      return local;
    },
    openYear: async (workspaceId, year) => {
      await yearGate;
      const local = await openLocalWorkspace(yearDocId(workspaceId, year), { journal: null });
      openNow.set(year, local);
      opened.push(year);
      return {
        ...local,
        close: async () => {
          openNow.delete(year);
          await local.close();
        },
      };
    },
    forwardHistory: (history, options) => {
      forwarders++;
      const counted = asForwardHistory(history);
      return startForwarding(
        {
          main: counted.main,
          get split() {
            return counted.split;
          },
          yearOf: (day) => counted.yearOf(day),
          load: (year) => {
            loads.push(year);
            return counted.load(year);
          },
          all: () => counted.all(),
          onAdded: (listener) => counted.onAdded(listener),
        },
        options,
      );
    },
    yearClock: clock,
    yearIdleMs: IDLE_MS,
    pollMs: 20,
  });
  let disposed: Promise<void> | null = null;
  const dispose = () => (disposed ??= hub.dispose());
  cleanups.push(dispose);
  const invite = newInvite();
  // Paused, no signaling: the updates of the old-layout peer are applied below, as sync would.
  const config: SyncConfig = {
    workspaces: [{ id, ...invite }],
    signaling: [],
    iceServers: [],
    paused: true,
  };
  await hub.apply(config);
  await vi.waitFor(() => expect(main).not.toBeNull(), wait);
  return {
    clock,
    openNow,
    opened,
    loads,
    forwarders: () => forwarders,
    dispose,
    main: () => main!,
    /** Lets the hub finish what it started (its queue runs in order). */
    settle: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await hub.apply(config);
    },
  };
}

/** A peer on the old layout holding what `main` holds, whose edits go to the workspace doc. */
function oldLayoutPeer(main: Y.Doc) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(main));
  return {
    doc,
    /** Its edits since it copied `main`, applied to `main` as a sync update from it. */
    send: () => Y.applyUpdate(main, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(main)), PEER),
  };
}

/** What this device's storage holds for the year, read without the hub. */
async function storedYear(id: string, year: number) {
  const local = await openLocalWorkspace(yearDocId(id, year), { journal: null });
  return { read: (entryId: string) => getLogEntry(local.doc, entryId), close: local.close };
}

describe('the sync hub forwards old-layout edits to the year docs', () => {
  test("an edit to a moved entry and a new entry reach the closed year's stored doc through the hub, which opens that year and closes it once idle", async () => {
    const id = freshId('split');
    const entryId = await storeMigratedWorkspace(id);
    const hub = await startHub(id);
    await hub.settle();
    expect(hub.openNow.has(2024)).toBe(false);
    expect(isMovedRaw(collection(hub.main(), 'log').get(entryId))).toBe(true);

    const peer = oldLayoutPeer(hub.main());
    updateLogEntry(peer.doc, entryId, { title: 'Planning call (moved to Friday)' });
    const { id: newId } = addLogEntry(peer.doc, {
      kind: 'note',
      date: '2024-11-12',
      title: 'Written on the old layout',
    });
    peer.send();

    await vi.waitFor(() => {
      const year = hub.openNow.get(2024);
      expect(year && getLogEntry(year.doc, entryId)?.title).toBe('Planning call (moved to Friday)');
      expect(year && getLogEntry(year.doc, newId)?.title).toBe('Written on the old layout');
    }, wait);
    // Not edited by the old-layout peer: the copy keeps what the migration copied.
    expect(getLogEntry(hub.openNow.get(2024)!.doc, entryId)?.notes).toBe('First notes');
    expect(hub.loads).toContain(2024);
    // The new entry's original is marked as moved, like the panel's forwarder does.
    expect(movedYearOf(collection(hub.main(), 'log').get(newId))).toBe(2024);

    // Open until idle, then closed; the stored year holds both.
    hub.clock.advance(IDLE_MS - 1_000);
    await hub.settle();
    expect(hub.openNow.has(2024)).toBe(true);
    hub.clock.advance(2_000);
    await vi.waitFor(() => expect(hub.openNow.has(2024)).toBe(false), wait);
    const stored = await storedYear(id, 2024);
    expect(stored.read(entryId)?.title).toBe('Planning call (moved to Friday)');
    expect(stored.read(newId)?.title).toBe('Written on the old layout');
    await stored.close();
  });

  test('an edit arriving while the year is already open is forwarded to it without reopening it', async () => {
    const id = freshId('open');
    const entryId = await storeMigratedWorkspace(id);
    const hub = await startHub(id);
    const peer = oldLayoutPeer(hub.main());
    updateLogEntry(peer.doc, entryId, { title: 'First change' });
    peer.send();
    await vi.waitFor(
      () =>
        expect(getLogEntry(hub.openNow.get(2024)?.doc ?? new Y.Doc(), entryId)?.title).toBe(
          'First change',
        ),
      wait,
    );
    updateLogEntry(peer.doc, entryId, { title: 'Second change' });
    peer.send();
    await vi.waitFor(
      () => expect(getLogEntry(hub.openNow.get(2024)!.doc, entryId)?.title).toBe('Second change'),
      wait,
    );
    expect(hub.opened.filter((year) => year === 2024)).toHaveLength(1);
  });

  test('a workspace not split and with no moved entries opens no year and forwards nothing', async () => {
    const id = freshId('unsplit');
    const entryId = await storeUnsplitWorkspace(id);
    const hub = await startHub(id);
    const peer = oldLayoutPeer(hub.main());
    updateLogEntry(peer.doc, entryId, { title: 'Edited on the old layout' });
    addLogEntry(peer.doc, { kind: 'note', date: '2024-11-12', title: 'New on the old layout' });
    peer.send();
    await hub.settle();
    await hub.settle();

    expect(getLogEntry(hub.main(), entryId)?.title).toBe('Edited on the old layout');
    // Its forwarder runs (a peer may split the workspace later), and has nothing to do.
    expect(hub.forwarders()).toBe(1);
    expect(hub.loads).toEqual([]);
    expect(hub.opened).toEqual([]);
    const main = hub.main();
    expect(isYearLayout(main)).toBe(false);
    expect(historyYears(main)).toEqual([]);
    collection(main, 'log').forEach((raw) => expect(isMovedRaw(raw)).toBe(false));
  });
});

describe('the hub forwards in the middle cases too', () => {
  test('a workspace whose migration stopped half-way (an entry moved, the layout not marked yet) has its moved entry forwarded', async () => {
    const id = freshId('half');
    const local = await openLocalWorkspace(id, { journal: null });
    const { id: entryId } = addLogEntry(local.doc, {
      kind: 'call',
      date: '2024-10-01',
      title: 'Planning call',
    });
    const year = await openLocalWorkspace(yearDocId(id, 2024), { journal: null });
    expect(moveEntries(local.doc, year.doc, 2024, [entryId], TODAY)).toBe(1);
    await year.keepBeside('yearExchanged', 0);
    await year.close();
    await local.close();

    const hub = await startHub(id);
    expect(isYearLayout(hub.main())).toBe(false);
    const peer = oldLayoutPeer(hub.main());
    updateLogEntry(peer.doc, entryId, { title: 'Edited mid-migration' });
    peer.send();
    await vi.waitFor(() => {
      const open = hub.openNow.get(2024);
      expect(open && getLogEntry(open.doc, entryId)?.title).toBe('Edited mid-migration');
    }, wait);
    hub.clock.advance(IDLE_MS + 1_000);
    await vi.waitFor(() => expect(hub.openNow.has(2024)).toBe(false), wait);
    const stored = await storedYear(id, 2024);
    expect(stored.read(entryId)?.title).toBe('Edited mid-migration');
    await stored.close();
  });

  test("a peer's drop of moved originals past the grace opens no year here (it leaves their copies alone)", async () => {
    const id = freshId('drop');
    const entryId = await storeMigratedWorkspace(id, Date.now() - 20 * 86_400_000);
    const hub = await startHub(id);
    const peer = oldLayoutPeer(hub.main());
    expect(dropMovedEntries(peer.doc, Date.now(), 14 * 86_400_000)).toBe(1);
    peer.send();
    await hub.settle();
    await hub.settle();
    expect(collection(hub.main(), 'log').has(entryId)).toBe(false);
    expect(hub.loads).toEqual([]);
    expect(hub.opened).not.toContain(2024);
    const stored = await storedYear(id, 2024);
    // Still live (a drop is no Undo of adding it).
    expect(stored.read(entryId)?.title).toBe('Planning call');
    await stored.close();
  });

  test('a workspace closing while its forwarder waits for a year to open closes, and the year with it', async () => {
    const id = freshId('closing');
    const entryId = await storeMigratedWorkspace(id);
    let openYears = () => {};
    const gate = new Promise<void>((resolve) => (openYears = resolve));
    const problems = vi.spyOn(console, 'error').mockImplementation(() => {});
    cleanups.push(() => problems.mockRestore());
    const hub = await startHub(id, gate);
    const peer = oldLayoutPeer(hub.main());
    updateLogEntry(peer.doc, entryId, { title: 'Edited as the hub closes' });
    peer.send();
    await vi.waitFor(() => expect(hub.loads).toContain(2024), wait);

    await hub.dispose();
    openYears();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hub.openNow.size).toBe(0);
    expect(problems).toHaveBeenCalledWith(
      expect.stringContaining('not forwarded'),
      expect.any(Error),
    );
  });
});
