import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { z } from 'zod';
import type { CollectionName } from '../model/doc';
import type { HistoryDocs } from '../model/history-docs';
import { followHistoryCollection } from './follow-history';
import { historyRecordIn } from '../model/history-records';
import { inspectRecord } from '../model/records';

/**
 * Validated copies of one history collection's records (check-ins) over every doc of the
 * history (lib/model/history-docs.ts): the workspace doc and each school year loaded so far,
 * including years loaded after it was made (`onAdded`), whose rows then arrive as updates. Which
 * copy of a record counts is lib/model/history-records.ts's rule (a year's copy over a moved
 * original), so a record read twice during a migration shows once.
 *
 * Each doc is observed; an event re-reads only the records it touched. The cost: one map lookup
 * per loaded doc for each touched record, and every loaded record validated once when read here
 * (as RecordCache does for one doc).
 */
export class HistoryRecords<T extends { id: string }> {
  private readonly records = new Map<string, T>();
  private readonly revision = signal(0);
  private readonly stop: () => void;

  constructor(
    history: HistoryDocs,
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

  /** `docs`: the history's docs, read once per batch of records rather than once per record. */
  private refresh(id: string, docs: readonly Y.Doc[]) {
    this.records.delete(id);
    const raw = historyRecordIn(docs, this.name, id);
    if (raw === undefined) return;
    const inspected = inspectRecord(this.schema, id, raw);
    // One that does not read is listed under "Needs attention" (lib/model/quarantine.ts).
    if (inspected.ok) this.records.set(id, inspected.record as T);
  }

  /** Bumps on every change; read it inside a computed to depend on the records. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): T | undefined {
    return this.records.get(id);
  }

  values(): IterableIterator<T> {
    return this.records.values();
  }

  dispose() {
    this.stop();
  }
}
