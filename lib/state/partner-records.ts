import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { z } from 'zod';
import type { CollectionName } from '../model/doc';
import type { HistoryDocs } from '../model/history-docs';
import { followHistoryCollection } from './follow-history';
import { historyDocOf, historyRecordIn } from '../model/history-records';
import { inspectRecord } from '../model/records';

interface PartnerRecord {
  id: string;
  partnerId: string;
  deletedAt?: number | undefined;
}

/**
 * Validated copies of one collection's records, grouped by the partner they belong to, over the
 * docs of a history (a history collection spans the workspace doc and each school year loaded:
 * lib/model/history-docs.ts), following years loaded later (`onAdded`). Which copy of a record
 * counts is lib/model/history-records.ts's rule (a year's copy over a moved original). Each doc
 * is observed; an event re-reads only the records it touched and moves them between partner
 * groups, so a partner page costs its own records, never a scan of the workspace.
 *
 * Ids are UUIDs, unique across docs, so one map holds the records of every doc.
 */
export class PartnerRecords<T extends PartnerRecord> {
  private readonly records = new Map<string, T>();
  private readonly byPartner = new Map<string, Set<string>>();
  private readonly revision = signal(0);
  private readonly stop: () => void;

  constructor(
    private readonly history: HistoryDocs,
    private readonly name: CollectionName,
    private readonly schema: z.ZodType<Omit<T, 'id'>>,
  ) {
    this.stop = followHistoryCollection(
      history,
      name,
      (id, docs) => this.refresh(id, docs),
      () => this.revision.value++,
    );
  }

  /** Whether any doc of the history holds the record (live, deleted or unreadable). */
  holds(id: string): boolean {
    return historyDocOf(this.history.all(), this.name, id) !== null;
  }

  private refresh(id: string, docs: readonly Y.Doc[]) {
    const before = this.records.get(id);
    if (before) {
      this.byPartner.get(before.partnerId)?.delete(id);
      this.records.delete(id);
    }
    const raw = historyRecordIn(docs, this.name, id);
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

  /** Every record read, soft-deleted ones included, with the doc holding it. */
  *withDocs(): IterableIterator<{ record: T; doc: Y.Doc | null }> {
    const docs = this.history.all();
    for (const record of this.records.values())
      yield { record, doc: historyDocOf(docs, this.name, record.id) };
  }

  /** Every live record, in no particular order (a search reads them all). */
  *live(): IterableIterator<T> {
    void this.revision.value;
    for (const record of this.records.values()) if (record.deletedAt === undefined) yield record;
  }

  dispose() {
    this.stop();
  }
}
