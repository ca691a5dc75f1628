import { computed, signal, type ReadonlySignal } from '@preact/signals';
import * as Y from 'yjs';
import {
  contactStatus,
  countsAsContact,
  daysOverdue,
  dueForContact,
  isDueOn,
  lastContactDate,
  type ContactStatus,
} from '../model/cadence';
import { readGoalTitles } from '../model/agenda';
import { isDeletedRaw } from '../model/deletion';
import { collection } from '../model/doc';
import { raiseContacts, summaryContactOf, observeContactSummary } from '../model/contact-summary';
import { dayString } from '../model/days';
import { isYearLayout } from '../model/history-years';
import { movedYearOf } from '../model/moved-entry';
import { followupSchema, type Followup } from '../model/followup';
import {
  isValidLocalDate,
  LOG_KINDS,
  logEntrySchema,
  type LogEntry,
  type LogKind,
} from '../model/log-entry';
import type { Partner } from '../model/partner';
import { parseRecord, touchedRecordIds } from '../model/records';
import { foldForSearch, matchesQuery } from '../model/search';
import { RecordCache } from './record-cache';
import { sharedToday, Today } from './today';
import { inSlices, nextTask } from '../model/next-task';

/**
 * What the index keeps per entry: enough to sort, group by partner and find
 * the last contact. Read straight from the Y.Map (four field reads), so
 * building the index for 100,000 entries does not run the full schema;
 * full, validated entries are parsed on demand (visible rows, the open
 * entry, a search) and cached until the entry changes.
 */
export interface LogIndexItem {
  id: string;
  date: string;
  kind: LogKind;
  partnerIds: readonly string[];
}

const KIND_SET = new Set<string>(LOG_KINDS);

/** The longest a background slice of search-text building may hold the panel. */
const WARM_SLICE_MS = 12;

/** The index fields of a raw entry, or null when the entry is unusable (no valid date or title). */
export function readIndexItem(id: string, raw: unknown): LogIndexItem | null {
  if (!(raw instanceof Y.Map)) return null;
  const date = raw.get('date');
  const title = raw.get('title');
  if (typeof date !== 'string' || typeof title !== 'string' || !title.trim()) return null;
  const day = date.trim().slice(0, 16);
  if (!isValidLocalDate(day)) return null;
  const kind = raw.get('kind');
  const ids = raw.get('partnerIds');
  const partnerIds = Array.isArray(ids)
    ? [...new Set(ids.filter((x): x is string => typeof x === 'string' && x.length <= 100))]
    : [];
  return {
    id,
    date: day,
    kind: typeof kind === 'string' && KIND_SET.has(kind) ? (kind as LogKind) : 'note',
    partnerIds,
  };
}

/** Newest first; entries on the same date keep a stable order by id. */
export function compareNewestFirst(a: LogIndexItem, b: LogIndexItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many entries are sorted in one task before runs are merged (LogView.finishInSlices). */
const SORT_RUN = 5_000;

/** Appends an entry to each of its partners' lists (in the order entries come, newest first). */
function addToPartnerGroups(byPartner: Map<string, LogIndexItem[]>, entry: LogIndexItem) {
  for (const partnerId of entry.partnerIds) {
    const list = byPartner.get(partnerId);
    if (list) list.push(entry);
    else byPartner.set(partnerId, [entry]);
  }
}

function mergeNewestFirst(a: LogIndexItem[], b: LogIndexItem[]): LogIndexItem[] {
  const out: LogIndexItem[] = new Array<LogIndexItem>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] = compareNewestFirst(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function insertSorted(list: LogIndexItem[], entry: LogIndexItem) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareNewestFirst(list[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, entry);
}

function removeSorted(list: LogIndexItem[], entry: LogIndexItem) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareNewestFirst(list[mid]!, entry) < 0) low = mid + 1;
    else high = mid;
  }
  if (list[low]?.id === entry.id) list.splice(low, 1);
  else {
    const index = list.findIndex((item) => item.id === entry.id);
    if (index >= 0) list.splice(index, 1);
  }
}

