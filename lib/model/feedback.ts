import type * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId, transactLocal } from './doc';
import { isValidDay } from './days';
import { isScore } from './feedback-score';
import { forgetRecentPulse, noteRecentPulses } from './feedback-summary';
import { LIMITS, oneOf, optionalId, optionalLine, optionalText, timestamp } from './fields';
import type { HistoryDocs } from './history-docs';
import { historyDocOf } from './history-records';
import { insertRecord, readOne } from './records';

/**
 * A feedback pulse: how one person rated the partnership on a day (1–5), in their words, and
 * how it was asked. Feedback is history that only grows, so it is read and written through
 * `HistoryDocs` (./history-docs.ts), never through one workspace doc: when history moves to
 * per-school-year docs, a pulse is written to its day's doc and nothing here changes.
 */

export const FEEDBACK_CHANNELS = ['survey', 'focus-group', 'meeting', 'conversation'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export { isScore, MAX_SCORE, MIN_SCORE } from './feedback-score';

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

/**
 * Records a pulse in its day's doc, as one local transaction. Written to a year doc, it is also
 * noted among the workspace's recent pulses (./feedback-summary.ts) in the same local edit, so
 * a trend read without that year loaded still counts it, and Undo takes both back. Returns its id.
 */
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
  if (doc !== history.main) notePulse(history, doc, id, now);
  return id;
}

function notePulse(history: HistoryDocs, doc: Y.Doc, id: string, now: number) {
  const pulse = readOne(doc, 'feedback', feedbackSchema, id);
  if (pulse) transactLocal(history.main, () => noteRecentPulses(history.main, [pulse], now));
}

/** The doc whose copy of a pulse counts (a year's copy over a moved original), by id. */
function docOf(history: HistoryDocs, id: string): Y.Doc | undefined {
  return historyDocOf(history.all(), 'feedback', id) ?? undefined;
}

/** The live pulse, or null when missing, unreadable or soft-deleted. */
export function getFeedback(history: HistoryDocs, id: string): Feedback | null {
  const doc = docOf(history, id);
  const pulse = doc ? readOne(doc, 'feedback', feedbackSchema, id) : null;
  return pulse && pulse.deletedAt === undefined ? pulse : null;
}

export function deleteFeedback(history: HistoryDocs, id: string, by?: string, now = Date.now()) {
  const doc = docOf(history, id);
  if (!doc) return;
  softDelete(doc, 'feedback', id, by, { now });
  if (doc !== history.main) transactLocal(history.main, () => forgetRecentPulse(history.main, id));
}

export function restoreFeedback(history: HistoryDocs, id: string, now = Date.now()) {
  const doc = docOf(history, id);
  if (!doc) return;
  restoreRecord(doc, 'feedback', id);
  if (doc !== history.main) notePulse(history, doc, id, now);
}
