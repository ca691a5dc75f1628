import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import { formatList, t } from '../i18n';
import {
  restoreBulkDeletion,
  watchBulkDeletions,
  type BulkDeletion,
  type RestoreOutcome,
} from '../model/bulk-deletion';
import { isDeletedRaw, restoreRecord, unmarkDependents } from '../model/deletion';
import { collection, transactLocal, type CollectionName } from '../model/doc';
import { historyDocOf } from '../model/history-records';
import { isYearlyCollection, YEARLY_COLLECTIONS } from '../model/history-years';
import { RECORD_KINDS, recordKind } from '../model/record-kinds';
import { parseRecord, touchedRecordIds } from '../model/records';

/** One soft-deleted record, as "Recently deleted" lists it. */
export interface DeletedRecord {
  collection: CollectionName;
  id: string;
  title: string;
  /** "partner", "log entry", … in the interface language. */
  kind: string;
  deletedAt: number;
  deletedBy: string | undefined;
}

/** A peer's bulk deletion waiting for someone to restore or dismiss it. */
export interface PendingBulkDeletion {
  key: string;
  /** "25 partners and 25 people", in the interface language. */
  what: string;
  by: string | undefined;
  seenAt: number;
  total: number;
}

/** The docs holding the contact log (`YearHistory`): the workspace doc and its loaded years. */
export interface LogHistory {
  all(): readonly Y.Doc[];
  onAdded(listener: (doc: Y.Doc, year: number) => void): () => void;
}

/** More than this many deleted records are not listed at once (newest first). */
export const RECENTLY_DELETED_LIMIT = 500;

/**
 * Everything about deletions the panel shows: soft-deleted records across collections (for
 * "Recently deleted") and peers' bulk deletions (for the banner). The set of deleted ids is built
 * on first use by reading one field per record, then kept current from Yjs events, so only the
 * deleted records are ever validated.
 *
 * Records kept per school year (log entries, feedback, contributions: YEARLY_COLLECTIONS) are also
 * read from the year docs of a split workspace (`history`), each listed once, from the doc whose
 * copy counts (lib/model/history-records.ts), and restored in that doc. A year's deleted records
 * appear once its doc has loaded. Restoring a record also restores what was deleted with it in
 * the years loaded (a partner's feedback and contributions).
 */
export class DeletionsView {
  private readonly bulk = signal<BulkDeletion[]>([]);
  private readonly revision = signal(0);
  private deletedIds: Map<CollectionName, Set<string>> | null = null;
  /** Deleted records of each yearly collection in each year doc (the workspace doc's are in `deletedIds`). */
  private readonly deletedInYears = new Map<Y.Doc, Map<CollectionName, Set<string>>>();
  private readonly observers: [Y.Map<unknown>, (events: Y.YEvent<Y.Map<unknown>>[]) => void][] = [];
  private readonly stopWatching: () => void;
  private readonly stopYears: () => void;
  private readonly history: LogHistory | null;

  /** Peers' bulk deletions not yet restored or dismissed, oldest first. */
  readonly pendingBulk: ReadonlySignal<PendingBulkDeletion[]>;
  /** Soft-deleted records, newest first. */
  readonly recentlyDeleted: ReadonlySignal<DeletedRecord[]>;

  constructor(
    readonly doc: Y.Doc,
    options: { threshold?: number; clock?: () => number; history?: LogHistory } = {},
  ) {
    this.history = options.history ?? null;
    this.stopWatching = watchBulkDeletions(
      doc,
      (bulk) => (this.bulk.value = [...this.bulk.value, bulk]),
      options.threshold,
      options.clock,
    );
    for (const { collection: name } of RECORD_KINDS) {
      const map = collection(doc, name) as Y.Map<unknown>;
      const observer = (events: Y.YEvent<Y.Map<unknown>>[]) => this.onChange(name, map, events);
      map.observeDeep(observer);
      this.observers.push([map, observer]);
    }
    for (const yearDoc of this.history?.all() ?? []) if (yearDoc !== doc) this.watchYear(yearDoc);
    this.stopYears = this.history?.onAdded((yearDoc) => this.watchYear(yearDoc)) ?? (() => {});
    this.pendingBulk = computed(() =>
      this.bulk.value.map((bulk) => ({
        key: bulk.key,
        what: describeCountsIn(bulk.counts),
        by: bulk.by,
        seenAt: bulk.seenAt,
        total: bulk.total,
      })),
    );
    this.recentlyDeleted = computed(() => {
      void this.revision.value;
      return this.readDeleted();
    });
  }

  private watchYear(yearDoc: Y.Doc) {
    if (this.deletedInYears.has(yearDoc)) return;
    const byCollection = new Map<CollectionName, Set<string>>();
    this.deletedInYears.set(yearDoc, byCollection);
    for (const name of YEARLY_COLLECTIONS) {
      if (!recordKind(name)) continue;
      const ids = new Set<string>();
      const map = collection(yearDoc, name) as Y.Map<unknown>;
      map.forEach((raw, id) => {
        if (isDeletedRaw(raw)) ids.add(id);
      });
      byCollection.set(name, ids);
      const observer = (events: Y.YEvent<Y.Map<unknown>>[]) => {
        if (noteDeleted(ids, map, events)) this.revision.value++;
      };
      map.observeDeep(observer);
      this.observers.push([map, observer]);
      if (ids.size) this.revision.value++;
    }
  }

