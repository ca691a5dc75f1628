import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { collection, COLLECTIONS, type CollectionName } from '../model/doc';
import { historyDocOf } from '../model/history-records';
import { isYearlyCollection, YEARLY_COLLECTIONS } from '../model/history-years';
import { nextTask } from '../model/next-task';
import { touchedRecordIds } from '../model/records';
import {
  deleteQuarantined,
  inspectStored,
  quarantineJson,
  type QuarantinedRecord,
} from '../model/quarantine';
import type { LogHistory } from './deletions-view';

/** One collection of one doc the view watches: the workspace doc's, or a year doc's history. */
interface Watched {
  doc: Y.Doc;
  /** 0 for the workspace doc, then one per year doc, in the order they were watched. */
  index: number;
  name: CollectionName;
}

/** The longest a slice of the opening scan may hold the main thread. */
const SLICE_MS = 12;

const keyOf = (index: number, name: CollectionName, id: string) =>
  `${index}\u0000${name}\u0000${id}`;

/**
 * The records of an open workspace that cannot be read ("Needs attention"), kept current from
 * Yjs events: a change re-inspects only the records it touched. Opening validates every record
 * of every collection once, a slice at a time with a macrotask between slices (as the log
 * index does), so a district's 140,000 records cost a few seconds of background work, never a
 * frozen panel. Holds only the problems, never the valid records.
 *
 * In the split layout (`history`) each year doc's log is watched too, once its doc is added; an
 * entry is inspected in the doc whose copy counts (lib/model/log-docs.ts): a workspace-doc copy
 * marked as moved, or superseded by a year doc's, is never listed.
 */
export class QuarantineView {
  private readonly found = new Map<string, QuarantinedRecord>();
  /** The doc each listed record is in, for export and removal. */
  private readonly docOfRecord = new WeakMap<QuarantinedRecord, Y.Doc>();
  private readonly list = signal<readonly QuarantinedRecord[]>([]);
  private readonly watched: Watched[] = [];
  private readonly observers: [
    Y.Map<unknown>,
    (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void,
  ][] = [];
  private readonly yearDocs: Y.Doc[] = [];
  private readonly pending = new Map<string, Watched & { id: string }>();
  private readonly stopYears: () => void;
  private scanning = 0;
  private disposed = false;
  /** False while the first scan is still running. */
  readonly ready = signal(false);

  constructor(
    readonly doc: Y.Doc,
    private readonly options: {
      chunkSize?: number;
      history?: LogHistory;
      /** Collections the session has validated already: only their invalid records are read. */
      validated?: Partial<Record<CollectionName, { invalidRecordIds: () => string[] | null }>>;
    } = {},
  ) {
    const own = COLLECTIONS.map((name) => this.watch({ doc, index: 0, name }));
    const years = (options.history?.all() ?? []).filter((yearDoc) => yearDoc !== doc);
    const yearWatches = years.flatMap((yearDoc) => this.watchYear(yearDoc));
    this.stopYears =
      options.history?.onAdded((yearDoc) => {
        if (this.yearDocs.includes(yearDoc)) return;
        void this.scan(this.watchYear(yearDoc));
      }) ?? (() => {});
    void this.scan([...own, ...yearWatches], true);
  }

  private watchYear(yearDoc: Y.Doc): Watched[] {
    this.yearDocs.push(yearDoc);
    const index = this.yearDocs.length;
    return YEARLY_COLLECTIONS.map((name) => this.watch({ doc: yearDoc, index, name }));
  }

  private watch(target: Watched): Watched {
    const map = collection(target.doc, target.name) as Y.Map<unknown>;
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const touched = touchedRecordIds(map, events);
      if (touched.size === 0) return;
      if (this.scanning > 0) {
        for (const id of touched)
          this.pending.set(keyOf(target.index, target.name, id), { ...target, id });
        return;
      }
      for (const id of touched) this.refresh(target, id);
      this.publish();
    };
    map.observeDeep(observer);
    this.observers.push([map, observer]);
    this.watched.push(target);
    return target;
  }

