import * as Y from 'yjs';
import type { z } from 'zod';
import { checkinSchema } from './checkin';
import { raiseLatestCheckins } from './checkin-summary';
import { feedbackSchema } from './feedback';
import { noteRecentPulses } from './feedback-summary';
import { collection } from './doc';
import { localDay } from './days';
import { isYear, noteHistoryYear } from './history-years';
import { MIGRATION_ORIGIN } from './migrations';
import {
  isMovedRaw,
  MOVED_AT_KEY,
  MOVED_COLLECTIONS,
  MOVED_KEY,
  movedYearOf,
  type MovedCollection,
} from './moved-entry';
import { parseRecord } from './records';
import { schoolYearOf, schoolYearOrToday } from './school-year';

/**
 * Moving a workspace's history (the contact log's entries, goals' check-ins, feedback and
 * contributions: `MOVED_COLLECTIONS`) into one doc per school year (lib/model/history-years.ts), so that peers
 * still on the old layout (everything in the workspace doc) and peers on the split layout converge
 * without losing an edit. Pure Yjs; lib/state/history-migration.ts runs it. Below, "entry" is a
 * record of either collection; every function takes the collection (the log by default).
 *
 * Move. An entry is copied into its year doc's collection under the SAME id (the school year of
 * its date; one without a valid date goes by its createdAt, then by today), and only then is the
 * original in the workspace doc marked `movedTo: <year>`, `movedAt: <ms>`. It is not deleted: an
 * old-layout peer may be editing it right now, and its edit must still land somewhere. A mark is
 * one more field on the entry's map, so a concurrent field set by that peer survives beside it
 * (Y.Map keys merge independently), whereas deleting the map would discard the peer's edit.
 * Readers in the split layout skip marked entries (`isMovedRaw`), so a moved entry shows once;
 * before the layout is marked (a migration under way) the workspace doc is all they read, and
 * they must not skip them.
 * Copy before mark: a run stopped between the two leaves a copy and an unmarked original, and the
 * next run finds the copy and refreshes it from the original (`copyEntryInto`) before marking.
 *
 * Two peers migrating at once both copy every entry under the same ids: concurrent sets of the
 * same key in the year doc's collection resolve to one of the two maps on every peer, so there is
 * one copy per entry, holding the same values (both copied the same original). What the losing map
 * held is gone with it, so an edit made on the losing copy (its peer had finished migrating and
 * its user edited the entry before the other copy arrived) would be lost: the forwarder repairs
 * that when the winning copy arrives (`repairReplacedCopies`), reading the losing copy before Yjs
 * collects it, with the workspace doc's original as the common base (a field both sides changed
 * keeps the winner's value, as does one an old-layout peer changed meanwhile: three writers of
 * one field, one wins). The repair needs a forwarder observing the year doc when the winner
 * arrives, and the original still there (not dropped). Copying only when the year doc has no copy
 * yet keeps rival copies to peers that migrated without having seen each other's year docs.
 *
 * Forward. An old-layout peer keeps writing the workspace doc: (a) a new entry, which has no mark,
 * is moved like the migration did; (b) an edit to a marked original (a field, an agenda item, a
 * soft delete or restore, all plain field sets on its maps) is copied into the year doc's copy
 * field by field, as a three-way merge: the event's old value is the base, so a field is written
 * only while the copy still holds that base. A field the split peer's user has changed on the copy
 * since keeps the user's value (both edited it: one of the two wins, as with any concurrent
 * edit), and replaying stored updates (a load in slices) rewrites nothing the user changed. Edits
 * only reach the copy through a forwarder observing the workspace doc when they arrive: an edit
 * that reached the workspace doc while none ran (applied elsewhere and stored) is not forwarded.
 * (c) An original removed outright (its map deleted) within a day of its mark is an old-layout
 * peer's Undo of adding it: its copy is soft-deleted (restorable). A later removal is a drop and
 * leaves the copy alone; a dropping peer whose clock ran 29 days ahead would be taken for an Undo
 * and soft-delete copies, which the deletions view can restore.
 *
 * Check-ins move the same way, filed by their date like log entries. They are append-only (never
 * edited, never soft-deleted, no nested maps), so (b) and the rival-copy repair find nothing to
 * carry in practice: two copies of a check-in hold the same values whichever wins, and the generic
 * per-field merge above covers any field a peer does set. The log's agenda is its only nesting;
 * for check-ins a change below a field is taken as the whole field. (c) has no soft delete to fall
 * back on: an old-layout peer's Undo of adding a check-in removes its copy outright (the key's
 * deletion from the year doc's `checkins`). That converges: the removal of the original reaches
 * every peer, each forwarder deletes the copy it holds, and a Y.Map deletion removes the values its
 * peer has seen, so a rival copy set concurrently elsewhere may outlive one peer's deletion but not
 * the deletion by the forwarder of the peer that set it (which sees the same removal). Nobody edits
 * a check-in copy, so deleting one discards no one's edit. Because the removal cannot be restored,
 * it is taken for an Undo only when the check-in was also created within the window (an Undo
 * undoes a recent add, whereas most originals a drop removes were created long before their
 * mark): a dropping peer with a clock far ahead then deletes only copies of check-ins created and
 * marked in the last day, and an Undo reaching a forwarder later than that, or from a peer whose
 * clock lags by a day, leaves the check-in shown on split peers (kept, not lost).
 *
 * Feedback pulses and contributions move as flat, softly deleted records, filed by their date.
 * A contribution whose date is edited into another school year moves to that year's doc under
 * its id (lib/model/contribution.ts); an old-layout peer's date edit is forwarded to the copy as a
 * field, so that copy stays filed under its first year (read, counted and edited there all the
 * same: readers go over every loaded year, and the year only decides which doc loads it).
 *
 * Drop. A marked original costs memory until it is deleted from the workspace doc's collection
 * (`dropMovedEntries`): a deleted map's children are garbage-collected into small ranges, while
 * clearing its keys would leave a tombstone per key. Dropping waits a grace period (30 days by
 * default) after the mark, measured by the marking peer's clock. The trade-off: an old-layout peer
 * offline for longer than the grace, whose edit reaches a dropped entry, loses that edit (an edit
 * inside a deleted map is discarded by every peer); its new entries are still moved. A peer whose
 * version split the log but not check-ins is an old-layout peer for check-ins: its new check-ins
 * are moved, and it stops seeing moved ones once they are dropped, as an old-layout peer stops
 * seeing dropped log entries.
 */

