import { computed, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { partnerSchema, type Partner } from '../model/partner';
import { personSchema, type Person } from '../model/person';
import { nextTask } from '../model/next-task';
import { partnerSearchText, matchesQuery } from '../model/search';
import { RecordCache } from './record-cache';
import { UndoAcrossDocs } from './undo-across-docs';
import { resorted } from './resorted';
import { memoryYears, YearHistory } from './year-history';

/** Everything the panel shows about one open workspace, as signals. */
export class WorkspaceSession {
  /** The workspace doc's own undo manager; Undo and Redo go through `act`, `undo`, `redo`. */
  readonly undoManager: Y.UndoManager;
  readonly partners: RecordCache<Partner>;
  readonly people: RecordCache<Person>;
  /** One Undo/Redo order over the workspace doc and every year doc of its contact log. */
  private readonly undoHistory = new UndoAcrossDocs();
  private readonly stopTrackingYears: () => void;
  /** Stops keeping years' feedback and contributions in line with their partners' deletion. */
  private stopCascade: () => void = () => undefined;
  /** Resolves once that keeper runs (a chunk of its own, fetched after the first view). */
  readonly cascadeStarted: Promise<void>;
  private disposed = false;
  readonly canUndo: ReadonlySignal<boolean> = this.undoHistory.canUndo;
  readonly canRedo: ReadonlySignal<boolean> = this.undoHistory.canRedo;
  private readonly searchTexts = new WeakMap<Partner, string>();
  private readonly features = new Map<string, { dispose: () => void }>();

  /** Live partners sorted by name, recomputed only when partners change (soft-deleted hidden). */
  readonly sortedPartners: ReadonlySignal<Partner[]>;
  /** Live people grouped by the partner they belong to. */
  readonly peopleByPartner: ReadonlySignal<Map<string, Person[]>>;

  /** Where the contact log lives: the workspace doc, or one doc per school year once split. */
  readonly history: YearHistory;

  /**
   * `fill: 'later'`: the caches stay empty until `fill()` (see RecordCache). `history`: the
   * workspace's year docs, stored (the panel) or in memory (the default).
   */
  constructor(
    readonly doc: Y.Doc,
    options: { fill?: 'now' | 'later'; history?: YearHistory } = {},
  ) {
    this.history = options.history ?? new YearHistory(doc, memoryYears);
    this.partners = new RecordCache(doc, 'partners', partnerSchema, options);
    this.people = new RecordCache(doc, 'people', personSchema, options);
    this.undoManager = this.undoHistory.track(doc);
    for (const historyDoc of this.history.all()) this.undoHistory.track(historyDoc);
    this.stopTrackingYears = this.history.onAdded((yearDoc) => this.undoHistory.track(yearDoc));
    this.cascadeStarted = import('./partner-cascade-keeper').then(
      ({ keepDependentsWithPartners }) => {
        if (!this.disposed) this.stopCascade = keepDependentsWithPartners(doc, this.history);
      },
      (error: unknown) => console.warn('Bridgework: partner cascade not started', error),
    );
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    // By name, then by id: a total order, so the list kept across edits is the full sort's.
    const byName = (a: Partner, b: Partner) =>
      collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    let shown: Partner[] | undefined;
    this.sortedPartners = computed(() => {
      void this.partners.changes.value;
      const live = [...this.partners.live()].filter((partner) => !partner.archived);
      return (shown = resorted(shown, live, byName));
    });
    this.peopleByPartner = computed(() => {
      void this.people.changes.value;
      const groups = new Map<string, Person[]>();
      for (const person of this.people.live()) {
        if (!person.partnerId) continue;
        const group = groups.get(person.partnerId) ?? [];
        group.push(person);
        groups.set(person.partnerId, group);
      }
      for (const group of groups.values()) group.sort((a, b) => collator.compare(a.name, b.name));
      return groups;
    });
  }

  /**
   * Reads partners and people a slice at a time, for a session made with `fill: 'later'`, then
   * sorts the partners and groups the people each in a task of its own: the first render of the
   * list would otherwise do both (a district's 10,000 partners and 30,000 people) in the task that
   * also lays the list out, one block of 50–70 ms. Computeds keep their value while nothing they
   * read changes, so that render reads these.
   */
  async fill(): Promise<void> {
    await this.partners.fill();
    await this.people.fill();
    await nextTask();
    void this.sortedPartners.value;
    await nextTask();
    void this.peopleByPartner.value;
  }

  searchPartners(query: string): Partner[] {
    const all = this.sortedPartners.value;
    if (!query.trim()) return all;
    return all.filter((partner) => {
      let text = this.searchTexts.get(partner);
      if (text === undefined) {
        text = partnerSearchText(partner);
        this.searchTexts.set(partner, text);
      }
      return matchesQuery(text, query);
    });
  }

  /** Runs one user action as its own undo step, whichever docs (workspace, years) it writes. */
  act<T>(action: () => T): T {
    return this.undoHistory.act(action);
  }

  /** The next edit in any doc starts a new undo step (an undo boundary). */
  stopCapturing() {
    this.undoHistory.stopCapturing();
  }

  undo() {
    this.undoHistory.undo();
  }

  redo() {
    this.undoHistory.redo();
  }

  /**
   * A feature's view model (goals, log, …), created on first use and
   * disposed with the session, so features don't pay for each other.
   */
  feature<T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T): T {
    let state = this.features.get(key) as T | undefined;
    if (!state) {
      state = create(this.doc);
      this.features.set(key, state);
    }
    return state;
  }

  dispose() {
    for (const state of this.features.values()) state.dispose();
    this.features.clear();
    this.partners.dispose();
    this.people.dispose();
    this.stopTrackingYears();
    this.disposed = true;
    this.stopCascade();
    this.undoHistory.dispose();
    void this.history.dispose();
  }
}