  /** The workspace doc, then the year docs watched so far (the order history-records reads). */
  private historyDocs(): Y.Doc[] {
    return [this.doc, ...this.deletedInYears.keys()];
  }

  private index(): Map<CollectionName, Set<string>> {
    if (!this.deletedIds) {
      this.deletedIds = new Map();
      for (const { collection: name } of RECORD_KINDS) {
        const ids = new Set<string>();
        collection(this.doc, name).forEach((raw, id) => {
          if (isDeletedRaw(raw)) ids.add(id);
        });
        this.deletedIds.set(name, ids);
      }
    }
    return this.deletedIds;
  }

  private onChange(name: CollectionName, map: Y.Map<unknown>, events: Y.YEvent<Y.Map<unknown>>[]) {
    if (!this.deletedIds) return;
    if (noteDeleted(this.deletedIds.get(name)!, map, events)) this.revision.value++;
  }

  /** The doc whose record `id` of `name` is read (a year doc for most log entries). */
  private docOf(name: CollectionName, id: string): Y.Doc | null {
    return isYearlyCollection(name) ? historyDocOf(this.historyDocs(), name, id) : this.doc;
  }

  private readDeleted(): DeletedRecord[] {
    const records: DeletedRecord[] = [];
    for (const [name, workspaceIds] of this.index()) {
      const kind = recordKind(name)!;
      const kindName = t(`trust.kind.${name}`);
      const ids = new Set(workspaceIds);
      for (const years of this.deletedInYears.values())
        for (const id of years.get(name) ?? []) ids.add(id);
      for (const id of ids) {
        const doc = this.docOf(name, id);
        if (!doc) continue;
        const record = parseRecord(kind.schema, id, collection(doc, name).get(id)) as
          (Record<string, unknown> & { deletedAt?: number; deletedBy?: string }) | null;
        if (!record || record.deletedAt === undefined) continue;
        records.push({
          collection: name,
          id,
          title: kind.title(record) || t('trust.deleted.untitled', { kind: kindName }),
          kind: kindName,
          deletedAt: record.deletedAt,
          deletedBy: record.deletedBy,
        });
      }
    }
    records.sort((a, b) => b.deletedAt - a.deletedAt || (a.id < b.id ? -1 : 1));
    return records.slice(0, RECENTLY_DELETED_LIMIT);
  }

  /** Restores one record (and what was deleted with it). Run it inside `session.act` for Undo. */
  restore(record: Pick<DeletedRecord, 'collection' | 'id'>): boolean {
    const doc = this.docOf(record.collection, record.id);
    if (!doc) return false;
    const dependents = recordKind(record.collection)?.dependents ?? [];
    if (!restoreRecord(doc, record.collection, record.id, dependents)) return false;
    const yearly = dependents.filter((dependent) => isYearlyCollection(dependent.collection));
    if (yearly.length)
      for (const yearDoc of this.deletedInYears.keys())
        transactLocal(yearDoc, () => unmarkDependents(yearDoc, record.id, yearly));
    return true;
  }

  /** Restores everything a bulk deletion removed and forgets it. */
  restoreBulk(key: string): RestoreOutcome | null {
    const bulk = this.bulk.value.find((item) => item.key === key);
    if (!bulk) return null;
    const outcome = restoreBulkDeletion(this.doc, bulk);
    this.dismissBulk(key);
    return outcome;
  }

  dismissBulk(key: string) {
    this.bulk.value = this.bulk.value.filter((item) => item.key !== key);
  }

  dispose() {
    this.stopWatching();
    this.stopYears();
    for (const [map, observer] of this.observers) map.unobserveDeep(observer);
  }
}

/** Updates a collection's deleted ids from its events; true when the list may have changed. */
function noteDeleted(
  ids: Set<string>,
  map: Y.Map<unknown>,
  events: Y.YEvent<Y.Map<unknown>>[],
): boolean {
  let changed = false;
  for (const id of touchedRecordIds(map, events)) {
    const deleted = isDeletedRaw(map.get(id));
    if (deleted || ids.has(id)) changed = true;
    if (deleted) ids.add(id);
    else ids.delete(id);
  }
  return changed;
}

/** "25 partners and 25 people": the largest count first, each with its plural in the language. */
function describeCountsIn(counts: Partial<Record<CollectionName, number>>): string {
  return formatList(
    (Object.entries(counts) as [CollectionName, number][])
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => t(`trust.count.${name}`, { count })),
  );
}

export const DELETIONS_FEATURE = 'deletions';

/** The session's deletions view model, created on first use (the panel mounts it at once). */
export function deletionsViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
  history?: LogHistory;
}): DeletionsView {
  return session.feature(
    DELETIONS_FEATURE,
    (doc) => new DeletionsView(doc, { history: session.history }),
  );
}
