import type * as Y from 'yjs';
import { z } from 'zod';
import { newId, transactLocal } from './doc';
import { optionalLine, optionalText, timestamp } from './fields';
import { insertRecord, readAll, type ReadResult } from './records';

/**
 * A check-in: the value of a goal's metric on a day. History is append-only
 * (DESIGN.md rule 5): there is no update and no delete, so peers only ever
 * add records and never conflict.
 */
export const checkinSchema = z.object({
  goalId: z.string().min(1).max(100),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  value: z.number().finite(),
  note: optionalText(2000),
  author: optionalLine(100),
  createdAt: timestamp,
  /** The meeting it was recorded in (an agenda item linked to the goal), when it was. */
  logEntryId: optionalLine(100),
  agendaItemId: optionalLine(100),
});

export type Checkin = z.output<typeof checkinSchema> & { id: string };

export interface CheckinInput {
  goalId: string;
  date: string;
  value: number;
  note?: string | undefined;
  author?: string | undefined;
  logEntryId?: string | undefined;
  agendaItemId?: string | undefined;
}

export function addCheckin(doc: Y.Doc, input: CheckinInput, now = Date.now()): string {
  if (!Number.isFinite(input.value)) throw new Error('A check-in needs a number.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new Error('A check-in needs a date.');
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'checkins', id, {
      goalId: input.goalId,
      date: input.date,
      value: input.value,
      note: input.note?.trim() || undefined,
      author: input.author?.trim() || undefined,
      createdAt: now,
      logEntryId: input.logEntryId || undefined,
      agendaItemId: input.agendaItemId || undefined,
    });
  });
  return id;
}

/** Oldest first: by day, then by when it was recorded, then by id (same on every peer). */
export function compareCheckins(a: Checkin, b: Checkin): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function listCheckins(doc: Y.Doc): ReadResult<Checkin> {
  return readAll(doc, 'checkins', checkinSchema);
}

/** One goal's history, oldest first. */
export function checkinsOf(doc: Y.Doc, goalId: string): Checkin[] {
  return listCheckins(doc)
    .items.filter((checkin) => checkin.goalId === goalId)
    .sort(compareCheckins);
}
