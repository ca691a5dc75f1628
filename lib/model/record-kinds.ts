import type { z } from 'zod';
import { agreementSchema } from './agreement';
import { checkinSchema } from './checkin';
import { commitmentSchema } from './commitment';
import { concernSchema } from './concern';
import { contributionSchema } from './contribution';
import type { Dependents } from './deletion';
import type { CollectionName } from './doc';
import { followupSchema } from './followup';
import { feedbackSchema } from './feedback';
import { columnSchema, goalSchema } from './goal';
import { lessonSchema } from './lesson';
import { logEntrySchema } from './log-entry';
import { PARTNER_DEPENDENTS, partnerSchema } from './partner';
import { personSchema } from './person';
import { storySchema } from './story';

/**
 * What the deletion features need to know about each collection: how to validate a record
 * (before showing it or putting it back), what a person calls one, and which records go with it.
 * A new collection adds a line here and gets "Recently deleted" and bulk-deletion restore.
 */
export interface RecordKind {
  collection: CollectionName;
  schema: z.ZodType;
  singular: string;
  plural: string;
  /** The record's name or title, from its validated value. */
  title: (record: Record<string, unknown>) => string;
  dependents?: readonly Dependents[];
}

const text = (field: string) => (record: Record<string, unknown>) =>
  typeof record[field] === 'string' ? (record[field] as string) : '';

export const RECORD_KINDS: readonly RecordKind[] = [
  {
    collection: 'partners',
    schema: partnerSchema,
    singular: 'partner',
    plural: 'partners',
    title: text('name'),
    dependents: PARTNER_DEPENDENTS,
  },
  {
    collection: 'people',
    schema: personSchema,
    singular: 'person',
    plural: 'people',
    title: text('name'),
  },
  {
    collection: 'goals',
    schema: goalSchema,
    singular: 'goal',
    plural: 'goals',
    title: text('title'),
  },
  {
    collection: 'log',
    schema: logEntrySchema,
    singular: 'log entry',
    plural: 'log entries',
    title: text('title'),
  },
  {
    collection: 'followups',
    schema: followupSchema,
    singular: 'follow-up',
    plural: 'follow-ups',
    title: text('text'),
  },
  {
    collection: 'checkins',
    schema: checkinSchema,
    singular: 'check-in',
    plural: 'check-ins',
    title: (record) => `Check-in ${typeof record.date === 'string' ? record.date : ''}`.trim(),
  },
  {
    collection: 'concerns',
    schema: concernSchema,
    singular: 'concern',
    plural: 'concerns',
    title: text('text'),
  },
  {
    collection: 'feedback',
    schema: feedbackSchema,
    singular: 'feedback pulse',
    plural: 'feedback pulses',
    title: (record) => `Feedback ${typeof record.date === 'string' ? record.date : ''}`.trim(),
  },
  {
    collection: 'lessons',
    schema: lessonSchema,
    singular: 'lesson learned',
    plural: 'lessons learned',
    title: text('title'),
  },
  {
    collection: 'contributions',
    schema: contributionSchema,
    singular: 'contribution',
    plural: 'contributions',
    title: (record) => `Contribution ${typeof record.date === 'string' ? record.date : ''}`.trim(),
  },
  {
    collection: 'stories',
    schema: storySchema,
    singular: 'story',
    plural: 'stories',
    title: text('title'),
  },
  {
    collection: 'agreements',
    schema: agreementSchema,
    singular: 'agreement',
    plural: 'agreements',
    title: text('purpose'),
  },
  {
    collection: 'commitments',
    schema: commitmentSchema,
    singular: 'commitment',
    plural: 'commitments',
    title: text('text'),
  },
  {
    collection: 'boardColumns',
    schema: columnSchema,
    singular: 'board column',
    plural: 'board columns',
    title: text('name'),
  },
];

export function recordKind(name: CollectionName): RecordKind | undefined {
  return RECORD_KINDS.find((kind) => kind.collection === name);
}

/** "1 partner", "25 partners". */
export function countOf(name: CollectionName, count: number): string {
  const kind = recordKind(name);
  const word = kind
    ? count === 1
      ? kind.singular
      : kind.plural
    : count === 1
      ? 'record'
      : 'records';
  return `${count.toLocaleString('en')} ${word}`;
}