export interface TimelineFilters {
  kinds?: readonly LogKind[];
  partnerId?: string;
  /** Inclusive `YYYY-MM-DD` bounds. */
  from?: string;
  to?: string;
  query?: string;
}

/** More changed entries than this in one event rebuild the index instead of patching it. */
const REBUILD_THRESHOLD = 2000;

/** Origin of the contact summary's repairs: not the user's (Undo skips them). */
const SUMMARY_ORIGIN = 'bridgework:contact-summary';

/**
 * The docs the log is read from (lib/state/year-history.ts): the workspace doc alone, or it and
 * each school year loaded so far. `onAdded` hands over a year's doc as it is added, and `load`
 * resolves once its stored rows are in it.
 */
export interface LogDocs {
  readonly main: Y.Doc;
  all(): readonly Y.Doc[];
  onAdded?(listener: (doc: Y.Doc, year: number) => void): () => void;
  load?(year: number): Promise<Y.Doc>;
  /** The year a doc of `all()` holds (null for the workspace doc). */
  yearOfDoc?(doc: Y.Doc): number | null;
  isLoaded?(year: number): boolean;
}

const logOf = (doc: Y.Doc) => collection(doc, 'log');

/**
 * The contact log's view model. Entries are validated once and kept in a
 * newest-first list and per-partner lists; a Yjs event re-reads only the
 * entries it touched and moves them with a binary search, so a partner's
 * timeline never scans the whole log.
 */
