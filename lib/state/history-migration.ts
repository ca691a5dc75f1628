import * as Y from 'yjs';
import { collection } from '../model/doc';
import {
  DROP_GRACE_MS,
  dropEntries,
  droppableEntryIds,
  FORWARD_ORIGIN,
  forwardChange,
  historyIsEmpty,
  isMovedRaw,
  isUndoneAdd,
  movedYearOf,
  movedChanges,
  moveEntries,
  MOVED_COLLECTIONS,
  repairReplacedCopies,
  unmovedEntryIds,
  yearOfChange,
  entryDay,
  type MovedChange,
  type MovedCollection,
} from '../model/history-split';
import { isYearLayout, markYearLayout, observeHistoryYears } from '../model/history-years';
import { MIGRATION_ORIGIN } from '../model/migrations';
import { inSlices, nextTask } from '../model/next-task';
import type { YearHistory } from './year-history';

/**
 * Runs the history split (lib/model/history-split.ts, which explains why it is safe) over an
 * open workspace's YearHistory: the one-time migration, in slices, and the forwarder that keeps
 * moving what old-layout peers still write into the workspace doc. Both go over every moved
 * collection (`MOVED_COLLECTIONS`: log entries, check-ins, feedback, contributions), each the same way.
 */

export type MigrationOutcome =
  /** `moved`: records of every moved collection (log entries, check-ins, feedback, contributions) marked by this run. */
  | { status: 'migrated'; moved: number; years: number[] }
  | { status: 'skipped'; reason: 'split' | 'empty' };

/** The migration did not run; nothing was moved. */
export class HistoryMigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HistoryMigrationError';
  }
}

export interface MigrateOptions {
  /** Taken before anything is moved (a snapshot); when it fails, nothing is moved. */
  beforeMigrate?: () => Promise<unknown>;
  /** Records moved per task (one transaction on the year doc, one on the workspace doc). */
  sliceSize?: number;
  now?: () => number;
}

/** Measured at 100,000 entries in Node: 2,000 a slice take up to ~220 ms, 250 up to ~35 ms. */
export const DEFAULT_SLICE_SIZE = 250;

const running = new WeakMap<YearHistory, Promise<MigrationOutcome>>();

/**
 * Moves a not-yet-split workspace's history (log entries, check-ins, feedback, contributions) into its year docs, then marks the
 * layout (one with neither is skipped as empty). Idempotent: a
 * second run (or a run after one that stopped half-way) moves only what has no mark; two peers
 * running it at once write copies of the same values under the same ids, which merge. A call
 * while one runs for the same history returns that run.
 */
export function migrateHistory(
  history: YearHistory,
  options: MigrateOptions = {},
): Promise<MigrationOutcome> {
  const current = running.get(history);
  if (current) return current;
  const run = migrate(history, options).finally(() => running.delete(history));
  running.set(history, run);
  return run;
}

/** Groups entries by school year, in `inSlices` tasks (100,000 entries: ~300 ms of work). */
async function byYear(
  history: YearHistory,
  ids: readonly string[],
  name: MovedCollection,
): Promise<Map<number, string[]>> {
  const records = collection(history.main, name);
  const groups = new Map<number, string[]>();
  await inSlices(ids, (id) => {
    const raw = records.get(id);
    if (!(raw instanceof Y.Map)) return;
    const year = history.yearOf(entryDay(raw));
    let group = groups.get(year);
    if (!group) groups.set(year, (group = []));
    group.push(id);
  });
  return groups;
}

async function migrate(history: YearHistory, options: MigrateOptions): Promise<MigrationOutcome> {
  const { main } = history;
  const sliceSize = Math.max(1, options.sliceSize ?? DEFAULT_SLICE_SIZE);
  const now = options.now ?? Date.now;
  if (isYearLayout(main)) return { status: 'skipped', reason: 'split' };
  if (historyIsEmpty(main)) return { status: 'skipped', reason: 'empty' };
  if (options.beforeMigrate) {
    try {
      await options.beforeMigrate();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new HistoryMigrationError(
        `The snapshot taken before moving the contact log, check-ins, feedback and contributions into yearly docs failed, so nothing was moved: ${why}`,
        { cause: error },
      );
    }
  }
  // Edits this user or a peer makes meanwhile to entries already moved reach their copies.
  const forwarding = forward(history, { move: false, now });
  let moved = 0;
  const years = new Set<number>();
  try {
    for (;;) {
      // Records added while a slice waited are found by the next pass; the last pass finds none
      // in any collection and marks the layout in the same task, so none is left behind unmoved.
      const unmoved = MOVED_COLLECTIONS.map((name) => [name, unmovedEntryIds(main, name)] as const);
      if (unmoved.every(([, ids]) => ids.length === 0)) {
        main.transact(() => markYearLayout(main), MIGRATION_ORIGIN);
        break;
      }
      for (const [name, unmovedIds] of unmoved) {
        for (const [year, ids] of await byYear(history, unmovedIds, name)) {
          const yearDoc = await history.load(year);
          for (let start = 0; start < ids.length; start += sliceSize) {
            const slice = ids.slice(start, start + sliceSize);
            moved += moveEntries(main, yearDoc, year, slice, now(), MIGRATION_ORIGIN, name);
            years.add(year);
            await nextTask();
          }
        }
      }
    }
  } finally {
    await forwarding.stop();
  }
  return { status: 'migrated', moved, years: [...years].sort((a, b) => b - a) };
}

