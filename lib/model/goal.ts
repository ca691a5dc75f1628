import * as Y from 'yjs';
import { z } from 'zod';
import { collection, newId, transactLocal } from './doc';
import {
  LIMITS,
  idList,
  oneOf,
  optionalLine,
  optionalTimestamp,
  requiredLine,
  stringList,
  timestamp,
} from './fields';
import {
  FIRST_KEY,
  isOrderKey,
  keyAtEnd,
  keyForPosition,
  sortOrdered,
  type Ordered,
} from './ordering';
import type { Direction } from './progress';
import {
  getRecordMap,
  insertRecord,
  parseRecord,
  patchRecord,
  readAll,
  readOne,
  type ReadResult,
} from './records';

/* ---------- Columns ---------- */

/**
 * The default columns have fixed ids, so two peers that start a board at the
 * same time write the same keys instead of two sets of five columns. Until
 * someone renames, adds or reorders a column they are not even written.
 */
export const DEFAULT_COLUMNS: readonly BoardColumn[] = [
  { id: 'idea', name: 'Idea', order: 'a0' },
  { id: 'planned', name: 'Planned', order: 'a1' },
  { id: 'in-progress', name: 'In progress', order: 'a2' },
  { id: 'achieved', name: 'Achieved', order: 'a3' },
  { id: 'paused', name: 'Paused', order: 'a4' },
];

const orderKey = z
  .unknown()
  .optional()
  .transform((value) => (isOrderKey(value) ? value : FIRST_KEY));

export const columnSchema = z.object({
  name: requiredLine(60),
  order: orderKey,
});

export interface BoardColumn {
  id: string;
  name: string;
  order: string;
}

/** The board's columns in order; the defaults while none has been written. */
export function listColumns(doc: Y.Doc): BoardColumn[] {
  const { items } = readAll(doc, 'boardColumns', columnSchema);
  return items.length ? sortOrdered(items) : [...DEFAULT_COLUMNS];
}

/** Writes the default columns if the board has none yet (inside the caller's transaction). */
function materialiseColumns(doc: Y.Doc) {
  const columns = collection(doc, 'boardColumns');
  if (columns.size > 0) return;
  for (const column of DEFAULT_COLUMNS) {
    insertRecord(doc, 'boardColumns', column.id, { name: column.name, order: column.order });
  }
}

export function addColumn(doc: Y.Doc, name: string): string {
  const id = newId();
  transactLocal(doc, () => {
    materialiseColumns(doc);
    insertRecord(doc, 'boardColumns', id, {
      name: name.trim().slice(0, 60) || 'New column',
      order: keyAtEnd(listColumns(doc)),
    });
  });
  return id;
}

export function renameColumn(doc: Y.Doc, id: string, name: string) {
  const clean = name.replace(/\s+/g, ' ').trim().slice(0, 60);
  if (!clean) return;
  transactLocal(doc, () => {
    materialiseColumns(doc);
    const record = getRecordMap(doc, 'boardColumns', id);
    if (!record) throw new Error('This column no longer exists.');
    patchRecord(record, { name: clean });
  });
}

/** Moves a column to position `index` among the others. */
export function moveColumn(doc: Y.Doc, id: string, index: number) {
  transactLocal(doc, () => {
    materialiseColumns(doc);
    const record = getRecordMap(doc, 'boardColumns', id);
    if (!record) throw new Error('This column no longer exists.');
    record.set('order', keyForPosition(listColumns(doc), id, index));
  });
}

/* ---------- Goals ---------- */

export const DIRECTIONS = ['up', 'down'] as const;

const number = z.number().finite().optional().catch(undefined);
export const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/**
 * Metric fields are flat on the goal's map, so one peer editing the target
 * and another the due date both keep their edit (a nested object would be
 * replaced whole, last writer wins).
 */
export const goalSchema = z
  .object({
    title: requiredLine(),
    description: z
      .unknown()
      .optional()
      .transform((value) =>
        typeof value === 'string' ? value.slice(0, LIMITS.longText) : undefined,
      ),
    column: z.string().max(100).catch(''),
    order: orderKey,
    owners: stringList(100),
    partnerIds: idList,
    tags: stringList(60),
    metricName: optionalLine(120),
    unit: optionalLine(40),
    baseline: number,
    target: number,
    direction: oneOf(DIRECTIONS, 'up'),
    due: dayString,
    createdBy: optionalLine(100),
    createdAt: timestamp,
    updatedAt: optionalTimestamp,
    deletedAt: optionalTimestamp,
    deletedBy: optionalLine(100),
  })
  .transform(({ metricName, unit, baseline, target, direction, due, ...rest }) => ({
    ...rest,
    description: rest.description ?? '',
    metric: { name: metricName, unit, baseline, target, direction: direction as Direction, due },
  }));

