// The sync hub keeps only the school years that need it open (lib/sync/year-rooms.ts): this year
// always; an older year, last school year included, once at start (one at a time, closed after a
// quiet window), and while its edit stamp in the workspace doc keeps changing (closed once idle).
// The panel stamps its edits to years before this one (lib/state/year-history.ts). Two hubs in threads of their own
// (tests/helpers/hub-thread.ts) exchange an old year's edit made while one of them was closed.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { SyncConfig } from '../../../lib/messages';
import {
  historyTouched,
  markYearLayout,
  noteHistoryYear,
  touchHistoryYear,
  yearDocId,
} from '../../../lib/model/history-years';
import { addLogEntry, listLogEntries } from '../../../lib/model/log-entry';
import { HISTORY_ORIGIN, memoryYears, YearHistory } from '../../../lib/state/year-history';
import { readBeside } from '../../../lib/sync/beside-store';
import { newInvite } from '../../../lib/sync/invite';
import {
  databaseNameFor,
  openLocalWorkspace,
  type LocalWorkspace,
} from '../../../lib/sync/local-persistence';
import { startRelayServer } from '../../../lib/sync/relay-server';
import { SyncHub } from '../../../lib/sync/sync-hub';
import { YearRooms } from '../../../lib/sync/year-rooms';
import { FakeYearClock } from '../../helpers/fake-year-clock';
import { HubThread } from '../../helpers/hub-thread-client';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let counter = 0;
const freshId = (name: string) => `year-rooms-${name}-${Date.now()}-${counter++}`;
const wait = { timeout: 20_000, interval: 20 };
const TODAY = Date.parse('2026-11-27T12:00:00Z');
const MINUTE = 60_000;

function config(
  id: string,
  invite: { room: string; secret: string },
  relays: string[] = [],
): SyncConfig {
  const workspace = { id, ...invite, ...(relays.length ? { relays } : {}) };
  return { workspaces: [workspace], signaling: [], iceServers: [], paused: relays.length === 0 };
}

/** A stored split workspace naming `years`, with stamps (`touched`) and last exchanges kept. */
async function storeSplitWorkspace(
  id: string,
  years: number[],
  touched: Record<number, number> = {},
  exchanged: Record<number, number> = {},
) {
  const local = await openLocalWorkspace(id, { journal: null });
  local.doc.transact(() => {
    markYearLayout(local.doc);
    for (const year of years) noteHistoryYear(local.doc, year);
    for (const [year, at] of Object.entries(touched)) touchHistoryYear(local.doc, Number(year), at);
  });
  await local.close();
  for (const [year, at] of Object.entries(exchanged)) {
    const yearDoc = await openLocalWorkspace(yearDocId(id, Number(year)), { journal: null });
    await yearDoc.keepBeside('yearExchanged', at);
    await yearDoc.close();
  }
}

/** A hub in this thread on a fake clock, and what it opened and closed. */
async function startHub(id: string, relays: string[] = [], catchUpAtStart = true) {
  const clock = new FakeYearClock(TODAY);
  const openNow = new Map<number, LocalWorkspace>();
  const opened: number[] = [];
  const closed: number[] = [];
  let mostOldAtOnce = 0;
  let main: Y.Doc | null = null;
  const hub = new SyncHub({
    onStatus: () => {},
    openWorkspace: async (workspaceId) => {
      const local = await openLocalWorkspace(workspaceId, { journal: null });
      main = local.doc;
      return local;
    },
    openYear: async (workspaceId, year) => {
      const local = await openLocalWorkspace(yearDocId(workspaceId, year), { journal: null });
      openNow.set(year, local);
      opened.push(year);
      mostOldAtOnce = Math.max(mostOldAtOnce, [...openNow.keys()].filter((y) => y < 2026).length);
      return {
        ...local,
        close: async () => {
          openNow.delete(year);
          closed.push(year);
          await local.close();
        },
      };
    },
    yearClock: clock,
    pollMs: 20,
    relayWebSocket: WebSocket,
    yearCatchUpAtStart: catchUpAtStart,
  });
  cleanups.push(() => hub.dispose());
  const invite = newInvite();
  await hub.apply(config(id, invite, relays));
  return {
    clock,
    openNow,
    opened,
    closed,
    mostOldAtOnce: () => mostOldAtOnce,
    main: () => main!,
    /** Lets the hub finish what it started (its queue runs in order). */
    settle: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await hub.apply(config(id, invite, relays));
    },
    hub,
    years: () => [...openNow.keys()].sort(),
  };
}

