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
 * Today there is one doc (`singleDocHistory`). A per-year implementation will return the year's
 * subdocument from `docFor` and the loaded years from `all()`; records keep their UUID keys, so
 * an id stays unique across docs.
 */
export interface HistoryDocs {
  docFor(day: string): Y.Doc;
  all(): readonly Y.Doc[];
}

/** Every history record in the workspace doc itself: what every workspace does today. */
export function singleDocHistory(doc: Y.Doc): HistoryDocs {
  const docs = [doc] as const;
  return { docFor: () => doc, all: () => docs };
}