export {
  isMovedRaw,
  MOVED_AT_KEY,
  MOVED_COLLECTIONS,
  MOVED_KEY,
  movedYearOf,
  type MovedCollection,
};
const MARKER_KEYS: ReadonlySet<string> = new Set([MOVED_KEY, MOVED_AT_KEY]);

/** Origin of the forwarder's writes: not the user's (Undo skips it), and not forwarded again. */
export const FORWARD_ORIGIN = 'bridgework:history-forward';

/** How long a marked original stays in the workspace doc for old-layout peers' edits. */
export const DROP_GRACE_MS = 30 * 86_400_000;

type Raw = Y.Map<unknown>;

/**
 * What sets a moved collection apart: log entries nest an agenda (a map of items, each a map)
 * and are deleted softly (`deletedAt`, restorable); check-ins are flat and append-only; feedback
 * and contributions are flat and deleted softly.
 */
const SHAPES: Record<MovedCollection, { agenda: boolean; softDelete: boolean }> = {
  log: { agenda: true, softDelete: true },
  checkins: { agenda: false, softDelete: false },
  feedback: { agenda: false, softDelete: true },
  contributions: { agenda: false, softDelete: true },
};

/** Whether no moved collection of the workspace doc holds a record (a new workspace). */
export function historyIsEmpty(main: Y.Doc): boolean {
  return MOVED_COLLECTIONS.every((name) => collection(main, name).size === 0);
}

/** A day whose school year, whatever the start month, is one a year doc can have. */
const fileable = (day: string) => schoolYearOf(day) !== null && isYear(Number(day.slice(0, 4)) - 1);

/** The day an entry is filed under: its date's, else its createdAt's; '' when it has neither. */
export function entryDay(raw: Raw): string {
  const date = raw.get('date');
  const day = typeof date === 'string' ? date.trim().slice(0, 10) : '';
  if (fileable(day)) return day;
  const createdAt = raw.get('createdAt');
  const created =
    typeof createdAt === 'number' && Number.isFinite(createdAt) && createdAt >= 0
      ? localDay(createdAt)
      : '';
  return fileable(created) ? created : '';
}

/** The school year an entry belongs to, by its `entryDay` (today's when it has none). */
export function entryYear(raw: Raw, startMonth: number, today: string): number {
  return schoolYearOrToday(entryDay(raw), startMonth, today);
}

