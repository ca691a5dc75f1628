// A SyncHub in a thread of its own: another device for tests. y-webrtc allows one provider per
// room in a module instance, so two hubs with the same rooms cannot share one thread; each thread
// also has its own (fake) IndexedDB. Driven by messages (HubThreadCommand), answered in order.
import 'fake-indexeddb/auto';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import type { SyncConfig, WorkspaceSyncStatus } from '../../lib/messages';
import {
  markYearLayout,
  noteHistoryYear,
  touchHistoryYear,
  yearDocId,
} from '../../lib/model/history-years';
import { addLogEntry, listLogEntries } from '../../lib/model/log-entry';
import { openLocalWorkspace, type LocalWorkspace } from '../../lib/sync/local-persistence';
import { SyncHub } from '../../lib/sync/sync-hub';
import { systemClock, type YearClock } from '../../lib/sync/year-rooms';

/** What a test may set (HubThread's options): SyncHub options, and `today` for the year policy. */
export interface HubThreadOptions {
  retryMs?: number;
  yearIdleMs?: number;
  yearCatchUpMs?: number;
  /** The date the year policy starts from (an ISO time); real time runs on from it. */
  today?: string;
}

export type HubThreadCommand =
  | { type: 'apply'; config: SyncConfig }
  | { type: 'splitYears'; workspaceId: string; years: number[] }
  | { type: 'addEntry'; workspaceId: string; year: number; title: string }
  /** An edit by this device's panel to a year the hub has closed: written to disk, then stamped. */
  | { type: 'panelEdit'; workspaceId: string; year: number; title: string }
  | { type: 'titles'; workspaceId: string; year: number }
  | { type: 'stored'; workspaceId: string; year: number }
  | { type: 'statuses' }
  | { type: 'dispose' };

/** Docs the hub has open now, by workspace id, and by `yearDocId` for its years. */
const open = new Map<string, LocalWorkspace>();
const keep = async (id: string, opening: Promise<LocalWorkspace>) => {
  const local = await opening;
  open.set(id, local);
  return {
    ...local,
    close: () => {
      open.delete(id);
      return local.close();
    },
  };
};
const { today, ...options } = workerData as HubThreadOptions;
const started = Date.now();
const yearClock: YearClock | undefined = today
  ? { ...systemClock, now: () => Date.parse(today) + (Date.now() - started) }
  : undefined;
const hub = new SyncHub({
  onStatus: () => {},
  yearClock,
  openWorkspace: (id) => keep(id, openLocalWorkspace(id, { journal: null })),
  openYear: (id, year) =>
    keep(yearDocId(id, year), openLocalWorkspace(yearDocId(id, year), { journal: null })),
  relayWebSocket: WebSocket,
  pollMs: 50,
  // These hubs meet over BroadcastChannel, which is not counted as a peer connecting.
  yearCatchUpAtStart: true,
  ...options,
});

function docOf(id: string) {
  const local = open.get(id);
  if (!local) throw new Error(`${id} is not open in this hub`);
  return local.doc;
}

const titles = (doc: LocalWorkspace['doc']) =>
  listLogEntries(doc)
    .items.map((entry) => entry.title)
    .sort();

async function run(command: HubThreadCommand): Promise<unknown> {
  switch (command.type) {
    case 'apply':
      return hub.apply(command.config);
    case 'splitYears': {
      const doc = docOf(command.workspaceId);
      doc.transact(() => {
        markYearLayout(doc);
        for (const year of command.years) noteHistoryYear(doc, year);
      });
      return;
    }
    case 'addEntry':
      addLogEntry(docOf(yearDocId(command.workspaceId, command.year)), {
        kind: 'note',
        date: `${command.year}-10-01`,
        title: command.title,
      });
      return;
    case 'panelEdit': {
      if (open.has(yearDocId(command.workspaceId, command.year)))
        throw new Error(`${command.year} is open in this hub`);
      const local = await openLocalWorkspace(yearDocId(command.workspaceId, command.year), {
        journal: null,
      });
      addLogEntry(local.doc, {
        kind: 'note',
        date: `${command.year}-10-01`,
        title: command.title,
      });
      await local.close();
      const main = docOf(command.workspaceId);
      main.transact(() => touchHistoryYear(main, command.year, (yearClock ?? Date).now()));
      return;
    }
    case 'titles': {
      const local = open.get(yearDocId(command.workspaceId, command.year));
      return local ? titles(local.doc) : null;
    }
    case 'stored': {
      // What this device's storage holds for the year, read without the hub.
      const local = await openLocalWorkspace(yearDocId(command.workspaceId, command.year), {
        journal: null,
      });
      const stored = titles(local.doc);
      await local.close();
      return stored;
    }
    case 'statuses':
      return hub.statuses() satisfies WorkspaceSyncStatus[];
    case 'dispose':
      return hub.dispose();
  }
}

let queue: Promise<unknown> = Promise.resolve();
parentPort!.on('message', ({ id, command }: { id: number; command: HubThreadCommand }) => {
  queue = queue.then(() =>
    run(command).then(
      (result) => parentPort!.postMessage({ id, result }),
      (error: unknown) => parentPort!.postMessage({ id, error: String(error) }),
    ),
  );
});
