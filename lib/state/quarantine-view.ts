import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { collection, COLLECTIONS, type CollectionName } from '../model/doc';
import { touchedRecordIds } from '../model/records';
import {
  deleteQuarantined,
  inspectStored,
  quarantineJson,
  type QuarantinedRecord,
} from '../model/quarantine';

const keyOf = (name: CollectionName, id: string) => `${name}\u0000${id}`;

/**
 * The records of an open workspace that cannot be read ("Needs attention"), kept current from
 * Yjs events: a change re-inspects only the records it touched. Opening validates every record
 * of every collection once, a slice at a time with a macrotask between slices (as the log
 * index does), so a district's 140,000 records cost a few seconds of background work, never a
 * frozen panel. Holds only the problems, never the valid records.
 */
export class QuarantineView {
  private readonly found = new Map<string, QuarantinedRecord>();
  private readonly list = signal<readonly QuarantinedRecord[]>([]);
  private readonly observers = new Map<
    CollectionName,
    (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void
  >();
  private readonly pending = new Set<string>();
  private building = false;
  private disposed = false;
  /** False while the first scan is still running. */
  readonly ready = signal(false);

  constructor(
    readonly doc: Y.Doc,
    options: { chunkSize?: number } = {},
  ) {
    for (const name of COLLECTIONS) {
      const map = collection(doc, name);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const touched = touchedRecordIds(map, events);
        if (touched.size === 0) return;
        if (this.building) {
          for (const id of touched) this.pending.add(keyOf(name, id));
          return;
        }
        for (const id of touched) this.refresh(name, id);
        this.publish();
      };
      map.observeDeep(observer);
      this.observers.set(name, observer);
    }
    if (options.chunkSize) void this.scanInChunks(options.chunkSize);
    else {
      for (const name of COLLECTIONS)
        for (const id of collection(doc, name).keys()) this.refresh(name, id);
      this.publish();
      this.ready.value = true;
    }
  }

  private async scanInChunks(size: number) {
    this.building = true;
    let done = 0;
    for (const name of COLLECTIONS) {
      for (const id of [...collection(this.doc, name).keys()]) {
        this.refresh(name, id);
        if (++done % size === 0) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (this.disposed) return;
        }
      }
    }
    this.building = false;
    for (const key of this.pending) {
      const [name, id] = key.split('\u0000') as [CollectionName, string];
      this.refresh(name, id);
    }
    this.pending.clear();
    this.publish();
    this.ready.value = true;
  }

  private refresh(name: CollectionName, id: string) {
    const entry = inspectStored(this.doc, name, id);
    if (entry) this.found.set(keyOf(name, id), entry);
    else this.found.delete(keyOf(name, id));
  }

  private publish() {
    this.list.value = [...this.found.values()];
  }

  /** The records that need attention, in the order they were found. */
  get items(): ReadonlySignal<readonly QuarantinedRecord[]> {
    return this.list;
  }

  /** A JSON file's text for some or all of them (see `quarantineJson`). */
  exportJson(records: readonly QuarantinedRecord[] = this.list.value): string {
    return quarantineJson(this.doc, records);
  }

  /** Deletes one for good on every peer (Undo brings it back); false if it reads fine by now. */
  remove(record: Pick<QuarantinedRecord, 'collection' | 'id'>): boolean {
    return deleteQuarantined(this.doc, record.collection, record.id);
  }

  dispose() {
    this.disposed = true;
    for (const [name, observer] of this.observers)
      collection(this.doc, name).unobserveDeep(observer);
    this.observers.clear();
  }
}

export const QUARANTINE_FEATURE = 'quarantine';

/** The session's quarantine view, created on first use. */
export function quarantineViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
}): QuarantineView {
  return session.feature(QUARANTINE_FEATURE, (doc) => new QuarantineView(doc, { chunkSize: 2000 }));
}
