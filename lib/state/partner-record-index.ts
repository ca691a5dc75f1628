import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { z } from 'zod';
import { collection, type CollectionName } from '../model/doc';
import { inspectRecord, touchedRecordIds } from '../model/records';

/**
 * Validated records of one collection whose records each belong to a partner (`partnerId`),
 * grouped by partner. A Yjs event re-reads only the records it touched and moves them between
 * partners, so a partner's page reads its own handful of records instead of the collection.
 * Soft-deleted records stay readable by id but leave the partner's group.
 */
export class PartnerRecordIndex<T extends { id: string; partnerId: string; deletedAt?: number }> {
  private readonly records = new Map<string, T>();
  private readonly byPartner = new Map<string, Set<string>>();
  private readonly invalidIds = new Set<string>();
  private readonly revision = signal(0);
  private readonly observer: (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void;

  constructor(
    private readonly doc: Y.Doc,
    private readonly name: CollectionName,
    private readonly schema: z.ZodType,
  ) {
    const map = collection(doc, name);
    map.forEach((_raw, id) => this.refresh(id));
    this.observer = (events) => {
      const touched = touchedRecordIds(map, events);
      for (const id of touched) this.refresh(id);
      if (touched.size) this.revision.value++;
    };
    map.observeDeep(this.observer);
  }

  private refresh(id: string) {
    const old = this.records.get(id);
    if (old) this.byPartner.get(old.partnerId)?.delete(id);
    this.records.delete(id);
    this.invalidIds.delete(id);
    const raw = collection(this.doc, this.name).get(id);
    if (raw === undefined) return;
    const inspected = inspectRecord(this.schema, id, raw);
    if (!inspected.ok) {
      this.invalidIds.add(id);
      return;
    }
    const record = inspected.record as T;
    this.records.set(id, record);
    if (record.deletedAt !== undefined) return;
    let ids = this.byPartner.get(record.partnerId);
    if (!ids) this.byPartner.set(record.partnerId, (ids = new Set()));
    ids.add(id);
  }

  /** Bumps on every change; read it inside a computed or a render to depend on the index. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  /** A partner's live records, in no particular order. */
  of(partnerId: string): T[] {
    void this.revision.value;
    const ids = this.byPartner.get(partnerId);
    if (!ids) return [];
    const list: T[] = [];
    for (const id of ids) list.push(this.records.get(id)!);
    return list;
  }

  /** Partners that have live records. */
  partnerIds(): IterableIterator<string> {
    void this.revision.value;
    return this.byPartner.keys();
  }

  /** Every live record. */
  *live(): IterableIterator<T> {
    void this.revision.value;
    for (const record of this.records.values()) if (record.deletedAt === undefined) yield record;
  }

  get invalidCount(): number {
    return this.invalidIds.size;
  }

  dispose() {
    collection(this.doc, this.name).unobserveDeep(this.observer);
  }
}