describe('the sync hub keeps only the school years that need it open', () => {
  test('this year stays open; each older year (last school year too) not exchanged since its last edit opens once at start, one at a time, until its window ends', async () => {
    const id = freshId('start');
    // 2024 was exchanged at its current stamp: skipped. 2023 was edited since its exchange.
    await storeSplitWorkspace(
      id,
      [2022, 2023, 2024, 2025, 2026],
      { 2023: TODAY - 5 * MINUTE, 2024: TODAY - 9 * MINUTE },
      { 2023: TODAY - 20 * MINUTE, 2024: TODAY - 9 * MINUTE },
    );
    const hub = await startHub(id);

    await vi.waitFor(() => expect(hub.years()).toEqual([2025, 2026]), wait);
    await hub.settle();
    hub.clock.advance(MINUTE - 1_000);
    await hub.settle();
    expect(hub.years()).toEqual([2025, 2026]);

    hub.clock.advance(1_000);
    await vi.waitFor(() => expect(hub.years()).toEqual([2023, 2026]), wait);
    await hub.settle();
    hub.clock.advance(MINUTE);
    await vi.waitFor(() => expect(hub.years()).toEqual([2022, 2026]), wait);
    await hub.settle();
    hub.clock.advance(MINUTE);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);

    // Newest first, each once, never two old years at once; this year never closed.
    expect(hub.opened.filter((year) => year < 2026)).toEqual([2025, 2023, 2022]);
    expect(hub.mostOldAtOnce()).toBe(1);
    expect(hub.closed.sort()).toEqual([2022, 2023, 2025]);
    hub.clock.advance(60 * MINUTE);
    await hub.settle();
    expect(hub.years()).toEqual([2026]);
  }, 20_000);

  test('by default nothing is caught up while nobody is connected: only this year opens at start', async () => {
    const id = freshId('nobody');
    await storeSplitWorkspace(id, [2023, 2024, 2025, 2026], { 2023: TODAY - 5 * MINUTE });
    const hub = await startHub(id, [], false);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);
    for (let i = 0; i < 3; i++) {
      await hub.settle();
      hub.clock.advance(MINUTE);
    }
    await hub.settle();
    expect(hub.opened).toEqual([2026]);
  });

  test("an old year opens when its stamp changes, stays open while it is updated, and closes once idle; this year's stamp opens nothing", async () => {
    const id = freshId('stamp');
    await storeSplitWorkspace(id, [2024, 2026], { 2024: TODAY - MINUTE }, { 2024: TODAY - MINUTE });
    const hub = await startHub(id);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);
    await hub.settle();
    expect(hub.opened.sort()).toEqual([2026]);

    // A peer's (or this device's panel's) edit to 2024 arrives in the workspace doc.
    const main = hub.main();
    main.transact(() => touchHistoryYear(main, 2024, hub.clock.now()));
    await vi.waitFor(() => expect(hub.years()).toEqual([2024, 2026]), wait);
    await hub.settle();
    hub.clock.advance(9 * MINUTE);
    await hub.settle();
    expect(hub.years()).toEqual([2024, 2026]);

    // An update to the year (from a peer or the panel) keeps it open for another idle time.
    addLogEntry(hub.openNow.get(2024)!.doc, { kind: 'note', date: '2024-10-01', title: 'Late' });
    hub.clock.advance(9 * MINUTE);
    await hub.settle();
    expect(hub.years()).toEqual([2024, 2026]);
    hub.clock.advance(MINUTE + 1);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);
    // Closed once, and its edit is on disk.
    expect(hub.closed).toEqual([2024]);
    const stored = await openLocalWorkspace(yearDocId(id, 2024), { journal: null });
    expect(listLogEntries(stored.doc).items.map((entry) => entry.title)).toEqual(['Late']);
    await stored.close();

    // A stamp on this year (always open) opens nothing more.
    main.transact(() => touchHistoryYear(main, 2026, hub.clock.now()));
    await hub.settle();
    expect(hub.opened.sort()).toEqual([2024, 2026]);
  }, 20_000);

  test("last school year is not kept open: the panel's edit to it stamps it, the hub opens it, and closes it once idle", async () => {
    const id = freshId('last-year');
    // Exchanged at its stamp: the start's catch-up skips it.
    await storeSplitWorkspace(id, [2025, 2026], { 2025: TODAY - MINUTE }, { 2025: TODAY - MINUTE });
    const hub = await startHub(id);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);
    await hub.settle();
    expect(hub.opened).toEqual([2026]);

    // This device's panel, on the same workspace doc, writes to last school year.
    const history = new YearHistory(
      hub.main(),
      memoryYears,
      () => '2026-11-27',
      () => hub.clock.now(),
    );
    cleanups.push(() => history.dispose());
    addLogEntry(history.docFor('2025-11-27'), { kind: 'call', date: '2025-11-27', title: 'Last' });
    expect(historyTouched(hub.main(), 2025)).toBe(TODAY);
    await vi.waitFor(() => expect(hub.years()).toEqual([2025, 2026]), wait);
    await hub.settle();
    hub.clock.advance(9 * MINUTE);
    await hub.settle();
    expect(hub.years()).toEqual([2025, 2026]);

    // Idle (no update either way) for 10 minutes: closed, and this year stays open.
    hub.clock.advance(MINUTE + 1);
    await vi.waitFor(() => expect(hub.years()).toEqual([2026]), wait);
    expect(hub.closed).toEqual([2025]);
    hub.clock.advance(60 * MINUTE);
    await hub.settle();
    expect(hub.opened).toEqual([2026, 2025]);
  }, 20_000);
});