/** A fresh copy of a value: Yjs types are rebuilt (a type lives in one place), JSON kept as is. */
export function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    value.forEach((child: unknown, key: string) => map.set(key, copyValue(child)));
    return map;
  }
  if (value instanceof Y.Array) {
    const array = new Y.Array<unknown>();
    array.push(value.toArray().map(copyValue));
    return array;
  }
  if (value instanceof Y.Text) {
    const text = new Y.Text();
    text.applyDelta(value.toDelta());
    return text;
  }
  // Plain JSON values are immutable in a doc: sharing one between two docs is safe.
  return value;
}

/** A copy of an entry's map without the move marks. */
export function copyEntry(raw: Raw): Raw {
  const copy = new Y.Map<unknown>();
  raw.forEach((value, key) => {
    if (!MARKER_KEYS.has(key)) copy.set(key, copyValue(value));
  });
  return copy;
}

/** JSON text with sorted keys, for comparing values written by different peers. */
function canonical(value: unknown): string {
  const plain = value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
  return (
    JSON.stringify(plain, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
          )
        : v,
    ) ?? 'undefined'
  );
}

/** A key that is not there (distinct from any value a peer could write). */
export const ABSENT: unique symbol = Symbol('absent');
/** A base that cannot be read (a replaced Yjs type): the source's value is taken. */
export const UNKNOWN: unique symbol = Symbol('unknown');
type Slot = unknown;

const read = (map: Raw, key: string): Slot => (map.has(key) ? map.get(key) : ABSENT);

function same(a: Slot, b: Slot): boolean {
  if (a === b) return true;
  if (a === ABSENT || b === ABSENT || a === UNKNOWN || b === UNKNOWN) return false;
  return canonical(a) === canonical(b);
}

function write(target: Raw, key: string, value: Slot) {
  if (value === ABSENT) target.delete(key);
  else target.set(key, copyValue(value));
}

/**
 * Three-way merge of one key from `source` into `target`: written only while `target` still holds
 * `base` (or `base` is UNKNOWN); a target changed since keeps its value. Two maps (an agenda that
 * appeared on both sides) merge by adding the items `target` lacks. Returns whether it wrote.
 */
export function forwardKey(source: Raw, target: Raw, key: string, base: Slot): boolean {
  const next = read(source, key);
  const current = read(target, key);
  if (same(current, next)) return false;
  if (next instanceof Y.Map && current instanceof Y.Map) {
    let wrote = false;
    next.forEach((value, child) => {
      if (!current.has(child)) {
        current.set(child, copyValue(value));
        wrote = true;
      }
    });
    return wrote;
  }
  if (base !== UNKNOWN && !same(current, base)) return false;
  write(target, key, next);
  return true;
}

