import * as Y from 'yjs';
import { z } from 'zod';
import { daysOverdue } from './cadence';
import { isValidDay } from './days';
import { deletionFields, restoreRecord, softDelete, withoutDeleted } from './deletion';
import { newId, transactLocal } from './doc';
import {
  isRecordId,
  LIMITS,
  oneOf,
  optionalId,
  optionalLine,
  optionalTimestamp,
  timestamp,
} from './fields';
import { optionalDay } from './followup';
import {
  getRecordMap,
  insertRecord,
  patchRecord,
  readAll,
  readOne,
  type ReadResult,
} from './records';

/**
 * A commitment: what one side of a partnership pledged, and whether it was kept.
 *
 * Status is not a field of its own: it is the `to` of the last entry of the commitment's history,
 * a Y.Array that only grows. Two peers changing the status at the same time both append; Yjs
 * orders concurrent appends the same way on every peer (and a change made after seeing another
 * always lands after it), so every peer reads the same status and the history keeps both steps
 * with their notes. A separate `status` field would let the last writer win on the status while
 * the history said something else.
 */

export const COMMITMENT_SIDES = ['school', 'partner'] as const;
export type CommitmentSide = (typeof COMMITMENT_SIDES)[number];

export const COMMITMENT_STATUSES = [
  'pledged',
  'in-progress',
  'delivered',
  'not-delivered',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** How far along each status is: a move to a lower rank (or between the two ends) goes back. */
const RANK: Record<CommitmentStatus, number> = {
  pledged: 0,
  'in-progress': 1,
  delivered: 2,
  'not-delivered': 2,
};

export const isOpenStatus = (status: CommitmentStatus) =>
  status === 'pledged' || status === 'in-progress';

export type TransitionCheck =
  { ok: true; backwards: boolean } | { ok: false; reason: 'unchanged' | 'noteRequired' };

/**
 * Whether a status may change from `from` to `to` with `note`. Forward moves (skipping steps
 * included: a pledge can be delivered at once) need no note. Going back (delivered → in
 * progress) or switching between the two outcomes (delivered ↔ not delivered) rewrites what
 * people were told, so it needs a note saying why.
 */
export function checkTransition(
  from: CommitmentStatus,
  to: CommitmentStatus,
  note: string | undefined,
): TransitionCheck {
  if (from === to) return { ok: false, reason: 'unchanged' };
  const backwards = RANK[to] <= RANK[from];
  if (backwards && !note?.trim()) return { ok: false, reason: 'noteRequired' };
  return { ok: true, backwards };
}

const MAX_HISTORY = 200;
const NOTE_LIMIT = 2000;

const historyEntrySchema = z.object({
  at: z.number().finite().nonnegative(),
  by: optionalLine(100),
  from: z.enum(COMMITMENT_STATUSES).optional().catch(undefined),
  to: z.enum(COMMITMENT_STATUSES),
  note: z
    .string()
    .transform((value) => value.trim().slice(0, NOTE_LIMIT) || undefined)
    .optional()
    .catch(undefined),
});

export type StatusChange = z.output<typeof historyEntrySchema>;

/** The readable entries of a stored history; anything else a peer wrote is skipped. */
const historySchema = z
  .unknown()
  .optional()
  .transform((value) => {
    if (!Array.isArray(value)) return [] as StatusChange[];
    const entries: StatusChange[] = [];
    // The newest entries decide the status, so a history past the cap keeps its end.
    for (const item of value.slice(-MAX_HISTORY)) {
      const parsed = historyEntrySchema.safeParse(item);
      if (parsed.success) entries.push(parsed.data);
    }
    return entries;
  });

export const commitmentSchema = z
  .object({
    partnerId: z.string().refine(isRecordId),
    side: oneOf(COMMITMENT_SIDES, 'school'),
    text: z
      .string()
      .transform((value) => value.replace(/\s+/g, ' ').trim().slice(0, LIMITS.shortText))
      .pipe(z.string().min(1)),
    who: optionalLine(LIMITS.name),
    /** A day without a time: overdue from the next day's midnight, local time. */
    due: optionalDay,
    goalId: optionalId,
    history: historySchema,
    createdBy: optionalLine(100),
    createdAt: timestamp,
    updatedAt: optionalTimestamp,
    ...deletionFields,
  })
  .transform((record) => ({
    ...record,
    status: (record.history.at(-1)?.to ?? 'pledged') as CommitmentStatus,
  }));

export type Commitment = z.output<typeof commitmentSchema> & { id: string };

export interface CommitmentInput {
  partnerId: string;
  side: CommitmentSide;
  text: string;
  who?: string | undefined;
  due?: string | undefined;
  goalId?: string | undefined;
}

export type CommitmentPatch = Partial<Omit<CommitmentInput, 'partnerId'>>;

function fields(input: CommitmentPatch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.text !== undefined) {
    const text = input.text.replace(/\s+/g, ' ').trim();
    if (!text) throw new Error('A commitment needs a text.');
    out.text = text.slice(0, LIMITS.shortText);
  }
  if (input.side !== undefined) out.side = input.side === 'partner' ? 'partner' : 'school';
  if ('who' in input) out.who = input.who?.trim() || undefined;
  if ('due' in input) {
    if (input.due && !isValidDay(input.due)) throw new Error('Enter a valid due date.');
    out.due = input.due || undefined;
  }
  if ('goalId' in input) out.goalId = input.goalId || undefined;
  return out;
}

