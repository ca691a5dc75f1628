import type * as Y from 'yjs';
import { historyTouched, historyYears, isYearLayout } from '../model/history-years';
import { readSchoolYearStart, schoolYearOf } from '../model/school-year';

/**
 * Which school years of a split workspace (lib/model/history-years.ts) the sync hub keeps open.
 * Every open year is one more y-webrtc room (one more connection per peer), one more relay
 * document and one whole doc in the offscreen document's memory; a district's old years would
 * undo what the split saved in the panel. So the hub keeps open:
 *
 * - the current school year (by the workspace's start month and today), always: that is where
 *   nearly every edit goes. Last school year is an old year like the others: a whole past year
 *   is about 46 MB of heap, and with it always open a district's offscreen document settled at
 *   167 MB, over its 150 MB budget. Its edits, few once the year has turned, reach peers through
 *   its stamp like any old year's;
 * - an old year whose edit stamp (`historyTouched`, in the always-open workspace doc) changes,
 *   until it has been idle (no update in either direction) for `idleMs`;
 * - each old year once, one at a time, in a catch-up pass each time a peer or relay connects to
 *   the workspace (not when the hub starts with nobody to exchange with: SyncHubOptions
 *   `yearCatchUpAtStart`), and when it names an old year it did not: open until quiet for `catchUpMs`, then closed
 *   (unless a stamp keeps it open). A year whose stamp is the one seen at this device's last
 *   exchange for it (a peer or relay connected in its room; kept beside the year's database) is
 *   skipped. The pass waits for each year to close before the next, so at most one old year is in
 *   memory for it.
 *
 * Why no edit is lost. An edit to an old year is on disk on the device that made it (the panel
 * writes the year's database). The panel stamps the edit in the workspace doc, so that device's
 * hub opens the year (its own stamp changed) and every peer online opens it too (the stamp syncs
 * in the workspace doc, which is always open): they exchange while it is open, and each edit
 * within the idle time keeps it open. A device that was offline, or whose peers had closed the
 * year, has a stamp newer than its last exchange and opens the year in its next catch-up pass (when
 * a peer or relay connects: coming back online is that). Peers that see no stamp change would not be in the room then:
 * when a catch-up window ends with peers on the workspace but none in the year's room, the hub
 * raises the year's stamp itself (`ask`), which opens the year on every peer online, and on this
 * device until idle. What is left: a year that every online peer last exchanged with a device
 * missing the same edit stays unexchanged until the next edit to it, or a catch-up by the device
 * that has the edit (one that never exchanged it since its stamp). A relay holds every year, so a
 * workspace with one also catches up from it.
 */

export interface YearClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const systemClock: YearClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the policy drives: the hub's year docs of one workspace. */
export interface YearRoomsHost {
  /** The set of years wanted open changed: open and close docs to match `wanted()`. */
  changed: () => void;
  /** The last exchange recorded beside the year's stored doc (`exchangeRecord`), if any. */
  readExchanged: (year: number) => Promise<unknown>;
  /** Whether a peer or relay is connected to the workspace now. */
  workspaceConnected: () => boolean;
  /** Raises the year's stamp in the workspace doc, so that peers open it. */
  ask: (year: number) => void;
}

export interface YearRoomsOptions {
  clock?: YearClock;
  /** How long an old year opened by its stamp stays open without an update (10 minutes). */
  idleMs?: number;
  /** How long a catch-up keeps an old year open without an update (60 s). */
  catchUpMs?: number;
}

interface CatchUp {
  year: number;
  timer: unknown;
  /** The window ended: the pass moves on once the year has closed. */
  done: boolean;
  /** A peer or relay was connected in the year's room during the window. */
  exchanged: boolean;
}