export interface Forwarding {
  /** Stops observing; resolves once the edits already seen have been forwarded. */
  stop: () => Promise<void>;
  /** Resolves once the edits seen so far have been forwarded. */
  settled: () => Promise<void>;
}

/**
 * What the forwarder reads of a workspace's history: a YearHistory in the panel, the sync hub's
 * docs in the offscreen document (lib/sync/hub-forwarding.ts). `load` gives the year doc to
 * write to once its stored rows are in it; `onAdded` each year doc as it opens.
 */
export type ForwardHistory = Pick<
  YearHistory,
  'main' | 'split' | 'yearOf' | 'load' | 'all' | 'onAdded'
>;

export interface ForwardOptions {
  /** Called with what failed to forward (a year doc that would not load); the edit stays put. */
  onError?: (error: unknown) => void;
  now?: () => number;
}

/**
 * Forwards what old-layout peers write into the workspace doc, in every moved collection (log
 * entries, check-ins, feedback, contributions): new records are moved to their year (once the workspace is split),
 * edits to moved ones are merged into their copies, and a copy this peer made that loses to
 * another peer's is merged into the winner. Start it before the
 * workspace doc receives peers' updates (an edit that arrives while it is stopped is not
 * forwarded); it loads the year docs it writes to. Returns its stop function.
 */
export function startForwarding(
  history: ForwardHistory,
  options: ForwardOptions = {},
): Forwarding['stop'] & Forwarding {
  const forwarding = forward(history, { move: true, now: options.now ?? Date.now, ...options });
  return Object.assign(() => forwarding.stop(), forwarding);
}

