import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId, transactLocal } from './doc';
import { isValidDay } from './days';
import { LIMITS, oneOf, optionalId, optionalLine, optionalText, timestamp } from './fields';
import type { HistoryDocs } from './history-docs';
import { insertRecord, readOne } from './records';

/**
 * A feedback pulse: how one person rated the partnership on a day (1–5), in their words, and
 * how it was asked. Feedback is history that only grows, so it is read and written through
 * `HistoryDocs` (./history-docs.ts), never through one workspace doc: when history moves to
 * per-school-year docs, a pulse is written to its day's doc and nothing here changes.
 */

export const FEEDBACK_CHANNELS = ['survey', 'focus-group', 'meeting', 'conversation'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_SCORE && value <= MAX_SCORE;

export const feedbackSchema = z.object({
  partnerId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  date: z.string().refine(isValidDay),
  score: z.number().refine(isScore),
  comment: optionalText(4000),
  channel: oneOf(FEEDBACK_CHANNELS, 'conversation'),
  from: optionalLine(LIMITS.name),
  /** The meeting (log entry) it was given in, when it was. */
  logEntryId: optionalId,
  createdBy: optionalLine(100),
  createdAt: timestamp,
  ...deletionFields,
});

export type Feedback = z.output<typeof feedbackSchema> & { id: string };

export interface FeedbackInput {
  partnerId: string;
  date: string;
  score: number;
  comment?: string | undefined;
  channel: FeedbackChannel;
  from?: string | undefined;
  logEntryId?: string | undefined;
  createdBy?: string | undefined;
}

/** Records a pulse in its day's doc, as one local transaction. Returns its id. */
export function addFeedback(history: HistoryDocs, input: FeedbackInput, now = Date.now()): string {
  if (!isScore(input.score)) throw new Error('A score is a whole number from 1 to 5.');
  if (!isValidDay(input.date)) throw new Error('Enter a valid date.');
  const id = newId();
  const doc = history.docFor(input.date);
  transactLocal(doc, () => {
    insertRecord(doc, 'feedback', id, {
      partnerId: input.partnerId,
      date: input.date,
      score: input.score,
      comment: input.comment?.trim() || undefined,
      channel: input.channel,
      from: input.from?.trim() || undefined,
      logEntryId: input.logEntryId || undefined,
      createdBy: input.createdBy?.trim() || undefined,
      createdAt: now,
    });
  });
  return id;
}

/** The doc that holds a pulse, looked up by id across every loaded history doc. */
function docOf(history: HistoryDocs, id: string): Y.Doc | undefined {
  return history.all().find((doc) => doc.getMap('feedback').has(id));
}

/** The live pulse, or null when missing, unreadable or soft-deleted. */
export function getFeedback(history: HistoryDocs, id: string): Feedback | null {
  const doc = docOf(history, id);
  const pulse = doc ? readOne(doc, 'feedback', feedbackSchema, id) : null;
  return pulse && pulse.deletedAt === undefined ? pulse : null;
}

export function deleteFeedback(history: HistoryDocs, id: string, by?: string, now = Date.now()) {
  const doc = docOf(history, id);
  if (doc) softDelete(doc, 'feedback', id, by, { now });
}

export function restoreFeedback(history: HistoryDocs, id: string) {
  const doc = docOf(history, id);
  if (doc) restoreRecord(doc, 'feedback', id);
}
