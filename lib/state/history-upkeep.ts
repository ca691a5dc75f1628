import { historyIsEmpty } from '../model/history-split';
import { markYearLayout } from '../model/history-years';
import { MIGRATION_ORIGIN } from '../model/migrations';
import { dropMovedHistory, migrateHistory, startForwarding } from './history-migration';
import type { YearHistory } from './year-history';

/**
 * How long a moved original stays in the workspace doc for a peer still on the old layout
 * (lib/model/history-split.ts explains the trade-off). Two weeks, not the model's default 30 days:
 * until the originals go, a migrated district's panel holds them as well as this year's copies
 * (~18 % more heap than before the split, measured in Node), and Chrome updates an extension
 * within a day or two of its release.
 */
export const GRACE_MS = 14 * 86_400_000;

export interface HistoryUpkeepOptions {
  /** A snapshot of the workspace before the migration changes it; no snapshot, no migration. */
  snapshot: () => Promise<unknown>;
  /** Told what went wrong (the migration or a forward); the workspace stays as it was. */
  onProblem?: (error: unknown) => void;
  now?: () => number;
}

/**
 * Keeps an open workspace's history split per school year (issue 17, item 2), from the moment its
 * doc has loaded, before sync connects:
 * - forwards what peers still on the old layout write into the workspace doc (their new log
 *   entries, check-ins, feedback and contributions, their edits to moved ones) to the year docs;
 * - splits the workspace: a new one (no log entry or check-in yet) is marked split at once, one
 *   with either is migrated a slice at a time after a snapshot;
 * - once moved originals are past the grace, deletes them from the workspace doc (checking each
 *   has its copy), which is what makes the workspace doc small; that loads every year once.
 * Returns what stops it (when the workspace closes).
 */
export function keepHistorySplit(
  history: YearHistory,
  options: HistoryUpkeepOptions,
): { stop: () => Promise<void> } {
  const now = options.now ?? Date.now;
  const problem = options.onProblem ?? ((error) => console.warn('Bridgework:', error));
  const forwarding = startForwarding(history, { onError: problem, now });
  let stopped = false;
  const run = (async () => {
    const { main } = history;
    if (!history.split) {
      if (historyIsEmpty(main)) main.transact(() => markYearLayout(main), MIGRATION_ORIGIN);
      else await migrateHistory(history, { beforeMigrate: options.snapshot, now });
    }
    if (stopped || !history.split) return;
    // Loads no year when no original is past the grace.
    await dropMovedHistory(history, { now: now(), graceMs: GRACE_MS, years: 'all' });
  })().catch(problem);
  return {
    stop: async () => {
      stopped = true;
      await run;
      await forwarding.stop();
    },
  };
}