describe('the last exchange of an old year', () => {
  test('is kept beside its stored doc when it closes after a relay connected in its room, and the next start skips it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bridgework-year-rooms-'));
    const relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 50 });
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    cleanups.push(() => relay.close());
    const id = freshId('record');
    const stamp = TODAY - 5 * MINUTE;
    await storeSplitWorkspace(id, [2024, 2026], { 2024: stamp });
    const first = await startHub(id, [relay.url]);
    await vi.waitFor(() => expect(first.years()).toEqual([2024, 2026]), wait);
    // Its relay document connects; the window then ends.
    await vi.waitFor(async () => {
      await first.settle();
      const [status] = first.hub.statuses();
      expect(status?.relays).toEqual([{ url: relay.url, state: 'connected' }]);
    }, wait);
    await new Promise((resolve) => setTimeout(resolve, 500));
    first.clock.advance(MINUTE);
    await vi.waitFor(() => expect(first.years()).toEqual([2026]), wait);
    const database = databaseNameFor(yearDocId(id, 2024));
    expect(await readBeside(database, 'yearExchanged')).toBe(stamp);
    await first.hub.dispose();

    const second = await startHub(id);
    await second.settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await second.settle();
    expect(second.opened.sort()).toEqual([2026]);
  }, 20_000);
});

describe('the catch-up pass by default', () => {
  test('runs once a relay connects: an old year edited since its last exchange opens then', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bridgework-year-rooms-'));
    const relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 50 });
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    cleanups.push(() => relay.close());
    const id = freshId('on-connect');
    await storeSplitWorkspace(id, [2024, 2026], { 2024: TODAY - 5 * MINUTE });
    const hub = await startHub(id, [relay.url], false);
    await vi.waitFor(async () => {
      await hub.settle();
      expect(hub.years()).toEqual([2024, 2026]);
    }, wait);
    const [status] = hub.hub.statuses();
    expect(status?.relays).toEqual([{ url: relay.url, state: 'connected' }]);
  }, 20_000);
});

describe("the panel stamps this device's edits to old years", () => {
  test('a write to a year before this one, last school year too, raises its stamp once a minute at most; this year, loaded rows and peers do not', async () => {
    const main = new Y.Doc();
    main.transact(() => {
      markYearLayout(main);
      for (const year of [2022, 2025, 2026]) noteHistoryYear(main, year);
    }, HISTORY_ORIGIN);
    let now = TODAY;
    const history = new YearHistory(
      main,
      memoryYears,
      () => '2026-11-27',
      () => now,
    );
    cleanups.push(() => history.dispose());
    // The stamps of 2022 and 2025 after each of the history's transactions.
    const stamps: (number | null)[][] = [];
    main.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === HISTORY_ORIGIN)
        stamps.push([historyTouched(main, 2022), historyTouched(main, 2025)]);
    });

    addLogEntry(history.docFor('2022-10-01'), { kind: 'call', date: '2022-10-01', title: 'Old' });
    expect(stamps).toEqual([[TODAY, null]]);
    now += 30_000;
    addLogEntry(history.docFor('2022-10-02'), { kind: 'call', date: '2022-10-02', title: 'Again' });
    expect(stamps).toEqual([[TODAY, null]]);

    // This year is always open in the hub: no stamp. Last school year is not: stamped.
    addLogEntry(history.docFor('2026-11-27'), { kind: 'call', date: '2026-11-27', title: 'Now' });
    expect(historyTouched(main, 2026)).toBeNull();
    addLogEntry(history.docFor('2025-11-27'), { kind: 'call', date: '2025-11-27', title: 'Last' });
    expect(stamps).toEqual([
      [TODAY, null],
      [TODAY, TODAY + 30_000],
    ]);

    // A peer's update (any other origin) is not this device's edit.
    const peer = new Y.Doc();
    addLogEntry(peer, { kind: 'note', date: '2022-10-03', title: 'From a peer' });
    now += 60_000;
    Y.applyUpdate(await history.load(2022), Y.encodeStateAsUpdate(peer), 'peer');
    expect(stamps).toHaveLength(2);

    // A minute after the last stamp, the next edit stamps again.
    addLogEntry(history.docFor('2022-10-04'), { kind: 'call', date: '2022-10-04', title: 'Later' });
    expect(stamps).toEqual([
      [TODAY, null],
      [TODAY, TODAY + 30_000],
      [TODAY + 90_000, TODAY + 30_000],
    ]);
  });
});

