import * as Y from 'yjs';
import './yjs-depth-guards';

/**
 * Origin of every transaction made by this device's user. The undo manager
 * tracks only this origin, so Undo never reverts a peer's edit.
 */
export const LOCAL_ORIGIN = 'bridgework:local';

export const COLLECTIONS = [
  'partners',
  'people',
  'goals',
  'checkins',
  'log',
  'followups',
  'contributions',
  'feedback',
  'stories',
  'lessons',
  'agreements',
  'commitments',
  'concerns',
  'boardColumns',
] as const;

export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Summaries a history record writes in the workspace doc beside itself, in the same action
 * (lib/model/checkin-summary.ts, lib/model/feedback-summary.ts): named here so Undo's scope
 * (lib/model/undo.ts) includes them without loading their modules with the first view.
 */
export const CHECKIN_SUMMARY_MAP = 'latestCheckin';
export const RECENT_FEEDBACK_MAP = 'recentFeedback';

/** A record is a Y.Map of fields; a collection maps record ids to records. */
export type RecordMap = Y.Map<unknown>;
export type Collection = Y.Map<RecordMap>;

export function collection(doc: Y.Doc, name: CollectionName): Collection {
  return doc.getMap(name) as Collection;
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** Runs one user action as one transaction with the local origin. */
export function transactLocal<T>(doc: Y.Doc, action: () => T): T {
  let result!: T;
  doc.transact(() => {
    result = action();
  }, LOCAL_ORIGIN);
  return result;
}

export function newId(): string {
  return crypto.randomUUID();
}
