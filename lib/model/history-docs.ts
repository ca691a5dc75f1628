import type * as Y from 'yjs';

/**
 * Where a record of a growing history collection (feedback today; log entries, check-ins and
 * contributions later) lives. A district's history outgrows one doc (DESIGN.md, "Size to design
 * for"; docs/architecture.md, "Known limit"), and the plan is one doc per school year, loaded on
 * demand. Code that reads or writes such a collection goes only through this interface, never
 * through "the" workspace doc, so that split changes one implementation instead of every
 * feature:
 *
 * - `docFor(day)` is the doc a record dated `day` (`YYYY-MM-DD`) is written to;
 * - `all()` is every doc currently loaded; a view model reads and subscribes to each of them.
 *
 * Before the split there is one doc (`singleDocHistory`); after it, `YearHistory`
 * (lib/state/year-history.ts) returns the year's doc from `docFor` and the loaded years from
 * `all()`; records keep their UUID keys, so an id stays unique across docs.
 */
export interface HistoryDocs {
  /** The workspace doc (first in `all()`): where per-workspace summaries of the history live. */
  readonly main: Y.Doc;
  docFor(day: string): Y.Doc;
  all(): readonly Y.Doc[];
  /** Calls back with each doc added to `all()` later (a year loaded); returns the unsubscribe. */
  onAdded?(listener: (doc: Y.Doc) => void): () => void;
}

/** Every history record in the workspace doc itself: the layout before the split. */
export function singleDocHistory(doc: Y.Doc): HistoryDocs {
  const docs = [doc] as const;
  return { main: doc, docFor: () => doc, all: () => docs };
}
