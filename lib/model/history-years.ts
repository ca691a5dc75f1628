import * as Y from 'yjs';
import { metaMap } from './doc';

/**
 * The split layout of a workspace's history (issue 17, item 2). A district's contact log is
 * ~75 % of its doc, and only grows; in the split layout each school year's log entries (and
 * check-ins) live in
 * a doc of their own (its own IndexedDB database and sync room), so the panel holds the workspace
 * doc and the current year, and loads older years when a view needs them.
 *
 * The workspace doc says which layout it is in (`meta.historyLayout`, `'years'` once migrated;
 * absent means everything is in the workspace doc) and which years have a doc
 * (`meta.historyYears`, a map from the year as a string to `true`). Both are only ever set, never
 * removed, so concurrent writers merge: two peers noting the same year write the same value.
 *
 * A year doc is a workspace-like doc with the same collections (`YEARLY_COLLECTIONS`), named after its
 * workspace: database `bridgework-workspace-<id>.<year>`, room `<room>.<year>` with the same
 * secret, so sync, relays and storage treat it as one more workspace.
 */

const LAYOUT_KEY = 'historyLayout';
const YEARS_KEY = 'historyYears';
export const YEARS_LAYOUT = 'years';

/**
 * The collections kept per school year in the split layout: the contact log, goals' check-ins,
 * feedback pulses and contributions (each filed by its `date`).
 */
export const YEARLY_COLLECTIONS = ['log', 'checkins', 'feedback', 'contributions'] as const;
export type YearlyCollection = (typeof YEARLY_COLLECTIONS)[number];

export const isYearlyCollection = (name: string): name is YearlyCollection =>
  (YEARLY_COLLECTIONS as readonly string[]).includes(name);

export function isYearLayout(doc: Y.Doc): boolean {
  return metaMap(doc).get(LAYOUT_KEY) === YEARS_LAYOUT;
}

/** Marks the workspace as split (inside the caller's transaction). */
export function markYearLayout(doc: Y.Doc) {
  if (!isYearLayout(doc)) metaMap(doc).set(LAYOUT_KEY, YEARS_LAYOUT);
}

/** A year as the split layout names one (a school year's first calendar year). */
export const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 9999;

/** Every school year with a doc, newest first. */
export function historyYears(doc: Y.Doc): number[] {
  const years = metaMap(doc).get(YEARS_KEY);
  if (!(years instanceof Y.Map)) return [];
  const out: number[] = [];
  for (const key of years.keys()) {
    const year = Number(key);
    if (isYear(year) && String(year) === key) out.push(year);
  }
  return out.sort((a, b) => b - a);
}

/** Records that `year` has a doc (inside the caller's transaction); a no-op when known. */
export function noteHistoryYear(doc: Y.Doc, year: number) {
  if (!isYear(year)) throw new Error(`Not a school year: ${year}`);
  const meta = metaMap(doc);
  let years = meta.get(YEARS_KEY);
  if (!(years instanceof Y.Map)) {
    years = new Y.Map<unknown>();
    meta.set(YEARS_KEY, years);
  }
  const map = years as Y.Map<unknown>;
  if (map.get(String(year)) !== true) map.set(String(year), true);
}

/** Calls back whenever the layout or the years change; returns the unsubscribe. */
export function observeHistoryYears(doc: Y.Doc, callback: () => void): () => void {
  const meta = metaMap(doc);
  const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const years = meta.get(YEARS_KEY);
    const touched = events.some((event) =>
      event.target === meta
        ? event.changes.keys.has(YEARS_KEY) || event.changes.keys.has(LAYOUT_KEY)
        : event.target === years,
    );
    if (touched) callback();
  };
  meta.observeDeep(listener);
  return () => meta.unobserveDeep(listener);
}

/** The id a year doc is stored under (its database is `bridgework-workspace-<this>`). */
export function yearDocId(workspaceId: string, year: number): string {
  return `${workspaceId}.${year}`;
}

/** The sync room of a year doc: the workspace's room and the year, with the same secret. */
export function yearRoom(room: string, year: number): string {
  return `${room}.${year}`;
}

/**
 * The latest edit to each school year, as a millisecond stamp in the workspace doc (which every
 * device keeps open and synced), so that a device whose sync hub keeps an old year closed learns
 * that someone edited it and opens it to exchange (lib/sync/year-rooms.ts). One flat meta key per
 * year (`historyTouched:<year>`): a nested map created by two devices at once would keep only one
 * device's map, and with it drop the other's stamps.
 */
const TOUCHED_PREFIX = 'historyTouched:';

/** When `year` was last edited (ms), or null when no edit to it was stamped. */
export function historyTouched(doc: Y.Doc, year: number): number | null {
  const value = metaMap(doc).get(TOUCHED_PREFIX + String(year));
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Stamps an edit to `year` at `now` (inside the caller's transaction). The stamp only rises, and
 * always rises: a device whose clock is behind a peer's still changes it, so every hub sees it.
 */
export function touchHistoryYear(doc: Y.Doc, year: number, now: number) {
  if (!isYear(year)) throw new Error(`Not a school year: ${year}`);
  const previous = historyTouched(doc, year);
  metaMap(doc).set(
    TOUCHED_PREFIX + String(year),
    previous === null ? now : Math.max(now, previous + 1),
  );
}

/** Calls back with the years whose stamp changed (anyone's edit); returns the unsubscribe. */
export function observeHistoryTouched(doc: Y.Doc, callback: (years: number[]) => void): () => void {
  const meta = metaMap(doc);
  const listener = (event: Y.YMapEvent<unknown>) => {
    const years: number[] = [];
    for (const key of event.keysChanged) {
      if (!key.startsWith(TOUCHED_PREFIX)) continue;
      const year = Number(key.slice(TOUCHED_PREFIX.length));
      if (isYear(year) && historyTouched(doc, year) !== null) years.push(year);
    }
    if (years.length) callback(years);
  };
  meta.observe(listener);
  return () => meta.unobserve(listener);
}