  /**
   * Inspects every record of `targets`: at once without `chunkSize`, else giving the main thread
   * back after `chunkSize` records or SLICE_MS, whichever comes first (2,000 partners took
   * ~100 ms to validate on a slow machine).
   */
  private async scan(targets: readonly Watched[], first = false) {
    const size = this.options.chunkSize;
    this.scanning++;
    let taskStart = performance.now();
    let inTask = 0;
    for (const target of targets) {
      const known =
        target.doc === this.doc ? this.options.validated?.[target.name]?.invalidRecordIds() : null;
      const ids = known ?? [...collection(target.doc, target.name).keys()];
      for (const id of ids) {
        if (size && (++inTask > size || performance.now() - taskStart > SLICE_MS)) {
          await nextTask();
          if (this.disposed) return;
          taskStart = performance.now();
          inTask = 1;
        }
        this.refresh(target, id);
      }
    }
    this.scanning--;
    if (this.scanning === 0) {
      for (const entry of this.pending.values()) this.refresh(entry, entry.id);
      this.pending.clear();
    }
    this.publish();
    if (first) this.ready.value = true;
  }

  private historyDocs(): Y.Doc[] {
    return [this.doc, ...this.yearDocs];
  }

  private refresh(target: Watched, id: string) {
    const name = target.name;
    if (isYearlyCollection(name) && this.yearDocs.length > 0) {
      // Only the copy that counts is inspected; the others are dropped from the list.
      const holder = historyDocOf(this.historyDocs(), name, id);
      for (const other of this.watched)
        if (other.name === name && other.doc !== holder)
          this.found.delete(keyOf(other.index, name, id));
      const holding = this.watched.find((w) => w.name === name && w.doc === holder);
      if (holding) this.inspect(holding, id);
      return;
    }
    if (isYearlyCollection(name) && historyDocOf(this.doc, name, id) === null) {
      // A workspace-doc copy marked as moved: its year doc holds the record.
      this.found.delete(keyOf(0, name, id));
      return;
    }
    this.inspect(target, id);
  }

  private inspect(target: Watched, id: string) {
    const key = keyOf(target.index, target.name, id);
    const entry = inspectStored(target.doc, target.name, id);
    if (entry) {
      this.found.set(key, entry);
      this.docOfRecord.set(entry, target.doc);
    } else this.found.delete(key);
  }

  private publish() {
    this.list.value = [...this.found.values()];
  }

  /** The records that need attention, in the order they were found. */
  get items(): ReadonlySignal<readonly QuarantinedRecord[]> {
    return this.list;
  }

  private docOf(record: Pick<QuarantinedRecord, 'collection' | 'id'>): Y.Doc {
    const listed =
      this.docOfRecord.get(record as QuarantinedRecord) ??
      [...this.found.values()]
        .filter((r) => r.collection === record.collection && r.id === record.id)
        .map((r) => this.docOfRecord.get(r))[0];
    return listed ?? this.doc;
  }

  /** A JSON file's text for some or all of them (see `quarantineJson`). */
  exportJson(records: readonly QuarantinedRecord[] = this.list.value): string {
    return quarantineJson((record) => this.docOf(record), records);
  }

  /** Deletes one for good on every peer (Undo brings it back); false if it reads fine by now. */
  remove(record: Pick<QuarantinedRecord, 'collection' | 'id'>): boolean {
    return deleteQuarantined(this.docOf(record), record.collection, record.id);
  }

  dispose() {
    this.disposed = true;
    this.stopYears();
    for (const [map, observer] of this.observers) map.unobserveDeep(observer);
    this.observers.length = 0;
  }
}

export const QUARANTINE_FEATURE = 'quarantine';

/** The session's quarantine view, created on first use. */
export function quarantineViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
  history?: LogHistory;
  partners?: { invalidRecordIds: () => string[] | null };
  people?: { invalidRecordIds: () => string[] | null };
}): QuarantineView {
  return session.feature(
    QUARANTINE_FEATURE,
    (doc) =>
      new QuarantineView(doc, {
        chunkSize: 2000,
        history: session.history,
        validated: { partners: session.partners, people: session.people },
      }),
  );
}