export type Goal = z.output<typeof goalSchema> & { id: string };
export type Metric = Goal['metric'];

/** What a form supplies; every field optional but the title. */
export interface GoalInput {
  title: string;
  description?: string;
  column?: string;
  owners?: string[];
  partnerIds?: string[];
  tags?: string[];
  metric?: Partial<Metric>;
  createdBy?: string | undefined;
}

export type GoalPatch = Partial<Omit<GoalInput, 'description' | 'createdBy'>>;

function goalFields(patch: GoalPatch): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (patch.title !== undefined) fields.title = patch.title;
  if (patch.column !== undefined) fields.column = patch.column;
  if (patch.owners !== undefined) fields.owners = patch.owners;
  if (patch.partnerIds !== undefined) fields.partnerIds = patch.partnerIds;
  if (patch.tags !== undefined) fields.tags = patch.tags;
  const metric = patch.metric;
  if (metric) {
    // A key present with `undefined` clears the field; an absent key leaves it alone.
    if ('name' in metric) fields.metricName = metric.name || undefined;
    if ('unit' in metric) fields.unit = metric.unit || undefined;
    if ('baseline' in metric) fields.baseline = finiteOrUndefined(metric.baseline);
    if ('target' in metric) fields.target = finiteOrUndefined(metric.target);
    if ('direction' in metric) fields.direction = metric.direction === 'down' ? 'down' : 'up';
    if ('due' in metric) fields.due = metric.due || undefined;
  }
  return fields;
}

const finiteOrUndefined = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Every goal, soft-deleted ones included (callers hide them). */
export function listGoals(doc: Y.Doc): ReadResult<Goal> {
  return readAll(doc, 'goals', goalSchema);
}

export function getGoal(doc: Y.Doc, id: string): Goal | null {
  return readOne(doc, 'goals', goalSchema, id);
}

/** The column a goal shows in: its own if it exists, else the first. */
export function effectiveColumn(goal: Pick<Goal, 'column'>, columns: readonly BoardColumn[]) {
  return columns.some((column) => column.id === goal.column) ? goal.column : columns[0]!.id;
}

/** The live goals of one column, in board order. */
export function goalsInColumn(doc: Y.Doc, columnId: string): Goal[] {
  const columns = listColumns(doc);
  return sortOrdered(
    listGoals(doc).items.filter(
      (goal) => goal.deletedAt === undefined && effectiveColumn(goal, columns) === columnId,
    ),
  );
}

/**
 * The order keys of one column's live goals, sorted: all a move or an insert
 * needs. Reads three fields per goal instead of validating whole goals, which
 * costs tens of milliseconds on a board of 1,000 (the same rules as goalSchema).
 */
export function orderKeysInColumn(doc: Y.Doc, columnId: string): Ordered[] {
  const columns = listColumns(doc);
  const keys: Ordered[] = [];
  collection(doc, 'goals').forEach((raw, id) => {
    if (!(raw instanceof Y.Map)) return;
    const title = raw.get('title');
    if (typeof title !== 'string' || !title.trim()) return;
    const deletedAt = raw.get('deletedAt');
    if (typeof deletedAt === 'number' && Number.isFinite(deletedAt) && deletedAt >= 0) return;
    const column = raw.get('column');
    const stored = typeof column === 'string' && column.length <= 100 ? column : '';
    if (effectiveColumn({ column: stored }, columns) !== columnId) return;
    const order = raw.get('order');
    keys.push({ id, order: isOrderKey(order) ? order : FIRST_KEY });
  });
  return sortOrdered(keys);
}

