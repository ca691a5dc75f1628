import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { z } from 'zod';
import { collection, type CollectionName } from '../model/doc';
import { inspectRecord, observeTouchedRecords } from '../model/records';

interface PartnerRecord {
  id: string;
  partnerId: string;
  deletedAt?: number | undefined;
}

/**
 * Validated copies of one collection's records, grouped by the partner they belong to, over one
 * or more docs (a history collection may span several: lib/model/history-docs.ts). Each doc is
 * observed; an event re-reads only the records it touched and moves them between partner
 * groups, so a partner page costs its own records, never a scan of the workspace.
 *
 * Ids are UUIDs, unique across docs, so one map holds the records of every doc.
 */
export class PartnerRecords<T extends PartnerRecord> {
  private readonly records = new Map<string, T>();
  private readonly byPartner = new Map<string, Set<string>>();
  private readonly revision = signal(0);
  private readonly stops: (() => void)[] = [];

  constructor(
    docs: readonly Y.Doc[],
    private readonly name: CollectionName,
    private readonly schema: z.ZodType<Omit<T, 'id'>>,
  ) {
    for (const doc of docs) {
      const map = collection(doc, name);
      map.forEach((raw, id) => this.refresh(id, raw));
      this.stops.push(
        observeTouchedRecords(doc, name, (touched) => {
          for (const id of touched) this.refresh(id, map.get(id));
          this.revision.value++;
        }),
      );
    }
  }

  private refresh(id: string, raw: unknown) {
    const before = this.records.get(id);
    if (before) {
      this.byPartner.get(before.partnerId)?.delete(id);
      this.records.delete(id);
    }
    if (raw === undefined) return;
    const inspected = inspectRecord(this.schema, id, raw);
    if (!inspected.ok) return; // Quarantine (lib/model/quarantine.ts) shows it.
    const record = inspected.record as T;
    this.records.set(id, record);
    let ids = this.byPartner.get(record.partnerId);
    if (!ids) this.byPartner.set(record.partnerId, (ids = new Set()));
    ids.add(id);
  }

  /** Bumps on every change; read it inside a computed or a render to depend on the records. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  /** The partner's live records (soft-deleted ones hidden), in no particular order. */
  ofPartner(partnerId: string): T[] {
    void this.revision.value;
    const live: T[] = [];
    for (const id of this.byPartner.get(partnerId) ?? []) {
      const record = this.records.get(id);
      if (record && record.deletedAt === undefined) live.push(record);
    }
    return live;
  }

  /** Every live record, in no particular order (a search reads them all). */
  *live(): IterableIterator<T> {
    void this.revision.value;
    for (const record of this.records.values()) if (record.deletedAt === undefined) yield record;
  }

  dispose() {
    for (const stop of this.stops) stop();
  }
}