export class YearRooms {
  private readonly clock: YearClock;
  private readonly idleMs: number;
  private readonly catchUpMs: number;
  /** Old years opened by their stamp, with their idle timers. */
  private readonly active = new Map<number, unknown>();
  /** Years open in the hub now (`opened`, `closed`). */
  private readonly open = new Set<number>();
  /** The stamp seen when a year last had a peer or relay in its room (kept as it closes). */
  private readonly exchangedAt = new Map<number, number>();
  private catchUp: CatchUp | null = null;
  private passing = false;
  private passAgain = false;
  private currentYear: number;
  /** Years held open (`hold`), with how many holds each. */
  private readonly held = new Map<number, number>();
  /** Old years a pass has been started for: one named later starts another. */
  private readonly seen = new Set<number>();
  private disposed = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly host: YearRoomsHost,
    options: YearRoomsOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.idleMs = options.idleMs ?? 600_000;
    this.catchUpMs = options.catchUpMs ?? 60_000;
    this.currentYear = this.current();
  }

  /** The current school year, the one always open. */
  current(): number {
    const today = new Date(this.clock.now()).toISOString().slice(0, 10);
    return schoolYearOf(today, readSchoolYearStart(this.doc))!;
  }

  private isOld(year: number): boolean {
    return year < this.current();
  }

  /** The years to keep open now. */
  wanted(): Set<number> {
    const out = new Set<number>();
    if (this.disposed) return out;
    // Held years (and their idle time after) count before the split too: a migration under way
    // has marked entries already. Only the panel stamps (`touched`), and only once split.
    for (const year of this.held.keys()) out.add(year);
    for (const year of this.active.keys()) out.add(year);
    if (!isYearLayout(this.doc)) return out;
    const known = historyYears(this.doc);
    const current = this.current();
    if (known.includes(current)) out.add(current);
    if (this.catchUp && !this.catchUp.done) out.add(this.catchUp.year);
    return out;
  }

  /** Re-reads the date and the start month (called on the hub's poll): a new school year. */
  tick() {
    const current = this.current();
    if (current === this.currentYear) return;
    this.currentYear = current;
    this.host.changed();
  }

  /** The workspace doc named a year (or was split): a new old year gets a catch-up pass. */
  yearsChanged() {
    if (historyYears(this.doc).some((year) => this.isOld(year) && !this.seen.has(year)))
      this.pass();
    this.host.changed();
  }

  /** Stamps changed (`observeHistoryTouched`): those years open until idle. */
  touched(years: readonly number[]) {
    let changed = false;
    for (const year of years) {
      if (!this.isOld(year)) continue;
      changed ||= !this.active.has(year);
      this.keepActive(year);
    }
    if (changed) this.host.changed();
  }

  /**
   * Keeps `year` open (opening it) until the returned release, then until idle like a year opened
   * by its stamp: the history forwarder (lib/sync/hub-forwarding.ts) writes to it, and its peers
   * are given the idle time to take the write.
   */
  hold(year: number): () => void {
    if (this.disposed) return () => {};
    const before = this.wanted().has(year);
    this.held.set(year, (this.held.get(year) ?? 0) + 1);
    if (!before) this.host.changed();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(year) ?? 1) - 1;
      if (left > 0) this.held.set(year, left);
      else this.held.delete(year);
      if (!this.disposed) this.keepActive(year);
    };
  }

  /** An update to or from the year's doc: it is not idle. */
  activity(year: number) {
    if (this.active.has(year)) this.keepActive(year);
    const catchUp = this.catchUp;
    if (catchUp && catchUp.year === year && !catchUp.done && this.open.has(year))
      this.startWindow(catchUp);
  }

  /** A peer or relay is connected in the year's room now. */
  exchanged(year: number) {
    this.exchangedAt.set(year, historyTouched(this.doc, year) ?? 0);
    if (this.catchUp?.year === year) this.catchUp.exchanged = true;
  }

  /** What to keep beside the year's doc as it closes, if it changed (`readExchanged` reads it). */
  exchangeRecord(year: number): number | undefined {
    return this.exchangedAt.get(year);
  }

  opened(year: number) {
    this.open.add(year);
    if (this.active.has(year)) this.keepActive(year);
    if (this.catchUp?.year === year && !this.catchUp.done) this.startWindow(this.catchUp);
  }

  /** The year's doc could not open: its catch-up gives up (the next pass tries again). */
  failed(year: number) {
    const catchUp = this.catchUp;
    if (catchUp?.year !== year) return;
    catchUp.done = true;
    this.closed(year);
  }

  /** The year's doc closed: a catch-up waiting for it moves on. */
  closed(year: number) {
    this.open.delete(year);
    const catchUp = this.catchUp;
    if (catchUp?.year !== year || this.wanted().has(year)) return;
    this.clock.clearTimeout(catchUp.timer);
    this.catchUp = null;
    void this.next();
  }

  /** Starts a catch-up pass over the old years (when a peer or relay connects). */
  pass() {
    if (this.disposed) return;
    if (this.passing) {
      this.passAgain = true;
      return;
    }
    this.passing = true;
    this.queue = isYearLayout(this.doc) ? historyYears(this.doc).filter((y) => this.isOld(y)) : [];
    for (const year of this.queue) this.seen.add(year);
    void this.next();
  }

  private queue: number[] = [];

  private async next() {
    while (!this.disposed && this.catchUp === null) {
      const year = this.queue.shift();
      if (year === undefined) {
        this.passing = false;
        if (this.passAgain) {
          this.passAgain = false;
          this.pass();
        }
        return;
      }
      // Open for its stamp already: it exchanges with whoever is online anyway.
      if (!this.isOld(year) || this.active.has(year)) continue;
      const stamp = historyTouched(this.doc, year) ?? 0;
      const record = this.exchangedAt.get(year) ?? (await this.host.readExchanged(year));
      if (this.disposed || this.catchUp !== null) return;
      if (record === stamp) continue;
      this.catchUp = { year, timer: null, done: false, exchanged: false };
      this.host.changed();
      return;
    }
  }

  private startWindow(catchUp: CatchUp) {
    this.clock.clearTimeout(catchUp.timer);
    catchUp.timer = this.clock.setTimeout(() => this.endWindow(catchUp), this.catchUpMs);
  }

  private endWindow(catchUp: CatchUp) {
    if (this.catchUp !== catchUp || this.disposed) return;
    catchUp.done = true;
    catchUp.timer = null;
    // Peers are online but none opened the year: ask them (its stamp opens it everywhere).
    if (!catchUp.exchanged && this.host.workspaceConnected()) this.host.ask(catchUp.year);
    this.host.changed();
    if (!this.open.has(catchUp.year) && !this.wanted().has(catchUp.year)) this.closed(catchUp.year);
  }

  private keepActive(year: number) {
    this.clock.clearTimeout(this.active.get(year));
    this.active.set(
      year,
      this.clock.setTimeout(() => {
        this.active.delete(year);
        this.host.changed();
      }, this.idleMs),
    );
  }

  dispose() {
    this.disposed = true;
    for (const timer of this.active.values()) this.clock.clearTimeout(timer);
    this.active.clear();
    this.held.clear();
    if (this.catchUp) this.clock.clearTimeout(this.catchUp.timer);
    this.catchUp = null;
  }
}