function updatedAtOf(raw: Raw): number {
  const value = raw.get('updatedAt') ?? raw.get('createdAt');
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

const DELETION_KEYS = ['deletedAt', 'deletedBy', 'deletedWith'] as const;

/** Makes `target` hold what `source` holds, nested maps (an agenda, its items) key by key. */
function refreshMap(source: Raw, target: Raw) {
  const keys = new Set([...source.keys(), ...target.keys()]);
  for (const key of keys) {
    if (MARKER_KEYS.has(key)) continue;
    const from = source.get(key);
    const to = target.get(key);
    if (from instanceof Y.Map && to instanceof Y.Map) refreshMap(from as Raw, to as Raw);
    else forwardKey(source, target, key, UNKNOWN);
  }
}

/**
 * Copies an entry into `yearDoc` (inside the caller's transaction) unless a copy is there. An
 * existing copy (an earlier run stopped before marking, or another peer's migration) is refreshed
 * from the original only when the original was edited later than the copy, field by field.
 */
export function copyEntryInto(
  yearDoc: Y.Doc,
  id: string,
  raw: Raw,
  name: MovedCollection = 'log',
): 'copied' | 'kept' {
  const log = collection(yearDoc, name);
  const existing = log.get(id);
  if (!(existing instanceof Y.Map)) {
    log.set(id, copyEntry(raw));
    return 'copied';
  }
  // A check-in is never edited: its copy and original have the same createdAt, and stay as is.
  if (updatedAtOf(raw) > updatedAtOf(existing)) refreshMap(raw, existing);
  else if (raw.has('deletedAt') && !existing.has('deletedAt'))
    // A soft delete does not touch updatedAt.
    for (const key of DELETION_KEYS) forwardKey(raw, existing, key, ABSENT);
  return 'kept';
}

/** Marks an original as moved (inside the caller's transaction). */
export function markMoved(raw: Raw, year: number, now: number) {
  if (raw.get(MOVED_KEY) !== year) raw.set(MOVED_KEY, year);
  if (typeof raw.get(MOVED_AT_KEY) !== 'number') raw.set(MOVED_AT_KEY, now);
}

/** Ids of the workspace doc's entries of `name` not moved yet (live or soft-deleted). */
export function unmovedEntryIds(main: Y.Doc, name: MovedCollection = 'log'): string[] {
  const ids: string[] = [];
  collection(main, name).forEach((raw, id) => {
    if (raw instanceof Y.Map && !isMovedRaw(raw)) ids.push(id);
  });
  return ids;
}

/**
 * Moves these entries of the workspace doc into `yearDoc` (the doc of `year`): one transaction on
 * the year doc (the copies), then one on the workspace doc (the marks and the year's note).
 * Entries gone are skipped, and marked ones are only copied when this year doc lacks them.
 * Returns how many were marked.
 */
export function moveEntries(
  main: Y.Doc,
  yearDoc: Y.Doc,
  year: number,
  ids: readonly string[],
  now: number,
  origin: unknown = MIGRATION_ORIGIN,
  name: MovedCollection = 'log',
): number {
  const log = collection(main, name);
  const yearLog = collection(yearDoc, name);
  const todo: [string, Raw][] = [];
  const missing: [string, Raw][] = [];
  for (const id of ids) {
    const raw = log.get(id);
    if (!(raw instanceof Y.Map)) continue;
    if (!isMovedRaw(raw)) todo.push([id, raw]);
    // Marked by a peer whose year doc has not reached this one: copy it here too (the two copies
    // merge into one), so the entry does not hang on that peer's year doc alone.
    else if (movedYearOf(raw) === year && !(yearLog.get(id) instanceof Y.Map))
      missing.push([id, raw]);
  }
  if (todo.length + missing.length === 0) return 0;
  yearDoc.transact(() => {
    for (const [id, raw] of [...todo, ...missing]) copyEntryInto(yearDoc, id, raw, name);
  }, origin);
  if (todo.length === 0) return 0;
  main.transact(() => {
    noteHistoryYear(main, year);
    for (const [, raw] of todo) markMoved(raw, year, now);
    // A goal whose latest check-in moves to a year the panel may not load keeps it on its card.
    if (name === 'checkins') raiseLatestCheckins(main, parsedRecords(checkinSchema, todo));
    // Likewise a recent pulse keeps counting in its partner's trend.
    if (name === 'feedback') noteRecentPulses(main, parsedRecords(feedbackSchema, todo), now);
  }, origin);
  return todo.length;
}

function* parsedRecords<S extends z.ZodType>(schema: S, records: readonly [string, Raw][]) {
  for (const [id, raw] of records) {
    const record = parseRecord(schema, id, raw);
    if (record) yield record;
  }
}

/* ---------- Forwarding ---------- */

/** One edit an old-layout peer made to a moved collection of the workspace doc. */
export type MovedChange = { collection: MovedCollection } & (
  | { kind: 'entry'; id: string }
  | { kind: 'field'; id: string; key: string; base: Slot }
  | { kind: 'agendaItem'; id: string; itemId: string }
  | { kind: 'agendaField'; id: string; itemId: string; key: string; base: Slot }
  /** `createdAt` is read only where the copy would be removed outright (no soft delete). */
  | { kind: 'removed'; id: string; year: number; movedAt: number; createdAt?: number }
);
export type RemovedChange = Extract<MovedChange, { kind: 'removed' }>;

/** A marked original removed this soon after its mark was an old-layout peer's Undo, not a drop. */
export const UNDONE_WINDOW_MS = 86_400_000;

/**
 * Whether a removed original was an old-layout peer's Undo of adding it (see the file comment,
 * (c)): removed within the window of its mark; for a collection without soft delete (its copy
 * then goes for good), also created within the window.
 */
export function isUndoneAdd(change: RemovedChange, now: number): boolean {
  if (now - change.movedAt > UNDONE_WINDOW_MS) return false;
  if (SHAPES[change.collection].softDelete) return true;
  return change.createdAt !== undefined && now - change.createdAt <= UNDONE_WINDOW_MS;
}

const baseOf = (change: { action: string; oldValue: unknown }): Slot =>
  change.action === 'add'
    ? ABSENT
    : change.oldValue instanceof Y.AbstractType
      ? UNKNOWN
      : change.oldValue;

/**
 * The changes in `observeDeep` events on the workspace doc's collection `name`, read while the
 * events are current (old values are only known then). Marks are not changes to forward.
 */
export function movedChanges(
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
  name: MovedCollection,
): MovedChange[] {
  const out: MovedChange[] = [];
  const agenda = SHAPES[name].agenda;
  for (const event of events) {
    const path = event.path.map(String);
    const [id, second, itemId, fourth] = path;
    if (id === undefined) {
      for (const [key, change] of event.changes.keys) {
        if (change.action !== 'delete') out.push({ collection: name, kind: 'entry', id: key });
        else if (change.oldValue instanceof Y.Map) {
          // Its fields are deleted with it in this transaction, and still readable now.
          const old = change.oldValue as Raw;
          const year = readReplaced(old, MOVED_KEY, event.transaction);
          const movedAt = readReplaced(old, MOVED_AT_KEY, event.transaction);
          if (!isYear(year) || typeof movedAt !== 'number') continue;
          const removed: RemovedChange = {
            collection: name,
            kind: 'removed',
            id: key,
            year,
            movedAt,
          };
          if (!SHAPES[name].softDelete) {
            const createdAt = readReplaced(old, 'createdAt', event.transaction);
            if (typeof createdAt === 'number') removed.createdAt = createdAt;
          }
          out.push(removed);
        }
      }
    } else if (second === undefined) {
      for (const [key, change] of event.changes.keys)
        if (!MARKER_KEYS.has(key))
          out.push({ collection: name, kind: 'field', id, key, base: baseOf(change) });
    } else if (agenda && second === 'agenda' && itemId === undefined) {
      for (const key of event.changes.keys.keys())
        out.push({ collection: name, kind: 'agendaItem', id, itemId: key });
    } else if (agenda && second === 'agenda' && itemId !== undefined && fourth === undefined) {
      for (const [key, change] of event.changes.keys)
        out.push({ collection: name, kind: 'agendaField', id, itemId, key, base: baseOf(change) });
    } else if (agenda && second === 'agenda' && itemId !== undefined && fourth !== undefined) {
      out.push({ collection: name, kind: 'agendaField', id, itemId, key: fourth, base: UNKNOWN });
    } else if (second !== undefined && !MARKER_KEYS.has(second)) {
      // A Yjs type nested under a field (no model writes one but the log's agenda): the field as
      // a whole.
      out.push({ collection: name, kind: 'field', id, key: second, base: UNKNOWN });
    }
  }
  return out;
}

function agendaOf(raw: Raw, create: boolean): Raw | null {
  const agenda = raw.get('agenda');
  if (agenda instanceof Y.Map) return agenda as Raw;
  if (!create) return null;
  const created = new Y.Map<unknown>();
  raw.set('agenda', created);
  return created;
}

/**
 * Applies one change to the year doc's copy (inside the caller's transaction on `yearDoc`).
 * Returns 'move' when the entry has no mark (a new entry: the caller moves it), else nothing.
 */
export function forwardChange(
  main: Y.Doc,
  yearDoc: Y.Doc,
  change: MovedChange,
  now = Date.now(),
): 'move' | void {
  const name = change.collection;
  const original = collection(main, name).get(change.id);
  if (change.kind === 'removed') {
    const copies = collection(yearDoc, name);
    const copy = copies.get(change.id);
    if (original !== undefined || !(copy instanceof Y.Map) || copy.has('deletedAt')) return;
    if (!isUndoneAdd(change, now)) return;
    if (SHAPES[name].softDelete) copy.set('deletedAt', now);
    // An append-only record has no soft delete: the Undo removes its copy as it removed it.
    else copies.delete(change.id);
    return;
  }
  if (!(original instanceof Y.Map)) return;
  if (!isMovedRaw(original)) return 'move';
  // A marked entry arriving (a peer's sync, a stored row) is not an edit.
  if (change.kind === 'entry') return;
  const copies = collection(yearDoc, name);
  const copy = copies.get(change.id);
  if (!(copy instanceof Y.Map)) {
    // Marked by a peer whose copy has not arrived here: copy it (the two copies merge to one).
    copies.set(change.id, copyEntry(original));
    return;
  }
  if (change.kind === 'field') forwardKey(original, copy, change.key, change.base);
  else if (change.kind === 'agendaItem') {
    const item = agendaOf(original, false)?.get(change.itemId);
    const agenda = agendaOf(copy, item instanceof Y.Map);
    if (item instanceof Y.Map) {
      if (agenda && !(agenda.get(change.itemId) instanceof Y.Map))
        agenda.set(change.itemId, copyValue(item));
    } else if (agenda?.has(change.itemId)) agenda.delete(change.itemId);
  } else if (change.kind === 'agendaField') {
    const item = agendaOf(original, false)?.get(change.itemId);
    const target = agendaOf(copy, false)?.get(change.itemId);
    if (item instanceof Y.Map && target instanceof Y.Map)
      forwardKey(item as Raw, target as Raw, change.key, change.base);
  }
}

/** The year doc a change goes to: the mark's year, or the entry's own (`yearOf` its day). */
export function yearOfChange(
  main: Y.Doc,
  change: MovedChange,
  yearOf: (day: string) => number,
): number | null {
  if (change.kind === 'removed') return change.year;
  const original = collection(main, change.collection).get(change.id);
  if (!(original instanceof Y.Map)) return null;
  return movedYearOf(original) ?? yearOf(entryDay(original));
}

/* ---------- Rival copies ---------- */

/**
 * A key's value in a map deleted by the transaction now being observed (Yjs collects deleted
 * content only after the observers ran). ABSENT when that copy had removed the key earlier,
 * undefined when it never had it.
 */
function readReplaced(map: Raw, key: string, transaction: Y.Transaction): Slot | undefined {
  const item = map._map.get(key);
  if (!item) return undefined;
  if (item.deleted && !Y.isDeleted(transaction.deleteSet, item.id)) return ABSENT;
  if (item.content instanceof Y.ContentDeleted) return ABSENT;
  const content = item.content.getContent();
  const value = content[content.length - 1] as unknown;
  return value instanceof Y.Map ? replacedEntries(value as Raw, transaction) : value;
}

/** A replaced map's keys as plain values (nested maps as Maps), removed keys as ABSENT. */
function replacedEntries(map: Raw, transaction: Y.Transaction): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const key of map._map.keys()) {
    const value = readReplaced(map, key, transaction);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

function plain(value: Slot): unknown {
  if (value instanceof Map)
    return Object.fromEntries([...(value as Map<string, Slot>)].map(([k, v]) => [k, plain(v)]));
  return value;
}

function fromPlain(value: Slot): unknown {
  if (value instanceof Map) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of value as Map<string, Slot>) if (v !== ABSENT) map.set(k, fromPlain(v));
    return map;
  }
  return copyValue(value);
}