export class LogView {
  readonly followups: RecordCache<Followup>;
  private readonly entries = new Map<string, LogIndexItem>();
  /** Validated entries, parsed on first use; dropped when the entry changes. */
  private readonly parsed = new Map<string, LogEntry | null>();
  private readonly invalidIds = new Set<string>();
  private all: LogIndexItem[] = [];
  private byPartner = new Map<string, LogIndexItem[]>();
  /** Folded search text per entry id, read from the raw fields (no schema run); dropped on change. */
  private readonly searchTexts = new Map<string, string>();
  private readonly revision = signal(0);
  /** Set when this view made its own Today (a fixed clock), so it disposes it. */
  private readonly ownToday: Today | undefined;
  /** Today's day number in local time; moves on at midnight. */
  readonly today: ReadonlySignal<number>;
  /** False while the index is still being built in slices. */
  readonly ready = signal(false);
  /** True once every entry's search text is built (the panel's sliced build only). */
  readonly searchWarm = signal(false);
  private building = false;
  private disposed = false;
  private readonly pending = new Set<string>();
  /** The docs read so far and their observers; an entry's doc is remembered once found. */
  private readonly observers = new Map<
    Y.Doc,
    (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void
  >();
  private readonly docOfId = new Map<string, Y.Doc>();
  /** Year docs whose stored rows are still loading: their events are read by the build after. */
  private readonly loadingDocs = new Set<Y.Doc>();
  private readonly yearOfDoc = new Map<Y.Doc, number>();
  private readonly history: LogDocs;
  private readonly stopAdded: () => void;
  private readonly stopSummary: () => void;
  /** Indexing one doc after another (a year added while the first build runs waits for it). */
  private work: Promise<unknown> = Promise.resolve();

  /** Open follow-ups, soonest due first (no due date last). */
  readonly openFollowups: ReadonlySignal<Followup[]>;
  readonly overdueFollowups: ReadonlySignal<Followup[]>;
  readonly dueTodayFollowups: ReadonlySignal<Followup[]>;
  /**
   * Live goals an entry can be linked to, by title. Follows the goals map itself (a goal deleted
   * or renamed on another device leaves the picker at once), not the log.
   */
  readonly goalChoices: ReadonlySignal<{ id: string; title: string }[]>;
  private readonly goalsRevision = signal(0);
  private readonly goalsObserver = () => this.goalsRevision.value++;

  constructor(
    readonly doc: Y.Doc,
    options: {
      /** A fixed clock (tests): the day is read once from it, and never moves on by itself. */
      clock?: () => number;
      /** The day to follow; the panel's shared one by default. */
      today?: Today;
      /** Build the index in slices of this many entries, yielding between them (the panel). */
      chunkSize?: number;
      /** Where the log lives; the workspace doc alone by default. */
      history?: LogDocs;
    } = {},
  ) {
    this.history = options.history ?? { main: doc, all: () => [doc] };
    this.ownToday = options.clock ? new Today(options.clock, { follow: false }) : undefined;
    this.today = (options.today ?? this.ownToday ?? sharedToday()).number;
    this.followups = new RecordCache(doc, 'followups', followupSchema);
    const chunkSize = options.chunkSize ?? 2000;
    // A year's doc joins once its stored rows are in (its events until then are that load).
    const addYear = (yearDoc: Y.Doc, year: number) => {
      this.loadingDocs.add(yearDoc);
      this.yearOfDoc.set(yearDoc, year);
      this.attach(yearDoc);
      const loaded = this.history.load?.(year) ?? Promise.resolve(yearDoc);
      this.work = this.work.then(async () => {
        await loaded.catch(() => undefined);
        this.loadingDocs.delete(yearDoc);
        if (!this.disposed) await this.addDoc(yearDoc, chunkSize);
      });
    };
    // Years still loading join after the first build (they wait on `work`).
    const stillLoading: [Y.Doc, number][] = [];
    for (const logDoc of this.history.all()) {
      const year = this.history.yearOfDoc?.(logDoc) ?? null;
      if (year !== null && this.history.isLoaded?.(year) === false) {
        stillLoading.push([logDoc, year]);
        continue;
      }
      if (year !== null) this.yearOfDoc.set(logDoc, year);
      this.attach(logDoc);
    }
    if (options.chunkSize) this.work = this.buildInChunks(options.chunkSize);
    else {
      this.rebuild();
      this.ready.value = true;
    }
    for (const [logDoc, year] of stillLoading) addYear(logDoc, year);
    this.stopAdded = this.history.onAdded?.(addYear) ?? (() => undefined);
    this.stopSummary = observeContactSummary(doc, () => this.revision.value++);
    collection(doc, 'goals').observeDeep(this.goalsObserver);
    this.goalChoices = computed(() => {
      void this.goalsRevision.value;
      return readGoalTitles(doc);
    });

    this.openFollowups = computed(() => {
      void this.followups.changes.value;
      return [...this.followups.live()]
        .filter((f) => !f.done)
        .sort(
          (a, b) =>
            (a.due ?? '9999-99-99').localeCompare(b.due ?? '9999-99-99') ||
            a.createdAt - b.createdAt,
        );
    });
    this.overdueFollowups = computed(() => {
      const today = this.today.value;
      return this.openFollowups.value
        .filter((f) => daysOverdue(f, today) > 0)
        .sort((a, b) => daysOverdue(b, today) - daysOverdue(a, today));
    });
    this.dueTodayFollowups = computed(() => {
      const today = this.today.value;
      return this.openFollowups.value.filter((f) => isDueOn(f, today));
    });
  }

  /** Resolves once every doc handed to the view so far (years loaded meanwhile too) is indexed. */
  async settled(): Promise<void> {
    let seen: Promise<unknown> | undefined;
    // A year added while waiting queues more work: wait for that too.
    while (seen !== this.work) {
      seen = this.work;
      await seen.catch(() => undefined);
    }
  }

  private rebuild() {
    this.entries.clear();
    this.parsed.clear();
    this.searchTexts.clear();
    this.invalidIds.clear();
    this.docOfId.clear();
    const all: LogIndexItem[] = [];
    for (const logDoc of this.observers.keys()) {
      if (this.loadingDocs.has(logDoc)) continue;
      logOf(logDoc).forEach((raw, id) => this.indexRaw(logDoc, id, raw, all));
    }
    this.finish(all);
  }

  /** Starts following a doc's log. */
  private attach(logDoc: Y.Doc) {
    if (this.observers.has(logDoc)) return;
    const map = logOf(logDoc);
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (this.loadingDocs.has(logDoc)) return;
      const touched = touchedRecordIds(map, events);
      if (touched.size === 0) return;
      if (this.building) {
        for (const id of touched) this.pending.add(id);
        return;
      }
      if (touched.size > REBUILD_THRESHOLD) this.rebuild();
      else for (const id of touched) this.refresh(id);
      this.revision.value++;
    };
    this.observers.set(logDoc, observer);
    map.observeDeep(observer);
  }