const GONE = 'This commitment no longer exists.';

export function addCommitment(
  doc: Y.Doc,
  input: CommitmentInput & { createdBy?: string | undefined },
  now = Date.now(),
): string {
  const id = newId();
  transactLocal(doc, () => {
    const record = insertRecord(doc, 'commitments', id, {
      ...fields(input),
      partnerId: input.partnerId,
      createdBy: input.createdBy?.trim() || undefined,
      createdAt: now,
      updatedAt: now,
    });
    record.set('history', new Y.Array());
  });
  return id;
}

export function updateCommitment(doc: Y.Doc, id: string, patch: CommitmentPatch, now = Date.now()) {
  transactLocal(doc, () => {
    const record = getRecordMap(doc, 'commitments', id);
    if (!record) throw new Error(GONE);
    if (patchRecord(record, fields(patch))) record.set('updatedAt', now);
  });
}

export type StatusChangeResult = { ok: true } | { ok: false; reason: 'unchanged' | 'noteRequired' };

/**
 * Appends a status change to the history, checked against the status this device reads now.
 * A history that is not a Y.Array (a peer wrote something else) is replaced by one that starts
 * with this change: the old value could not be read anyway.
 */
export function changeCommitmentStatus(
  doc: Y.Doc,
  id: string,
  change: { to: CommitmentStatus; note?: string | undefined; by?: string | undefined },
  now = Date.now(),
): StatusChangeResult {
  const current = readOne(doc, 'commitments', commitmentSchema, id);
  const record = getRecordMap(doc, 'commitments', id);
  if (!current || !record) throw new Error(GONE);
  const check = checkTransition(current.status, change.to, change.note);
  if (!check.ok) return check;
  transactLocal(doc, () => {
    let history = record.get('history');
    if (!(history instanceof Y.Array)) {
      history = new Y.Array();
      record.set('history', history);
    }
    const entry: Record<string, unknown> = { at: now, from: current.status, to: change.to };
    const note = change.note?.trim().slice(0, NOTE_LIMIT);
    if (note) entry.note = note;
    const by = change.by?.trim().slice(0, 100);
    if (by) entry.by = by;
    (history as Y.Array<unknown>).push([entry]);
    record.set('updatedAt', now);
  });
  return { ok: true };
}

/** Live commitments (soft-deleted ones hidden). */
export function listCommitments(doc: Y.Doc): ReadResult<Commitment> {
  const { items, invalid } = readAll(doc, 'commitments', commitmentSchema);
  return { items: withoutDeleted(items), invalid };
}

export function getCommitment(doc: Y.Doc, id: string): Commitment | null {
  const commitment = readOne(doc, 'commitments', commitmentSchema, id);
  return commitment && commitment.deletedAt === undefined ? commitment : null;
}

export function deleteCommitment(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'commitments', id, by, { now });
}

export function restoreCommitment(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'commitments', id);
}

/** Days an open commitment is past its due day (1 on the day after), 0 otherwise. */
export function commitmentDaysOverdue(
  commitment: Pick<Commitment, 'due' | 'status'>,
  today: number,
): number {
  return daysOverdue({ due: commitment.due, done: !isOpenStatus(commitment.status) }, today);
}

/** Open (pledged or in progress) and past its due day; `today` is a day number (lib/model/days). */
export function isCommitmentOverdue(
  commitment: Pick<Commitment, 'due' | 'status'>,
  today: number,
): boolean {
  return commitmentDaysOverdue(commitment, today) > 0;
}

export interface SideSummary {
  /** Everything this side pledged (live commitments, whatever their status). */
  pledged: number;
  delivered: number;
  notDelivered: number;
  open: number;
  overdue: number;
}

export type CommitmentSummary = Record<CommitmentSide, SideSummary>;

const emptySide = (): SideSummary => ({
  pledged: 0,
  delivered: 0,
  notDelivered: 0,
  open: 0,
  overdue: 0,
});

/** Pledged against delivered, per side. Soft-deleted commitments do not count. */
export function summariseCommitments(
  commitments: Iterable<Pick<Commitment, 'side' | 'status' | 'due' | 'deletedAt'>>,
  today: number,
): CommitmentSummary {
  const summary: CommitmentSummary = { school: emptySide(), partner: emptySide() };
  for (const commitment of commitments) {
    if (commitment.deletedAt !== undefined) continue;
    const side = summary[commitment.side];
    side.pledged++;
    if (commitment.status === 'delivered') side.delivered++;
    else if (commitment.status === 'not-delivered') side.notDelivered++;
    else {
      side.open++;
      if (isCommitmentOverdue(commitment, today)) side.overdue++;
    }
  }
  return summary;
}
