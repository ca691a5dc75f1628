import { signal, type ReadonlySignal } from '@preact/signals';
import * as Y from 'yjs';
import type { HistoryDocs } from '../model/history-docs';
import { LOCAL_ORIGIN } from '../model/doc';
import {
  historyYears,
  isYearLayout,
  noteHistoryYear,
  observeHistoryYears,
  touchHistoryYear,
} from '../model/history-years';
import { readSchoolYearStart, schoolYearOrToday, schoolYearSpan } from '../model/school-year';

/** Origin of the workspace doc's note that a year has a doc: not the user's (Undo skips it). */
export const HISTORY_ORIGIN = 'bridgework:history';

/** Loads a year's doc into `doc` (stored rows applied, later edits written); returns its closer. */
export type YearDocOpener = (year: number, doc: Y.Doc) => Promise<{ close: () => Promise<void> }>;

/** How often an edit to an old year is stamped at most (the hub keeps a year open far longer). */
const STAMP_EVERY_MS = 60_000;

/** Year docs kept in memory only: tests, and a workspace opened without storage. */
export const memoryYears: YearDocOpener = () => Promise.resolve({ close: () => Promise.resolve() });

interface YearDoc {
  doc: Y.Doc;
  /** Resolves once the year's stored rows are in `doc`. */
  loaded: Promise<void>;
  done: boolean;
  close: () => Promise<void>;
}

/**
 * Where the contact log lives for one open workspace, in either layout (lib/model/history-years.ts).
 * Before the split every entry is in the workspace doc and `all()` is just it. In the split layout
 * `all()` is the workspace doc (entries a not-yet-migrated peer still writes there) and every year
 * loaded so far; readers skip entries marked as moved (lib/model/history-split.ts).
 *
 * `docFor(day)` is synchronous because writes are: a year not loaded yet gets its doc at once and
 * starts loading into it; the edit merges with the stored rows (a CRDT) and is written once the
 * doc is open (`OpenOptions.doc`). An entry stays in the year doc it was written to, even if its
 * date is later changed to another year: moving it would race with a peer's edit to the old copy,
 * and a reader never assumes a doc holds only its own year's dates.
 *
 * The cost: each loaded year is one more doc and database connection; the panel loads the current
 * year at start and older ones only when a view asks (`load`, `loadAll`).
 */
export class YearHistory implements HistoryDocs {
  private readonly years = new Map<number, YearDoc>();
  private readonly listeners = new Set<(doc: Y.Doc, year: number) => void>();
  private readonly stopObserving: () => void;
  private readonly version = signal(0);
  private disposed = false;
  /** When each old year's edit was last stamped in the workspace doc (`stampEdit`). */
  private readonly stamped = new Map<number, number>();

  constructor(
    readonly main: Y.Doc,
    private readonly open: YearDocOpener,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
    private readonly now: () => number = Date.now,
  ) {
    this.stopObserving = observeHistoryYears(main, () => this.version.value++);
  }

  /** Bumps when the layout changes, a year becomes known or a year's doc has loaded. */
  get changes(): ReadonlySignal<number> {
    return this.version;
  }

  get split(): boolean {
    return isYearLayout(this.main);
  }

  /** The school year `day` belongs to, by the workspace's start month (today's when `day` is bad). */
  yearOf(day: string): number {
    return schoolYearOrToday(day, readSchoolYearStart(this.main), this.today());
  }

  get currentYear(): number {
    return this.yearOf(this.today());
  }

  docFor(day: string): Y.Doc {
    if (!this.split) return this.main;
    const year = this.yearOf(day);
    if (!historyYears(this.main).includes(year))
      this.main.transact(() => noteHistoryYear(this.main, year), HISTORY_ORIGIN);
    return this.start(year).doc;
  }

  /**
   * The workspace doc and every year loaded (or loading) so far, newest year first. Before the
   * split that is the workspace doc alone, unless a migration under way has loaded years.
   */
  all(): readonly Y.Doc[] {
    if (this.years.size === 0) return [this.main];
    const loaded = [...this.years.entries()].sort(([a], [b]) => b - a).map(([, y]) => y.doc);
    return [this.main, ...loaded];
  }

  /** Every year with a doc, newest first (none before the split, unless a migration began). */
  knownYears(): number[] {
    return [...new Set([...historyYears(this.main), ...this.years.keys()])].sort((a, b) => b - a);
  }