  /**
   * Indexes one stored entry into `into`. An id already indexed from another doc is skipped (the
   * same entry copied by two peers' migrations), and so is a copy left behind by the migration.
   */
  private indexRaw(logDoc: Y.Doc, id: string, raw: unknown, into: LogIndexItem[]) {
    if (isDeletedRaw(raw) || this.isReadElsewhere(id, raw) || this.docOfId.has(id)) return;
    const entry = readIndexItem(id, raw);
    this.docOfId.set(id, logDoc);
    // Asked for before its year had loaded (a new entry's page): read it again now.
    this.parsed.delete(id);
    if (entry) {
      this.entries.set(id, entry);
      into.push(entry);
    } else this.invalidIds.add(id);
  }

  /**
   * A year's doc, once loaded: its entries are indexed a slice at a time and merged into the
   * timeline, and the partners' latest contacts are raised where this year has later ones.
   */
  private async addDoc(logDoc: Y.Doc, size: number) {
    this.building = true;
    const added: LogIndexItem[] = [];
    // Entries indexed from an original the migration moved here: this year's copy counts now.
    const replaced: string[] = [];
    const scanned = await this.scanInSlices(logDoc, size, (id, raw) => {
      if (this.docOfId.has(id) && this.docOfId.get(id) !== logDoc) replaced.push(id);
      else this.indexRaw(logDoc, id, raw, added);
    });
    if (!scanned) return;
    const sorted = await this.sortInSlices(added);
    if (!sorted) return;
    this.all = mergeNewestFirst(this.all, sorted);
    await inSlices(sorted, (entry) => this.insertInPartnerLists(entry));
    if (this.disposed) return;
    this.building = false;
    for (const id of replaced) this.pending.add(id);
    for (const id of this.pending) this.refresh(id);
    this.pending.clear();
    this.raiseSummary(sorted);
    this.revision.value++;
  }

  /**
   * Raises the workspace's per-partner latest contacts (lib/model/contact-summary.ts) from
   * entries seen in the split layout, once per call, as a repair that is not the user's edit.
   */
  private raiseSummary(entries: Iterable<LogIndexItem>) {
    const main = this.history.main;
    if (!isYearLayout(main)) return;
    const today = dayString(this.today.value);
    const latest = new Map<string, string>();
    for (const entry of entries) {
      if (!countsAsContact(entry.kind)) continue;
      for (const partnerId of entry.partnerIds) {
        const known = latest.get(partnerId);
        if ((known === undefined || entry.date > known) && entry.date.slice(0, 10) <= today)
          latest.set(partnerId, entry.date);
      }
    }
    const raise = [...latest].filter(([id, date]) => (summaryContactOf(main, id) ?? '') < date);
    if (raise.length === 0) return;
    // Not inside the event that found them: a new transaction of its own, after it.
    queueMicrotask(() => {
      if (this.disposed) return;
      main.transact(() => {
        for (const [partnerId, date] of raise) raiseContacts(main, [partnerId], date, today);
      }, SUMMARY_ORIGIN);
    });
  }

  /**
   * A workspace-doc original the migration moved (lib/model/history-split.ts) counts until its
   * year's doc is read here and holds its copy: it is whole until dropped, and neither a year not
   * loaded nor a copy that never reached the disk may hide it.
   */
  private isReadElsewhere(id: string, raw: unknown): boolean {
    const year = movedYearOf(raw);
    if (year === null) return false;
    for (const [logDoc, docYear] of this.yearOfDoc)
      if (docYear === year && !this.loadingDocs.has(logDoc) && logOf(logDoc).has(id)) return true;
    return false;
  }