function forward(
  history: ForwardHistory,
  options: { move: boolean; now: () => number; onError?: (error: unknown) => void },
): Forwarding {
  const { main } = history;
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  const apply = async (changes: MovedChange[]) => {
    // A change waits for its year doc to load; meanwhile a peer may have marked the entry with
    // another year, so each round applies what still belongs to the year just loaded.
    let todo = changes;
    for (let round = 0; todo.length > 0 && round < 4; round++) {
      const groups = new Map<number, MovedChange[]>();
      const moving = options.move && history.split;
      for (const change of todo) {
        // An entry without a mark is only moved once the workspace is split (the migration moves
        // it otherwise), and a marked one arriving is no edit: loading a year for either would
        // open its database for nothing.
        const moved = isMovedRaw(collection(main, change.collection).get(change.id));
        if (change.kind !== 'removed' && (moved ? change.kind === 'entry' : !moving)) continue;
        // A peer's drop leaves copies alone: loading every year it dropped from would open them all.
        if (change.kind === 'removed' && !isUndoneAdd(change, options.now())) continue;
        const year = yearOfChange(main, change, (day) => history.yearOf(day));
        if (year === null) continue;
        let group = groups.get(year);
        if (!group) groups.set(year, (group = []));
        group.push(change);
      }
      const later: MovedChange[] = [];
      for (const [year, group] of groups) {
        const yearDoc = await history.load(year);
        const toMove = new Map<MovedCollection, Set<string>>();
        yearDoc.transact(() => {
          for (const change of group) {
            if (yearOfChange(main, change, (day) => history.yearOf(day)) !== year)
              later.push(change);
            else if (forwardChange(main, yearDoc, change, options.now()) === 'move') {
              let ids = toMove.get(change.collection);
              if (!ids) toMove.set(change.collection, (ids = new Set()));
              ids.add(change.id);
            }
          }
        }, FORWARD_ORIGIN);
        for (const [name, ids] of toMove)
          if (options.move && history.split)
            moveEntries(main, yearDoc, year, [...ids], options.now(), FORWARD_ORIGIN, name);
      }
      todo = later;
    }
  };

  const enqueue = (changes: MovedChange[]) => {
    if (changes.length === 0) return;
    queue = queue.then(() => apply(changes)).catch((error: unknown) => options.onError?.(error));
  };

  // Unmoved records in the split layout: what arrived while no forwarder ran, and (in a workspace
  // split before check-ins moved) the check-ins, moved here as an old-layout peer's would be.
  const sweep = () => {
    if (options.move && history.split)
      for (const name of MOVED_COLLECTIONS)
        enqueue(unmovedEntryIds(main, name).map((id) => ({ collection: name, kind: 'entry', id })));
  };

  const unobserve = MOVED_COLLECTIONS.map((name) => {
    const records = collection(main, name);
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.origin === FORWARD_ORIGIN || transaction.origin === MIGRATION_ORIGIN) return;
      enqueue(movedChanges(events, name));
    };
    records.observeDeep(onChange);
    return () => records.unobserveDeep(onChange);
  });

  const yearLogs = new Map<Y.Doc, () => void>();
  const watchYear = (doc: Y.Doc) => {
    if (doc === main || yearLogs.has(doc)) return;
    const stops = MOVED_COLLECTIONS.map((name) => {
      const copies = collection(doc, name);
      const onYear = (event: Y.YMapEvent<Y.Map<unknown>>) => {
        if (!event.transaction.local)
          repairReplacedCopies(main, event as Y.YMapEvent<unknown>, name);
      };
      copies.observe(onYear);
      return () => copies.unobserve(onYear);
    });
    const unwatch = () => {
      for (const stop of stops) stop();
      doc.off('destroy', unwatch);
      yearLogs.delete(doc);
    };
    // The hub closes (destroys) an old year once idle: holding on to it would keep it in memory.
    doc.on('destroy', unwatch);
    yearLogs.set(doc, unwatch);
  };
  history.all().forEach(watchYear);
  const stopAdded = history.onAdded((doc) => watchYear(doc));
  const stopLayout = observeHistoryYears(main, sweep);
  sweep();

  const settled = async () => {
    let seen: Promise<void>;
    do {
      seen = queue;
      await seen;
    } while (seen !== queue);
  };

  return {
    settled,
    stop: () => {
      if (!stopped) {
        stopped = true;
        for (const stop of unobserve) stop();
        stopAdded();
        stopLayout();
        for (const unwatch of [...yearLogs.values()]) unwatch();
      }
      return settled();
    },
  };
}

export interface DropOptions {
  now?: number;
  graceMs?: number;
  /** Originals deleted per task (measured: 250 take up to ~125 ms at 100,000 entries). */
  sliceSize?: number;
  /** Check copies in every known year (loading them), or only in the years loaded now. */
  years?: 'loaded' | 'all';
}

export const DROP_SLICE_SIZE = 250;

/**
 * Frees the memory moved originals hold (lib/model/history-split.ts, "Drop"): deletes from the
 * workspace doc the originals (log entries, check-ins, feedback, contributions) marked more than the grace ago whose
 * copy this peer holds, in slices, giving the main thread back between them. Only in the split
 * layout (before it, the originals are what this peer reads). An original whose year is not
 * loaded waits for a later run unless `years: 'all'`, which loads every year it needs. Returns
 * how many went.
 */
export async function dropMovedHistory(
  history: YearHistory,
  options: DropOptions = {},
): Promise<number> {
  const { main } = history;
  if (!history.split) return 0;
  const now = options.now ?? Date.now();
  const graceMs = options.graceMs ?? DROP_GRACE_MS;
  const sliceSize = Math.max(1, options.sliceSize ?? DROP_SLICE_SIZE);
  const years = new Map<number, Y.Doc>();
  let dropped = 0;
  for (const name of MOVED_COLLECTIONS) {
    const candidates = droppableEntryIds(main, now, graceMs, undefined, name);
    if (candidates.length === 0) continue;
    const originals = collection(main, name);
    for (const id of candidates) {
      const year = movedYearOf(originals.get(id));
      if (year === null || years.has(year)) continue;
      if (history.isLoaded(year) || options.years === 'all')
        years.set(year, await history.load(year));
    }
    // Only where the year holds this collection's copy under the same id.
    const held = candidates.filter((id) => {
      const yearDoc = years.get(movedYearOf(originals.get(id)) ?? 0);
      return yearDoc !== undefined && collection(yearDoc, name).get(id) instanceof Y.Map;
    });
    for (let start = 0; start < held.length; start += sliceSize) {
      dropped += dropEntries(main, held.slice(start, start + sliceSize), now, graceMs, name);
      await nextTask();
    }
  }
  return dropped;
}
