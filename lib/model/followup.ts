import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete, withoutDeleted } from './deletion';
import { newId, transactLocal } from './doc';
import {
  flag,
  LIMITS,
  optionalId,
  optionalLine,
  optionalTimestamp,
  requiredLine,
  timestamp,
} from './fields';
import { isValidDay } from './days';
import { insertRecord, readAll, readOne, type ReadResult, updateRecord } from './records';

export const optionalDay = z.string().refine(isValidDay).optional().catch(undefined);

export const followupSchema = z.object({
  text: requiredLine(LIMITS.shortText),
  assigneeId: optionalId,
  assigneeName: optionalLine(LIMITS.name),
  /** A day without a time: overdue from the next day's midnight, local time. */
  due: optionalDay,
  done: flag,
  doneAt: optionalTimestamp,
  logEntryId: optionalId,
  agendaItemId: optionalId,
  partnerId: optionalId,
  createdBy: optionalLine(100),
  createdAt: timestamp,
  updatedAt: optionalTimestamp,
  ...deletionFields,
});

export type Followup = z.output<typeof followupSchema> & { id: string };
export type FollowupInput = Pick<Followup, 'text'> &
  Partial<
    Pick<
      Followup,
      | 'assigneeId'
      | 'assigneeName'
      | 'due'
      | 'logEntryId'
      | 'agendaItemId'
      | 'partnerId'
      | 'createdBy'
    >
  >;

/** Live follow-ups (soft-deleted ones are hidden; `invalid` counts unreadable records). */
export function listFollowups(doc: Y.Doc): ReadResult<Followup> {
  const { items, invalid } = readAll(doc, 'followups', followupSchema);
  return { items: withoutDeleted(items), invalid };
}

/** The live follow-up, or null when missing, unreadable or soft-deleted. */
export function getFollowup(doc: Y.Doc, id: string): Followup | null {
  const followup = readOne(doc, 'followups', followupSchema, id);
  return followup && followup.deletedAt === undefined ? followup : null;
}

function clean(input: Partial<FollowupInput>): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...input };
  if (input.text !== undefined) fields.text = input.text.trim();
  if ('due' in input) {
    if (input.due && !isValidDay(input.due)) throw new Error('Enter a valid due date.');
    fields.due = input.due || undefined;
  }
  if ('assigneeName' in input) fields.assigneeName = input.assigneeName?.trim() || undefined;
  return fields;
}

export function addFollowup(doc: Y.Doc, input: FollowupInput, now = Date.now()): string {
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'followups', id, {
      ...clean(input),
      done: false,
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

export function updateFollowup(
  doc: Y.Doc,
  id: string,
  patch: Partial<FollowupInput>,
  now = Date.now(),
) {
  updateRecord(doc, 'followups', id, clean(patch), now, FOLLOWUP_GONE);
}

export function setFollowupDone(doc: Y.Doc, id: string, done: boolean, now = Date.now()) {
  const patch = { done, doneAt: done ? now : undefined };
  updateRecord(doc, 'followups', id, patch, now, FOLLOWUP_GONE);
}

const FOLLOWUP_GONE = 'This follow-up no longer exists.';

/** Soft-deletes a follow-up; `by` is the user's display name, shown to peers. */
export function deleteFollowup(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'followups', id, by, { now });
}

export function restoreFollowup(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'followups', id);
}