  /** The stored entry `id`, from the doc whose copy counts. */
  private rawOf(id: string): unknown {
    const known = this.docOfId.get(id);
    if (known) {
      const raw = logOf(known).get(id);
      if (raw !== undefined && !this.isReadElsewhere(id, raw)) return raw;
    }
    for (const logDoc of this.observers.keys()) {
      if (this.loadingDocs.has(logDoc)) continue;
      const raw = logOf(logDoc).get(id);
      if (raw !== undefined && !this.isReadElsewhere(id, raw)) {
        this.docOfId.set(id, logDoc);
        return raw;
      }
    }
    this.docOfId.delete(id);
    return undefined;
  }

  /** The doc holding entry `id`, for an edit to go where the entry is (the workspace doc if none). */
  docOf(id: string): Y.Doc {
    return this.rawOf(id) === undefined ? this.history.main : (this.docOfId.get(id) ?? this.doc);
  }

  /**
   * The same build, a slice at a time with a macrotask between slices, so a
   * district's 100,000 entries never block the panel for long. Edits that
   * arrive meanwhile are applied once the index is complete.
   */
  private async buildInChunks(size: number) {
    this.building = true;
    const all: LogIndexItem[] = [];
    for (const logDoc of [...this.observers.keys()]) {
      if (this.loadingDocs.has(logDoc)) continue;
      const scanned = await this.scanInSlices(logDoc, size, (id, raw) =>
        this.indexRaw(logDoc, id, raw, all),
      );
      if (!scanned) return;
    }
    if (!(await this.finishInSlices(all))) return;
    this.building = false;
    for (const id of this.pending) this.refresh(id);
    this.pending.clear();
    this.ready.value = true;
    this.raiseSummary(this.all);
    this.revision.value++;
    void this.warmSearch();
  }

  /**
   * Builds every entry's search text in the background once the index is ready, at most
   * WARM_SLICE_MS at a time: the first search over a district's log then only compares text
   * instead of reading 100,000 entries from the doc (2.2 s before). The cost is memory: one
   * folded copy of each entry's searchable text, which a search would build anyway.
   */
  private async warmSearch() {
    const ids = this.all.map((entry) => entry.id);
    let next = 0;
    while (next < ids.length) {
      const start = performance.now();
      while (next < ids.length && performance.now() - start < WARM_SLICE_MS)
        this.searchText(ids[next++]!);
      await nextTask();
      if (this.disposed) return;
    }
    this.searchWarm.value = true;
  }

  /**
   * `finish` a slice at a time: sorting and grouping a district's 100,000 entries in one go
   * blocked the panel for ~0.45 s. Runs of SORT_RUN entries are sorted, then merged pairwise, and
   * the entries grouped by partner, with the main thread given back between steps. False when
   * the view was disposed meanwhile.
   */
  private async finishInSlices(all: LogIndexItem[]): Promise<boolean> {
    const sorted = await this.sortInSlices(all);
    if (!sorted) return false;
    const byPartner = new Map<string, LogIndexItem[]>();
    await inSlices(sorted, (entry) => addToPartnerGroups(byPartner, entry));
    if (this.disposed) return false;
    this.all = sorted;
    this.byPartner = byPartner;
    return true;
  }

  /** Sorts newest first in runs merged pairwise, a step per task; null when disposed meanwhile. */
  private async sortInSlices(all: LogIndexItem[]): Promise<LogIndexItem[] | null> {
    let runs: LogIndexItem[][] = [];
    for (let start = 0; start < all.length; start += SORT_RUN) {
      runs.push(all.slice(start, start + SORT_RUN).sort(compareNewestFirst));
      await nextTask();
      if (this.disposed) return null;
    }
    while (runs.length > 1) {
      const merged: LogIndexItem[][] = [];
      for (let i = 0; i < runs.length; i += 2) {
        merged.push(runs[i + 1] ? mergeNewestFirst(runs[i]!, runs[i + 1]!) : runs[i]!);
        await nextTask();
        if (this.disposed) return null;
      }
      runs = merged;
    }
    return runs[0] ?? [];
  }

  private finish(all: LogIndexItem[]) {
    all.sort(compareNewestFirst);
    const byPartner = new Map<string, LogIndexItem[]>();
    for (const entry of all) addToPartnerGroups(byPartner, entry);
    this.all = all;
    this.byPartner = byPartner;
  }

