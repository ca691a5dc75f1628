import type * as Y from 'yjs';
import { isYearLayout } from '../model/history-years';
import { readSchoolYearStart, schoolYearOrToday } from '../model/school-year';

/**
 * The history forwarder (`startForwarding`, lib/state/history-migration.ts) run by the sync hub
 * over its own copy of a workspace, for every moved collection (`MOVED_COLLECTIONS`: log entries
 * and check-ins). The hub receives peers' updates while no panel is open and stores them; an
 * old-layout peer's edit to a moved record that arrives then is only carried into its year doc if
 * a forwarder observes it arriving (a panel opened later loads it from disk, with no event and no
 * old value to merge from). So the hub forwards too, from after the workspace's stored rows are
 * loaded to before its providers connect, until the workspace closes. It only forwards: the
 * migration and the drop are the panel's (in a workspace already split, forwarding moves the
 * records still unmoved, such as the check-ins of one split before check-ins moved).
 *
 * The year docs it writes to are the hub's own synced copies (so the write reaches peers): a year
 * the hub has closed is opened for it (`YearRooms.hold`), then stays open until idle.
 *
 * A panel open at the same time forwards the same edit into its own year doc: both write the same
 * values, and the three-way merge (`forwardKey`) writes only where the copy still holds the
 * event's old value, so whichever copy arrives second writes nothing; two writes crossing set one
 * key to equal values, and one of them wins (a new entry moved by both is two copies of one
 * original under one id, the case of two peers migrating at once). An old-layout peer's Undo of
 * adding a check-in deletes its copy in both: each deletes the copy it holds, and deleting a key
 * twice leaves it deleted.
 */

/** What the forwarder reads of a workspace's history (`ForwardHistory` in lib/state). */
export interface HubHistory {
  readonly main: Y.Doc;
  readonly split: boolean;
  yearOf: (day: string) => number;
  load: (year: number) => Promise<Y.Doc>;
  all: () => readonly Y.Doc[];
  onAdded: (listener: (doc: Y.Doc, year: number) => void) => () => void;
}

/**
 * Starts forwarding over a hub's history and returns what stops it (resolving once what it saw is
 * forwarded). `startForwarding` itself, handed in by the hub's host: lib/sync may not import
 * lib/state.
 */
export type StartHubForwarding = (
  history: HubHistory,
  options: { onError: (error: unknown) => void },
) => { stop: () => Promise<void> };

export interface HubYears {
  /** Opens the year (if closed) and keeps it open until the release (`YearRooms.hold`). */
  hold: (year: number) => () => void;
  /** Today, for an entry without a valid day (as the panel's YearHistory does). */
  today: () => string;
}

interface Waiting {
  year: number;
  resolve: (doc: Y.Doc) => void;
  reject: (error: unknown) => void;
}

/** One workspace's history as the hub holds it; the hub tells it which years open and close. */
export class HubYearHistory implements HubHistory {
  /** The year docs open in the hub now, their stored rows loaded. */
  private readonly docs = new Map<number, Y.Doc>();
  private readonly listeners = new Set<(doc: Y.Doc, year: number) => void>();
  private waiting: Waiting[] = [];
  private disposed = false;

  constructor(
    readonly main: Y.Doc,
    private readonly years: HubYears,
  ) {}

  get split(): boolean {
    return isYearLayout(this.main);
  }

  yearOf(day: string): number {
    return schoolYearOrToday(day, readSchoolYearStart(this.main), this.years.today());
  }

  all(): readonly Y.Doc[] {
    return [this.main, ...[...this.docs].sort(([a], [b]) => b - a).map(([, doc]) => doc)];
  }

  onAdded(listener: (doc: Y.Doc, year: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The hub's doc of `year` once open. The hold is released as the doc is handed over: the
   * forwarder writes to it in the same task, and the year then stays open until idle.
   */
  load(year: number): Promise<Y.Doc> {
    if (this.disposed) return Promise.reject(new Error('This workspace has been closed.'));
    const release = this.years.hold(year);
    const open = this.docs.get(year);
    if (open) {
      release();
      return Promise.resolve(open);
    }
    return new Promise<Y.Doc>((resolve, reject) => {
      this.waiting.push({
        year,
        resolve: (doc) => {
          release();
          resolve(doc);
        },
        reject: (error) => {
          release();
          reject(error);
        },
      });
    });
  }

  /** The hub opened the year's doc (its stored rows loaded), before its provider connects. */
  opened(year: number, doc: Y.Doc) {
    if (this.disposed) return;
    this.docs.set(year, doc);
    for (const listener of this.listeners) listener(doc, year);
    const ready = this.waiting.filter((w) => w.year === year);
    this.waiting = this.waiting.filter((w) => w.year !== year);
    for (const waiting of ready) waiting.resolve(doc);
  }

  /** The hub is closing the year's doc: a later `load` opens it again. */
  closed(year: number) {
    this.docs.delete(year);
  }

  /** The workspace is closing: loads still waiting fail (their edits are not forwarded here). */
  dispose() {
    this.disposed = true;
    this.listeners.clear();
    this.docs.clear();
    const error = new Error('This workspace has been closed.');
    for (const waiting of this.waiting.splice(0)) waiting.reject(error);
  }
}