const sameReplaced = (replaced: Slot, live: Slot) =>
  replaced instanceof Map
    ? live instanceof Y.Map && canonical(plain(replaced)) === canonical(live.toJSON())
    : same(replaced, live);

/**
 * Three-way merge of a replaced copy into the winning one, the original as base: a field is
 * written where the lost copy changed it and the winner still holds the original's value. An
 * agenda merges item by item: items the lost copy added are added, items it removed are removed,
 * and items on both sides merge field by field the same way.
 */
function mergeReplaced(lost: Map<string, Slot>, winner: Raw, base: Raw | null, nested: boolean) {
  for (const [key, value] of lost) {
    if (MARKER_KEYS.has(key)) continue;
    const current = read(winner, key);
    const baseValue = base ? read(base, key) : UNKNOWN;
    if (nested && key === 'agenda' && value instanceof Map && current instanceof Y.Map) {
      const baseAgenda = baseValue instanceof Y.Map ? (baseValue as Raw) : null;
      for (const [itemId, lostItem] of value as Map<string, Slot>) {
        const winnerItem = current.get(itemId);
        const baseItem = baseAgenda?.get(itemId);
        if (lostItem === ABSENT) {
          if (winnerItem instanceof Y.Map && baseItem instanceof Y.Map) current.delete(itemId);
        } else if (!(lostItem instanceof Map)) continue;
        else if (winnerItem instanceof Y.Map)
          mergeReplaced(
            lostItem as Map<string, Slot>,
            winnerItem as Raw,
            baseItem instanceof Y.Map ? (baseItem as Raw) : null,
            false,
          );
        // Added on the lost copy (an item the winner removed stays removed).
        else if (!(baseItem instanceof Y.Map)) current.set(itemId, fromPlain(lostItem));
      }
      continue;
    }
    if (sameReplaced(value, current) || baseValue === UNKNOWN) continue;
    if (!same(current, baseValue) || sameReplaced(value, baseValue)) continue;
    if (value === ABSENT) winner.delete(key);
    else winner.set(key, fromPlain(value));
  }
}