describe('YearRooms, the policy', () => {
  function policy(years: number[], stamps: Record<number, number> = {}) {
    const doc = new Y.Doc();
    doc.transact(() => {
      markYearLayout(doc);
      for (const year of years) noteHistoryYear(doc, year);
      for (const [year, at] of Object.entries(stamps)) touchHistoryYear(doc, Number(year), at);
    });
    const clock = new FakeYearClock(TODAY);
    const asked: number[] = [];
    const records = new Map<number, number>();
    let connected = false;
    const rooms: YearRooms = new YearRooms(
      doc,
      {
        changed: () => {},
        readExchanged: (year) => Promise.resolve(records.get(year)),
        workspaceConnected: () => connected,
        ask: (year) => {
          asked.push(year);
          touchHistoryYear(doc, year, clock.now());
          rooms.touched([year]);
        },
      },
      { clock, catchUpMs: MINUTE, idleMs: 10 * MINUTE },
    );
    cleanups.push(() => rooms.dispose());
    /** What the hub does: open what is wanted, close the rest. */
    const open = new Set<number>();
    const reconcile = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const wanted = rooms.wanted();
      for (const year of [...open]) {
        if (wanted.has(year)) continue;
        open.delete(year);
        rooms.closed(year);
      }
      for (const year of wanted) {
        if (open.has(year)) continue;
        open.add(year);
        rooms.opened(year);
      }
      return [...open].sort();
    };
    return { doc, clock, rooms, asked, records, reconcile, connect: () => (connected = true) };
  }

  test('a catch-up that finds peers on the workspace but none in the year asks them by raising its stamp, and stays open until idle', async () => {
    const p = policy([2024, 2026]);
    p.connect();
    p.rooms.pass();
    expect(await p.reconcile()).toEqual([2024, 2026]);
    p.clock.advance(MINUTE);
    expect(p.asked).toEqual([2024]);
    expect(historyTouched(p.doc, 2024)).toBe(TODAY + MINUTE);
    // Open for its (new) stamp now, until idle.
    p.clock.advance(9 * MINUTE);
    expect(await p.reconcile()).toEqual([2024, 2026]);
    p.clock.advance(MINUTE);
    expect(await p.reconcile()).toEqual([2026]);
  });

  test('a year that exchanged is not asked for, and the next pass skips it until its stamp changes', async () => {
    const p = policy([2023, 2024, 2026], { 2024: TODAY - MINUTE });
    p.connect();
    p.rooms.pass();
    expect(await p.reconcile()).toEqual([2024, 2026]);
    p.rooms.exchanged(2024);
    p.clock.advance(MINUTE);
    expect(await p.reconcile()).toEqual([2026]);
    expect(p.rooms.exchangeRecord(2024)).toBe(TODAY - MINUTE);
    // The pass went on to 2023 only once 2024 had closed.
    expect(await p.reconcile()).toEqual([2023, 2026]);
    p.rooms.exchanged(2023);
    p.clock.advance(MINUTE);
    expect(await p.reconcile()).toEqual([2026]);
    expect(p.asked).toEqual([]);

    // A peer connects: nothing changed since, nothing opens.
    p.rooms.pass();
    expect(await p.reconcile()).toEqual([2026]);
    // 2024 is edited while this device is away (its stamp arrives when it loads, not live).
    p.doc.transact(() => touchHistoryYear(p.doc, 2024, TODAY + 5 * MINUTE), 'load');
    p.rooms.dispose();
    const again = new YearRooms(p.doc, {
      changed: () => {},
      readExchanged: (year) =>
        Promise.resolve(year === 2024 ? TODAY - MINUTE : p.rooms.exchangeRecord(year)),
      workspaceConnected: () => false,
      ask: () => {},
    });
    cleanups.push(() => again.dispose());
    again.pass();
    await vi.waitFor(() => expect([...again.wanted()].sort()).toEqual([2024, 2026]));
  });

  test('a workspace that names an old year later (a peer split it) catches it up; this year follows the date', async () => {
    // 2027 is named already (an entry dated next school year), not open until it is this year.
    const p = policy([2026, 2027]);
    p.rooms.pass();
    expect(await p.reconcile()).toEqual([2026]);
    p.doc.transact(() => noteHistoryYear(p.doc, 2020));
    p.rooms.yearsChanged();
    expect(await p.reconcile()).toEqual([2020, 2026]);
    p.clock.advance(MINUTE);
    expect(await p.reconcile()).toEqual([2026]);

    // A year on, 2026 is no longer kept open, and 2027 is.
    p.clock.advance(365 * 24 * 60 * MINUTE);
    p.rooms.tick();
    expect(await p.reconcile()).toEqual([2027]);
  });
});