  private refresh(id: string) {
    const old = this.entries.get(id);
    if (old) {
      removeSorted(this.all, old);
      for (const partnerId of old.partnerIds) {
        const list = this.byPartner.get(partnerId);
        if (list) removeSorted(list, old);
      }
      this.entries.delete(id);
    }
    this.parsed.delete(id);
    this.searchTexts.delete(id);
    this.invalidIds.delete(id);
    const raw = this.rawOf(id);
    // Soft-deleted entries leave the timeline, the counts and the last contact (not invalid).
    if (raw === undefined || isDeletedRaw(raw)) return;
    const entry = readIndexItem(id, raw);
    if (!entry) {
      this.invalidIds.add(id);
      return;
    }
    this.entries.set(id, entry);
    insertSorted(this.all, entry);
    this.insertInPartnerLists(entry);
    this.raiseSummary([entry]);
  }

  /** Puts an entry in each of its partners' timelines, in date order. */
  private insertInPartnerLists(entry: LogIndexItem) {
    for (const partnerId of entry.partnerIds) {
      let list = this.byPartner.get(partnerId);
      if (!list) this.byPartner.set(partnerId, (list = []));
      insertSorted(list, entry);
    }
  }

  /**
   * Calls `visit` with each stored entry of a doc's log, `size` entries a task, the main thread
   * given back between them; false when the view was disposed meanwhile. An entry removed while
   * the scan waited is not visited.
   */
  private async scanInSlices(
    logDoc: Y.Doc,
    size: number,
    visit: (id: string, raw: unknown) => void,
  ): Promise<boolean> {
    const map = logOf(logDoc);
    const ids = [...map.keys()];
    for (let start = 0; start < ids.length; start += size) {
      for (const id of ids.slice(start, start + size)) if (map.has(id)) visit(id, map.get(id));
      await nextTask();
      if (this.disposed) return false;
    }
    return true;
  }

  /** Bumps on every change to the log; read it in a computed or a render to depend on it. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get size(): number {
    return this.all.length;
  }

  get invalidCount(): number {
    return this.invalidIds.size;
  }

  /**
   * The validated entry, parsed on first use and cached until it changes. A soft-deleted entry is
   * found too (its page says who deleted it), though no list shows it.
   */
  entry(id: string): LogEntry | undefined {
    let entry = this.parsed.get(id);
    if (entry === undefined) {
      const raw = this.rawOf(id);
      entry =
        this.entries.has(id) || isDeletedRaw(raw)
          ? (parseRecord(logEntrySchema, id, raw) as LogEntry | null)
          : null;
      this.parsed.set(id, entry);
    }
    return entry ?? undefined;
  }

  /** Entries to render, for lists that hold index items. */
  readonly getEntry = (id: string): LogEntry | undefined => this.entry(id);

  /**
   * A partner's entries, newest first. The array is the index itself (do not
   * mutate it); a new array is handed out after each change.
   */
  timelineOf(partnerId: string): readonly LogIndexItem[] {
    void this.revision.value;
    return this.byPartner.get(partnerId)?.slice() ?? [];
  }

  /** Every entry newest first, or those matching the filters. */
  timeline(filters: TimelineFilters = {}): readonly LogIndexItem[] {
    void this.revision.value;
    const source = filters.partnerId ? (this.byPartner.get(filters.partnerId) ?? []) : this.all;
    const kinds = filters.kinds?.length ? new Set(filters.kinds) : null;
    const query = filters.query?.trim() ?? '';
    const from = filters.from || null;
    const to = filters.to ? `${filters.to}T99` : null;
    if (!kinds && !query && !from && !to) return source.slice();
    return source.filter((entry) => {
      if (kinds && !kinds.has(entry.kind)) return false;
      if (from && entry.date < from) return false;
      if (to && entry.date > to) return false;
      return !query || matchesQuery(this.searchText(entry.id), query);
    });
  }