/**
 * When another peer's copy of an entry replaces this peer's in a year doc (a key of the year
 * doc's collection `name` updated by a remote transaction), merges into the winner what this
 * peer's copy had changed (see `mergeReplaced`). Without the original (dropped) nothing is merged.
 * Call from an `observe` on the year doc's collection, while the event is current. Returns how
 * many entries it looked at.
 */
export function repairReplacedCopies(
  main: Y.Doc,
  event: Y.YMapEvent<unknown>,
  name: MovedCollection = 'log',
): number {
  const yearLog = event.target as Y.Map<unknown>;
  const repairs: [Raw, Map<string, Slot>, string][] = [];
  for (const [id, change] of event.changes.keys) {
    const lost = change.oldValue as unknown;
    const winner = yearLog.get(id);
    if (change.action !== 'update' || !(lost instanceof Y.Map) || !(winner instanceof Y.Map))
      continue;
    repairs.push([winner as Raw, replacedEntries(lost as Raw, event.transaction), id]);
  }
  const doc = yearLog.doc;
  if (repairs.length === 0 || !doc) return 0;
  const originals = collection(main, name);
  doc.transact(() => {
    for (const [winner, lost, id] of repairs) {
      const original = originals.get(id);
      mergeReplaced(lost, winner, original instanceof Y.Map ? original : null, SHAPES[name].agenda);
    }
  }, FORWARD_ORIGIN);
  return repairs.length;
}

