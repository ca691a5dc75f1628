import { signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { contributionSchema, type Contribution } from '../model/contribution';
import { collection } from '../model/doc';
import { inspectRecord, touchedRecordIds } from '../model/records';

/**
 * Validated copies of every contribution across the history docs (`HistoryDocs.all()`), grouped
 * by partner. Each doc is observed and an event re-reads only the records it touched, so saving
 * one contribution costs one validation, and a partner page reads its own records only.
 *
 * Ids are UUIDs, unique across docs, so one map holds the records of every doc.
 */
const live = (record: Contribution | undefined) =>
  record && record.deletedAt === undefined ? record : undefined;

export class ContributionIndex {
  private readonly records = new Map<string, Contribution>();
  private readonly byPartner = new Map<string, Set<string>>();
  private readonly revision = signal(0);
  private readonly stops: (() => void)[] = [];

  /**
   * `onChange` hears each record's old and new live value (undefined when absent, unreadable or
   * soft-deleted), so running totals can take the old one out and put the new one in.
   */
  constructor(
    docs: readonly Y.Doc[],
    private readonly onChange?: (before?: Contribution, after?: Contribution) => void,
  ) {
    for (const doc of docs) {
      const map = collection(doc, 'contributions');
      map.forEach((raw, id) => this.refresh(id, raw));
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const touched = touchedRecordIds(map, events);
        // A record moved to another doc (a new date in another year) is removed here and set
        // there, so it is read again from whichever doc still holds it.
        for (const id of touched) this.refresh(id, this.findRaw(docs, id));
        if (touched.size) this.revision.value++;
      };
      map.observeDeep(observer);
      this.stops.push(() => map.unobserveDeep(observer));
    }
  }

  private findRaw(docs: readonly Y.Doc[], id: string): unknown {
    for (const doc of docs) {
      const raw = collection(doc, 'contributions').get(id);
      if (raw !== undefined) return raw;
    }
    return undefined;
  }

  private refresh(id: string, raw: unknown) {
    const before = this.records.get(id);
    if (before) {
      this.byPartner.get(before.partnerId)?.delete(id);
      this.records.delete(id);
    }
    const inspected = raw === undefined ? undefined : inspectRecord(contributionSchema, id, raw);
    // An unreadable record is left out; quarantine (lib/model/quarantine.ts) shows it.
    const record = inspected?.ok ? inspected.record : undefined;
    if (record) {
      this.records.set(id, record);
      let ids = this.byPartner.get(record.partnerId);
      if (!ids) this.byPartner.set(record.partnerId, (ids = new Set()));
      ids.add(id);
    }
    this.onChange?.(live(before), live(record));
  }

  /** Bumps on every change; read it inside a computed or a render to depend on the records. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): Contribution | undefined {
    return this.records.get(id);
  }

  /** The partner's live contributions, in no particular order. */
  ofPartner(partnerId: string): Contribution[] {
    void this.revision.value;
    const live: Contribution[] = [];
    for (const id of this.byPartner.get(partnerId) ?? []) {
      const record = this.records.get(id);
      if (record && record.deletedAt === undefined) live.push(record);
    }
    return live;
  }

  /** Every live contribution, in no particular order. */
  *live(): IterableIterator<Contribution> {
    void this.revision.value;
    for (const record of this.records.values()) if (record.deletedAt === undefined) yield record;
  }

  dispose() {
    for (const stop of this.stops) stop();
  }
}