  private searchText(id: string): string {
    let text = this.searchTexts.get(id);
    if (text === undefined) {
      const parts: string[] = [];
      const add = (value: unknown) => {
        if (typeof value === 'string') parts.push(value.slice(0, 20_000));
        else if (Array.isArray(value)) for (const item of value) add(item);
      };
      const raw = this.rawOf(id);
      if (raw instanceof Y.Map) {
        for (const key of ['title', 'notes', 'decisions']) add(raw.get(key));
        const meeting = raw.get('meeting');
        if (meeting && typeof meeting === 'object' && !(meeting instanceof Y.AbstractType)) {
          const m = meeting as Record<string, unknown>;
          add(m.location);
          add(m.attendeeNames);
        }
        const agenda = raw.get('agenda');
        if (agenda instanceof Y.Map) {
          for (const item of agenda.values()) {
            if (item instanceof Y.Map)
              for (const key of ['text', 'notes', 'decisions']) add(item.get(key));
          }
        }
      }
      text = foldForSearch(parts.join('\n'));
      this.searchTexts.set(id, text);
    }
    return text;
  }

  /** Date of the partner's latest contact on or before today. */
  lastContactOf(partnerId: string): string | undefined {
    void this.revision.value;
    const seen = lastContactDate(this.byPartner.get(partnerId) ?? [], this.today.value);
    // Years not loaded count through the workspace's summary (split layout only).
    if (!isYearLayout(this.history.main)) return seen;
    const summary = summaryContactOf(this.history.main, partnerId);
    const today = dayString(this.today.value);
    if (summary === undefined || summary.slice(0, 10) > today) return seen;
    return seen === undefined || summary > seen ? summary : seen;
  }

  contactStatusOf(partner: Partner): ContactStatus {
    return contactStatus(partner, this.lastContactOf(partner.id), this.today.value);
  }

  /** Partners overdue for contact, most overdue first. */
  dueForContact(partners: Iterable<Partner>): ContactStatus[] {
    const statuses: ContactStatus[] = [];
    for (const partner of partners) statuses.push(this.contactStatusOf(partner));
    return dueForContact(statuses);
  }

  /**
   * Partners with no contact logged that are not overdue yet (added less than a cadence ago),
   * soonest due first: the Due for contact tab lists them below the overdue ones, so "never
   * contacted" always names who.
   */
  notYetContacted(partners: Iterable<Partner>): ContactStatus[] {
    const statuses: ContactStatus[] = [];
    for (const partner of partners) {
      if (this.lastContactOf(partner.id) !== undefined) continue;
      const status = this.contactStatusOf(partner);
      if (!status.overdue) statuses.push(status);
    }
    return statuses.sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
  }

  /** Follow-ups that came from an entry, in the order they were added. */
  followupsOf(logEntryId: string): Followup[] {
    void this.followups.changes.value;
    return [...this.followups.live()]
      .filter((f) => f.logEntryId === logEntryId)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Open follow-ups linked to a partner directly or through the entry they came from. */
  openFollowupsOf(partnerId: string): Followup[] {
    return this.openFollowups.value.filter(
      (f) =>
        f.partnerId === partnerId ||
        (f.logEntryId !== undefined &&
          this.entries.get(f.logEntryId)?.partnerIds.includes(partnerId)),
    );
  }

  /** Days a follow-up is past due today (0 if not). */
  daysOverdue(followup: Followup): number {
    return daysOverdue(followup, this.today.value);
  }

  dispose() {
    this.disposed = true;
    for (const [logDoc, observer] of this.observers) logOf(logDoc).unobserveDeep(observer);
    this.observers.clear();
    this.stopAdded();
    this.stopSummary();
    collection(this.doc, 'goals').unobserveDeep(this.goalsObserver);
    this.followups.dispose();
    this.ownToday?.dispose();
  }
}

export const LOG_FEATURE = 'log';

/** The session's log view model, created on first use. */
export function logViewOf(session: {
  readonly history?: LogDocs;
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
}): LogView {
  return session.feature(
    LOG_FEATURE,
    (doc) => new LogView(doc, { chunkSize: 2000, history: session.history }),
  );
}
