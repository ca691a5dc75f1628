import { signal, type ReadonlySignal } from '@preact/signals';
import * as Y from 'yjs';
import {
  contributionSchema,
  readCountedFields,
  type Contribution,
  type CountedContribution,
} from '../model/contribution';
import type { HistoryDocs } from '../model/history-docs';
import { historyRecordIn } from '../model/history-records';
import { inspectRecord } from '../model/records';
import { followHistoryCollection } from './follow-history';

type Listener = (before?: CountedContribution, after?: CountedContribution) => void;

const live = <T extends { deletedAt?: number | undefined }>(record: T | null | undefined) =>
  record && record.deletedAt === undefined ? record : undefined;

/**
 * Every contribution across the history docs (`HistoryDocs.all()`, following years loaded later),
 * grouped by partner, validated
 * when first read. Opening the index reads one field per record (its partner id), not the whole
 * record through the schema: at 20,000 contributions, validating all of them blocks the panel
 * for a second or more, and a partner page needs only its own. Workspace totals need every
 * record but only a few scalar fields: they read those directly (`readCountedFields`, a few
 * milliseconds for 20,000), ask for `liveCounted()` once and then `listen` to changes.
 *
 * Each doc is observed and an event re-reads only the records it touched. Ids are UUIDs, unique
 * across docs, so one map holds the records of every doc.
 */
export class ContributionIndex {
  /** Validated copies, filled on first read; null marks a record that cannot be read. */
  private readonly cache = new Map<string, Contribution | null>();
  /** What totals read of each record, filled by `liveCounted()` and kept while listening. */
  private readonly counted = new Map<string, CountedContribution | null>();
  /** The partner id each record names (as stored), and the records of each partner. */
  private readonly partnerOf = new Map<string, string | undefined>();
  private readonly byPartner = new Map<string, Set<string>>();
  private readonly revision = signal(0);
  private readonly stop: () => void;
  private listener: Listener | undefined;

  constructor(private readonly history: HistoryDocs) {
    // Without a listener yet, refreshing a record only files it under its partner.
    this.stop = followHistoryCollection(
      history,
      'contributions',
      (id, docs) => this.refresh(id, docs),
      () => this.revision.value++,
    );
  }

  /**
   * Hears each changed record's old and new live value (undefined when absent, unreadable or
   * soft-deleted), so running totals can take the old one out and put the new one in. Call it
   * after reading `liveCounted()`: every record's fields are known then, old values included.
   */
  listen(listener: Listener) {
    this.listener = listener;
  }

  /**
   * The copy that counts (lib/model/history-records.ts): a year's over a moved original, and a
   * record moved to another year's doc (a new date) is found wherever it is now.
   */
  private findRaw(id: string, docs: readonly Y.Doc[] = this.history.all()): unknown {
    return historyRecordIn(docs, 'contributions', id);
  }

  private track(id: string, raw: unknown) {
    const before = this.partnerOf.get(id);
    if (this.partnerOf.has(id)) this.byPartner.get(before ?? '')?.delete(id);
    if (raw === undefined) {
      this.partnerOf.delete(id);
      return;
    }
    const partnerId = raw instanceof Y.Map ? raw.get('partnerId') : undefined;
    const key = typeof partnerId === 'string' ? partnerId : undefined;
    this.partnerOf.set(id, key);
    let ids = this.byPartner.get(key ?? '');
    if (!ids) this.byPartner.set(key ?? '', (ids = new Set()));
    ids.add(id);
  }

  private refresh(id: string, docs: readonly Y.Doc[]) {
    const before = this.counted.get(id);
    this.cache.delete(id);
    this.counted.delete(id);
    this.track(id, this.findRaw(id, docs));
    if (this.listener) this.listener(live(before), live(this.countedOf(id)));
  }

  private countedOf(id: string): CountedContribution | null {
    const cached = this.counted.get(id);
    if (cached !== undefined) return cached;
    const raw = this.findRaw(id);
    const fields = readCountedFields(id, raw);
    if (raw !== undefined) this.counted.set(id, fields);
    return fields;
  }

  /** The validated record, or null when it is missing or cannot be read (quarantine shows it). */
  private read(id: string): Contribution | null {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const raw = this.findRaw(id);
    const inspected = raw === undefined ? undefined : inspectRecord(contributionSchema, id, raw);
    const record = inspected?.ok ? inspected.record : null;
    if (raw !== undefined) this.cache.set(id, record);
    return record;
  }

  /** Bumps on every change; read it inside a computed or a render to depend on the records. */
  get changes(): ReadonlySignal<number> {
    return this.revision;
  }

  get(id: string): Contribution | undefined {
    return this.read(id) ?? undefined;
  }

  /** The partner's live contributions, in no particular order. */
  ofPartner(partnerId: string): Contribution[] {
    void this.revision.value;
    const found: Contribution[] = [];
    for (const id of this.byPartner.get(partnerId) ?? []) {
      const record = live(this.read(id));
      // The schema may refuse a stored partner id the index grouped by: such a record is out.
      if (record && record.partnerId === partnerId) found.push(record);
    }
    return found;
  }

  /** Every live contribution, in no particular order (validates each one not read yet). */
  *live(): IterableIterator<Contribution> {
    void this.revision.value;
    for (const id of this.partnerOf.keys()) {
      const record = live(this.read(id));
      if (record) yield record;
    }
  }

  /** Every live contribution's counted fields, in no particular order (cheap: no schema run). */
  *liveCounted(): IterableIterator<CountedContribution> {
    void this.revision.value;
    for (const id of this.partnerOf.keys()) {
      const fields = live(this.countedOf(id));
      if (fields) yield fields;
    }
  }

  /**
   * Live contributions dated `from`…`to` (`YYYY-MM-DD`, both included): the dates are read from
   * the counted fields, and only the records in the window go through the schema.
   */
  between(from: string, to: string): Contribution[] {
    void this.revision.value;
    const found: Contribution[] = [];
    for (const id of this.partnerOf.keys()) {
      const fields = live(this.countedOf(id));
      if (!fields || fields.date < from || fields.date > to) continue;
      const record = live(this.read(id));
      if (record) found.push(record);
    }
    return found;
  }

  dispose() {
    this.stop();
  }
}