  isLoaded(year: number): boolean {
    return this.years.get(year)?.done === true;
  }

  /** Whether a year's doc is being loaded now. */
  isLoading(year: number): boolean {
    const entry = this.years.get(year);
    return entry !== undefined && !entry.done;
  }

  /** A year as people say it: "2024–25" (a September start), "2025" (January). */
  label(year: number): string {
    const { startYear, endYear } = schoolYearSpan(year, readSchoolYearStart(this.main));
    return startYear === endYear ? String(startYear) : `${startYear}–${String(endYear).slice(-2)}`;
  }

  /** Each year whose stored rows are in its doc, newest first (what a snapshot keeps). */
  loadedYearDocs(): { year: number; doc: Y.Doc }[] {
    return [...this.years.entries()]
      .filter(([, entry]) => entry.done)
      .sort(([a], [b]) => b - a)
      .map(([year, entry]) => ({ year, doc: entry.doc }));
  }

  /** Known years not loaded yet, newest first. */
  unloadedYears(): number[] {
    return this.knownYears().filter((year) => !this.isLoaded(year));
  }

  /** The year's doc once its stored rows are in it. */
  async load(year: number): Promise<Y.Doc> {
    const entry = this.start(year);
    await entry.loaded;
    return entry.doc;
  }

  /** Loads the next older year not loaded yet; false when every known year is loaded. */
  async loadOlder(): Promise<boolean> {
    const next = this.unloadedYears()[0];
    if (next === undefined) return false;
    await this.load(next);
    return true;
  }

  /** Every doc of the workspace's history, loading the years not loaded yet (exports, backups). */
  async loadAll(): Promise<readonly Y.Doc[]> {
    await Promise.all(this.knownYears().map((year) => this.load(year)));
    return this.all();
  }

  /** Calls back with each year doc as it is added (before its rows have loaded). */
  onAdded(listener: (doc: Y.Doc, year: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The loaded year a doc holds, or null for the workspace doc. */
  yearOfDoc(doc: Y.Doc): number | null {
    for (const [year, entry] of this.years) if (entry.doc === doc) return year;
    return null;
  }

  private start(year: number): YearDoc {
    let entry = this.years.get(year);
    if (entry) return entry;
    // A migration or view still running after the workspace closed must not open databases.
    if (this.disposed) throw new Error('This workspace has been closed.');
    const doc = new Y.Doc();
    const created: YearDoc = {
      doc,
      done: false,
      close: () => Promise.resolve(),
      loaded: Promise.resolve(),
    };
    created.loaded = this.open(year, doc).then(
      (opened) => {
        created.close = opened.close;
        created.done = true;
        if (this.disposed) void opened.close();
        else this.version.value++;
      },
      (error: unknown) => {
        // Unloaded again, so a later view can retry; the caller sees why.
        this.years.delete(year);
        this.version.value++;
        throw error;
      },
    );
    // This device's edits (and their Undo) to the year are stamped; loaded rows and peers' are not.
    // After each transaction rather than on 'update': a doc with an update listener has every
    // transaction encoded as an update, its loaded rows too.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const { origin } = transaction;
      if (origin !== LOCAL_ORIGIN && !(origin instanceof Y.UndoManager)) return;
      if (transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0)
        this.stampEdit(year);
    });
    this.years.set(year, (entry = created));
    for (const listener of this.listeners) listener(doc, year);
    this.version.value++;
    return entry;
  }

  /**
   * Stamps an edit to a past year in the workspace doc (`touchHistoryYear`), at most once a
   * minute: the sync hubs keep only this year open, and open a past one when its stamp changes
   * (lib/sync/year-rooms.ts). The stamp has the history's origin, so Undo
   * leaves it alone.
   */
  private stampEdit(year: number) {
    if (year >= this.currentYear) return;
    const now = this.now();
    const last = this.stamped.get(year);
    if (last !== undefined && now - last < STAMP_EVERY_MS) return;
    this.stamped.set(year, now);
    this.main.transact(() => touchHistoryYear(this.main, year, now), HISTORY_ORIGIN);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.stopObserving();
    this.listeners.clear();
    // A year still loading closes itself when it is done (see `start`).
    const closing = [...this.years.values()].map((entry) =>
      entry.done ? entry.close() : entry.loaded.catch(() => undefined),
    );
    this.years.clear();
    await Promise.all(closing);
  }
}