export function addGoal(doc: Y.Doc, input: GoalInput, now = Date.now()): string {
  const id = newId();
  transactLocal(doc, () => {
    const columns = listColumns(doc);
    const column = columns.some((c) => c.id === input.column) ? input.column! : columns[0]!.id;
    const description = new Y.Text();
    if (input.description) description.insert(0, input.description.slice(0, LIMITS.longText));
    insertRecord(doc, 'goals', id, {
      owners: [],
      partnerIds: [],
      tags: [],
      direction: 'up',
      ...goalFields({ ...input, column }),
      order: keyAtEnd(orderKeysInColumn(doc, column)),
      description,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

function liveGoalMap(doc: Y.Doc, id: string) {
  const record = getRecordMap(doc, 'goals', id);
  if (!record) throw new Error('This goal no longer exists.');
  return record;
}

export function updateGoal(doc: Y.Doc, id: string, patch: GoalPatch, now = Date.now()) {
  transactLocal(doc, () => {
    const record = liveGoalMap(doc, id);
    if (patchRecord(record, goalFields(patch))) record.set('updatedAt', now);
  });
}

/**
 * Puts a goal at `index` of a column (positions counted without the goal).
 * Writes only `column` and `order` of the goal's own map: a concurrent move
 * by a peer writes the same two fields, the last writer wins on each, and the
 * goal ends in exactly one place.
 */
export function moveGoal(
  doc: Y.Doc,
  id: string,
  columnId: string,
  index: number,
  now = Date.now(),
) {
  transactLocal(doc, () => {
    const record = liveGoalMap(doc, id);
    const order = keyForPosition(orderKeysInColumn(doc, columnId), id, index);
    patchRecord(record, { column: columnId, order, updatedAt: now });
  });
}

/**
 * Soft delete: the goal keeps its map (so a peer typing in it loses nothing
 * and sees who deleted it) and is hidden everywhere. Undo removes the marks.
 */
export function deleteGoal(doc: Y.Doc, id: string, by: string | undefined, now = Date.now()) {
  transactLocal(doc, () => {
    const record = liveGoalMap(doc, id);
    patchRecord(record, { deletedAt: now, deletedBy: by?.trim() || undefined });
  });
}

export function restoreGoal(doc: Y.Doc, id: string) {
  transactLocal(doc, () => {
    patchRecord(liveGoalMap(doc, id), { deletedAt: undefined, deletedBy: undefined });
  });
}

/**
 * The goal's description as a Y.Text, for an editor binding (created if a
 * peer's older client wrote the goal without one). Null if the goal is gone.
 */
export function goalDescriptionText(doc: Y.Doc, id: string): Y.Text | null {
  const record = getRecordMap(doc, 'goals', id);
  if (!record) return null;
  const current = record.get('description');
  if (current instanceof Y.Text) return current;
  const text = new Y.Text();
  transactLocal(doc, () => {
    if (typeof current === 'string') text.insert(0, current.slice(0, LIMITS.longText));
    record.set('description', text);
  });
  return text;
}

/** The most a goal description holds: typed, stored and read. */
export const DESCRIPTION_LIMIT = LIMITS.longText;

/**
 * A stored description as text, cut at the limit: a peer's Y.Text can grow without bound, and
 * the editor must not carry a megabyte into every render.
 */
export function readDescription(value: unknown): string {
  const text = value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
  return text.length > DESCRIPTION_LIMIT ? text.slice(0, DESCRIPTION_LIMIT) : text;
}

/** The smallest single replacement turning `before` into `after`. */
export function textDiff(
  before: string,
  after: string,
): { index: number; remove: number; insert: string } {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Applies an edited description as a minimal insert/delete on the Y.Text, so
 * two people typing at once merge character by character instead of one
 * replacing the other's text.
 */
export function editGoalDescription(doc: Y.Doc, id: string, next: string, now = Date.now()) {
  const text = goalDescriptionText(doc, id);
  if (!text) throw new Error('This goal no longer exists.');
  const { index, remove, insert } = textDiff(text.toString(), next.slice(0, LIMITS.longText));
  if (!remove && !insert) return;
  transactLocal(doc, () => {
    if (remove) text.delete(index, remove);
    if (insert) text.insert(index, insert);
    liveGoalMap(doc, id).set('updatedAt', now);
  });
}

/** Re-reads one goal map (used by view models on events). */
export function parseGoal(id: string, raw: unknown): Goal | null {
  return parseRecord(goalSchema, id, raw);
}

/** Is this goal deleted (soft)? */
export const isDeleted = (goal: Pick<Goal, 'deletedAt'>) => goal.deletedAt !== undefined;