describe('two devices exchange an old year without keeping every year open', () => {
  test("an edit to an old year made while the other device's hub was closed reaches it when it starts again, and both close the year again", async () => {
    const invite = newInvite();
    const options = { today: '2026-11-27T12:00:00Z', yearCatchUpMs: 1_000, yearIdleMs: 6_000 };
    const a = new HubThread(options);
    cleanups.push(() => a.close());
    const b = new HubThread(options);
    cleanups.push(() => b.close());
    const idA = freshId('a');
    const idB = freshId('b');
    const cfg = (id: string): SyncConfig => ({ ...config(id, invite), paused: false });
    const titles = (hub: HubThread, workspaceId: string, year: number) =>
      hub.send<string[] | null>({ type: 'titles', workspaceId, year });
    await a.send({ type: 'apply', config: cfg(idA) });
    await b.send({ type: 'apply', config: cfg(idB) });
    await vi.waitFor(
      () => a.send({ type: 'splitYears', workspaceId: idA, years: [2021, 2022, 2025, 2026] }),
      wait,
    );
    // B learns the years from the workspace doc and opens this year.
    await vi.waitFor(async () => expect(await titles(b, idB, 2026)).toEqual([]), wait);

    // B's device goes away. A's panel then edits 2022 once A's hub has closed it.
    await b.send({ type: 'apply', config: { ...cfg(idB), workspaces: [] } });
    // A's catch-up pass opens the old years one at a time (a yearCatchUpMs window each), and a
    // year between two of them can read as closed while its open is under way: the edit waits
    // until all three have read closed for two windows running.
    let closedSince: number | null = null;
    await vi.waitFor(
      async () => {
        const open = await Promise.all([2021, 2022, 2025].map((year) => titles(a, idA, year)));
        if (open.some((entries) => entries !== null)) closedSince = null;
        else closedSince ??= Date.now();
        expect(closedSince !== null && Date.now() - closedSince >= 2_000).toBe(true);
      },
      { ...wait, timeout: 20_000 },
    );
    await a.send({ type: 'panelEdit', workspaceId: idA, year: 2022, title: 'Written away' });
    // A's hub opens the year for its own stamp.
    await vi.waitFor(
      async () => expect(await titles(a, idA, 2022)).toEqual(['Written away']),
      wait,
    );

    // B starts again: the stamp reaches it in the workspace doc, it opens 2022 and they exchange.
    await b.send({ type: 'apply', config: cfg(idB) });
    await vi.waitFor(
      async () =>
        expect(await b.send({ type: 'stored', workspaceId: idB, year: 2022 })).toEqual([
          'Written away',
        ]),
      { ...wait, timeout: 20_000 },
    );
    // Then both close the old years again (last school year too), and keep this year.
    await vi.waitFor(
      async () => {
        for (const [hub, id] of [
          [a, idA],
          [b, idB],
        ] as const) {
          expect(await titles(hub, id, 2022)).toBeNull();
          expect(await titles(hub, id, 2021)).toBeNull();
          expect(await titles(hub, id, 2025)).toBeNull();
          expect(await titles(hub, id, 2026)).toEqual([]);
        }
      },
      { ...wait, timeout: 20_000 },
    );
  }, 60_000);
});