/* ---------- Dropping ---------- */

/** Is this original marked more than `graceMs` before `now`? */
function droppable(raw: unknown, now: number, graceMs: number): raw is Raw {
  if (movedYearOf(raw) === null) return false;
  const at = (raw as Raw).get(MOVED_AT_KEY);
  return typeof at === 'number' && Number.isFinite(at) && now - at > graceMs;
}

/**
 * The originals `dropEntries` may delete, newest-written first: Yjs keeps each client's structs
 * in one array and splices it as it collects a deleted entry, so deleting from the end of it
 * moves little (measured at 100,000 entries: 15 s newest first, 70 s oldest first). `hasCopy`,
 * when given, must say the year doc holds the entry: an original whose copy is not there is kept.
 */
export function droppableEntryIds(
  main: Y.Doc,
  now: number,
  graceMs = DROP_GRACE_MS,
  hasCopy?: (id: string, year: number) => boolean,
  name: MovedCollection = 'log',
): string[] {
  const found: [string, Y.ID][] = [];
  collection(main, name).forEach((raw, id) => {
    if (!droppable(raw, now, graceMs) || !raw._item) return;
    if (hasCopy && !hasCopy(id, movedYearOf(raw)!)) return;
    found.push([id, raw._item.id]);
  });
  found.sort(([, a], [, b]) => b.client - a.client || b.clock - a.clock);
  return found.map(([id]) => id);
}

/**
 * Deletes these originals from the workspace doc's collection `name` (one transaction), each only
 * if it is still marked more than `graceMs` before `now`. See the file comment for what that costs
 * an old-layout peer. Returns how many went.
 */
export function dropEntries(
  main: Y.Doc,
  ids: readonly string[],
  now: number,
  graceMs = DROP_GRACE_MS,
  name: MovedCollection = 'log',
): number {
  if (ids.length === 0) return 0;
  const log = collection(main, name);
  let dropped = 0;
  main.transact(() => {
    for (const id of ids) {
      if (!droppable(log.get(id), now, graceMs)) continue;
      log.delete(id);
      dropped++;
    }
  }, MIGRATION_ORIGIN);
  return dropped;
}

/** Drops every original marked more than `graceMs` before `now` at once (see `dropEntries`). */
export function dropMovedEntries(
  main: Y.Doc,
  now: number,
  graceMs = DROP_GRACE_MS,
  hasCopy?: (id: string, year: number) => boolean,
  name: MovedCollection = 'log',
): number {
  const ids = droppableEntryIds(main, now, graceMs, hasCopy, name);
  return dropEntries(main, ids, now, graceMs, name);
}
