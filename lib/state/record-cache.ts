import { signal, type ReadonlySignal } from '@preact/signals';
import * as Y from 'yjs';
import type { z } from 'zod';
import { collection, type CollectionName } from '../model/doc';
import { inSlices } from '../model/next-task';
import { inspectRecord, touchedRecordIds } from '../model/records';

/**
 * Validated plain copies of one collection, kept current from Yjs events so a
 * change re-reads only the records it touched, not all 10,000.
 */
export class RecordCache<T extends { id: string }> {
  private readonly records = new Map<string, T>();
  private readonly invalidIds = new Set<string>();
  /** What is wrong with each invalid record, for "Needs attention". */
  private readonly problems = new Map<string, string>();
  private readonly revision = signal(0);
  private readonly observer: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void;

  /**
   * `fill: 'later'` leaves the cache empty until `fill()`, which reads the records a slice at a
   * time: a district's 30,000 people take about a second to validate, too long for one task.
   */
  constructor(
    private readonly doc: Y.Doc,
    private readonly name: CollectionName,
    private readonly schema: z.ZodType<Omit<T, 'id'>>,
    options: { fill?: 'now' | 'later' } = {},
  ) {
    const map = collection(doc, name);
    this.filled = options.fill !== 'later';
    if (this.filled) map.forEach((_raw, id) => this.refresh(id));
    this.observer = (events) => {
      const touched = touchedRecordIds(map, events);
      for (const id of touched) this.refresh(id);
      if (touched.size) this.revision.value++;
    };
    map.observeDeep(this.observer);
  }

  /** Reads every record, giving the main thread back between slices (see the constructor). */
  async fill(taskMs?: number): Promise<void> {
    const ids = [...collection(this.doc, this.name).keys()];
    await inSlices(ids, (id) => this.refresh(id), taskMs);
    this.filled = true;
    this.revision.value++;
  }

  /** Whether every record has been read (`fill` done, or made with `fill: 'now'`). */
  private filled: boolean;

  /**
   * The ids of records that do not read, once every record has been read (else null): what
   * "Needs attention" lists, without validating the whole collection a second time.
   */
  invalidRecordIds(): string[] | null {
    return this.filled ? [...this.invalidIds] : null;
  }

  private refresh(id: string) {
    const raw = collection(this.doc, this.name).get(id);
    this.records.delete(id);
    this.invalidIds.delete(id);
    this.problems.delete(id);
    if (raw === undefined) return;
    const inspected = inspectRecord(this.schema, id, raw);
    if (inspected.ok) this.records.set(id, inspected.record as T);
    else {
      this.invalidIds.add(id);
      this.problems.set(id, inspected.problem);
    }
  }

  /** Bumps on every change; read it inside a computed to depend on the cache. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  /** Records not soft-deleted: what lists, counts and pickers show (`get` still finds the rest). */
  *live(): IterableIterator<T> {
    for (const record of this.records.values()) {
      if ((record as { deletedAt?: unknown }).deletedAt === undefined) yield record;
    }
  }

  get size(): number {
    return this.records.size;
  }

  get invalidCount(): number {
    return this.invalidIds.size;
  }

  /** Why a record could not be read, or undefined if it reads fine (or is gone). */
  problemOf(id: string): string | undefined {
    return this.problems.get(id);
  }

  dispose() {
    collection(this.doc, this.name).unobserveDeep(this.observer);
  }
}
