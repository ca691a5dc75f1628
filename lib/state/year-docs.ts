import type * as Y from 'yjs';
import type { YearDocOf } from '../model/backup';
import { markYearLayout, noteHistoryYear } from '../model/history-years';
import {
  restoreSnapshot,
  type RestoreResult,
  type RestoreSummary,
} from '../model/snapshot-restore';
import { HISTORY_ORIGIN } from './year-history';

/** What backups and snapshots need of a workspace's history (`YearHistory`). */
export interface YearDocSource {
  knownYears(): number[];
  load(year: number): Promise<Y.Doc>;
  /** The years loaded now: a snapshot keeps these (loading every year would cost a district's whole history). */
  loadedYearDocs(): { year: number; doc: Y.Doc }[];
}

/** Every year doc of a split workspace with its year, loaded; none before the split. */
export async function loadYearDocs(history: YearDocSource): Promise<YearDocOf[]> {
  return Promise.all(
    history.knownYears().map(async (year) => ({ year, doc: await history.load(year) })),
  );
}

/** Adds `b`'s counts to `a`. */
export function addSummary(a: RestoreSummary, b: RestoreSummary): RestoreSummary {
  return {
    reinserted: a.reinserted + b.reinserted,
    undeleted: a.undeleted + b.undeleted,
    updated: a.updated + b.updated,
    skipped: a.skipped + b.skipped,
  };
}

/**
 * Merges a backup's year docs into a workspace's year docs (`openYear` gives each one, loaded)
 * and marks the workspace doc as split with those years, so its readers look in them. The year
 * docs are written first: a reader that sees the years noted finds them whole. The mark has the
 * history's origin, so Undo of the restore leaves the layout alone.
 */
export async function restoreYearDocs(
  doc: Y.Doc,
  years: readonly { year: number; update: Uint8Array }[],
  openYear: (year: number) => Promise<{ doc: Y.Doc; done?: () => Promise<void> }>,
  now = Date.now(),
): Promise<RestoreResult> {
  let summary: RestoreSummary = { reinserted: 0, undeleted: 0, updated: 0, skipped: 0 };
  for (const { year, update } of years) {
    const target = await openYear(year);
    try {
      const result = restoreSnapshot(target.doc, update, now);
      if (!result.ok) return result;
      summary = addSummary(summary, result.summary);
    } finally {
      await target.done?.();
    }
  }
  if (years.length)
    doc.transact(() => {
      markYearLayout(doc);
      for (const { year } of years) noteHistoryYear(doc, year);
    }, HISTORY_ORIGIN);
  return { ok: true, summary };
}
