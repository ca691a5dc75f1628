import * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete } from './deletion';
import { newId, transactLocal } from './doc';
import { isValidDay } from './days';
import {
  idList,
  isRecordId,
  optionalLine,
  optionalText,
  optionalTimestamp,
  timestamp,
} from './fields';
import type { HistoryDocs } from './history-docs';
import { historyDocOf } from './history-records';
import { getRecordMap, insertRecord, patchRecord, readOne } from './records';

/**
 * A contribution, in either direction: what a partner gave the school (a grant, volunteer
 * hours…) or what the school gave back (recognition, access…). It carries an amount in one
 * currency, hours, or both. Contributions are history that only grows, so they are read and
 * written through `HistoryDocs` (./history-docs.ts), never through one workspace doc.
 */

export const CONTRIBUTION_DIRECTIONS = ['from-partner', 'to-partner'] as const;
export type ContributionDirection = (typeof CONTRIBUTION_DIRECTIONS)[number];

/** What a partner gives the school. */
export const PARTNER_GIVES = [
  'grant',
  'sponsorship',
  'in-kind',
  'volunteer-hours',
  'training',
  'facilities',
  'other',
] as const;
/** What the school gives back. */
export const SCHOOL_GIVES = ['recognition', 'training', 'resources', 'access', 'other'] as const;

export type ContributionKind = (typeof PARTNER_GIVES)[number] | (typeof SCHOOL_GIVES)[number];

export const kindsFor = (direction: ContributionDirection): readonly ContributionKind[] =>
  direction === 'from-partner' ? PARTNER_GIVES : SCHOOL_GIVES;

export const isKindFor = (direction: ContributionDirection, kind: string): boolean =>
  (kindsFor(direction) as readonly string[]).includes(kind);

/** Amounts above this are typing mistakes, and sums of them stay exact (see contribution-totals). */
export const MAX_AMOUNT = 1_000_000_000_000;
export const MAX_HOURS = 1_000_000;
export const NOTE_MAX = 4000;

let knownCurrencies: Set<string> | undefined;

/** An ISO 4217 code the runtime knows (USD, EUR, MXN…); upper case, three letters. */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return false;
  if (!knownCurrencies) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    knownCurrencies = new Set(intl.supportedValuesOf?.('currency') ?? []);
  }
  // A runtime without the list accepts any three capitals rather than refuse real currencies.
  return knownCurrencies.size === 0 || knownCurrencies.has(value);
}

export const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT;

export const isHours = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_HOURS;

export const contributionSchema = z
  .object({
    partnerId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    direction: z.enum(CONTRIBUTION_DIRECTIONS).catch('from-partner'),
    kind: z.string().catch('other'),
    amount: z.number().refine(isAmount).optional().catch(undefined),
    currency: z.string().refine(isCurrencyCode).optional().catch(undefined),
    hours: z.number().refine(isHours).optional().catch(undefined),
    date: z.string().refine(isValidDay),
    goalIds: idList,
    note: optionalText(NOTE_MAX),
    createdBy: optionalLine(100),
    createdAt: timestamp,
    updatedAt: optionalTimestamp,
    ...deletionFields,
  })
  .transform((record) => {
    // A kind the direction does not have (a peer's typo, a newer build's kind) reads as other;
    // an amount without a currency cannot be counted, so it reads as absent.
    const kind = (
      isKindFor(record.direction, record.kind) ? record.kind : 'other'
    ) as ContributionKind;
    const money = record.amount !== undefined && record.currency !== undefined;
    return {
      ...record,
      kind,
      amount: money ? record.amount : undefined,
      currency: money ? record.currency : undefined,
    };
  })
  // A contribution worth nothing (no amount, no hours) is not one: it goes to Needs attention.
  .refine((record) => record.amount !== undefined || record.hours !== undefined);

export type Contribution = z.output<typeof contributionSchema> & { id: string };

/** What totals read of a contribution. */
export type CountedContribution = Pick<
  Contribution,
  'partnerId' | 'direction' | 'kind' | 'date' | 'amount' | 'currency' | 'hours' | 'deletedAt'
>;

const PARTNER_ID = /^[A-Za-z0-9_-]{1,100}$/;
const isDeletedAt = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The fields totals need, read straight from the stored map with the schema's rules, without
 * copying the record or running the schema: summing 20,000 contributions through the schema
 * takes over a second, this a few milliseconds. A test holds it to the schema's answers. It
 * reads only these scalar fields, so a hostile value elsewhere in the record cannot slow it
 * down; such a record (too deep or too large to copy) is quarantined, yet counts here.
 */
export function readCountedFields(id: string, raw: unknown): CountedContribution | null {
  if (!isRecordId(id) || !(raw instanceof Y.Map)) return null;
  const partnerId: unknown = raw.get('partnerId');
  const date: unknown = raw.get('date');
  if (typeof partnerId !== 'string' || !PARTNER_ID.test(partnerId)) return null;
  if (typeof date !== 'string' || !isValidDay(date)) return null;
  const storedDirection: unknown = raw.get('direction');
  const direction: ContributionDirection =
    storedDirection === 'to-partner' || storedDirection === 'from-partner'
      ? storedDirection
      : 'from-partner';
  const storedKind: unknown = raw.get('kind');
  const kind = (
    typeof storedKind === 'string' && isKindFor(direction, storedKind) ? storedKind : 'other'
  ) as ContributionKind;
  const amount: unknown = raw.get('amount');
  const currency: unknown = raw.get('currency');
  const hours: unknown = raw.get('hours');
  const money = isAmount(amount) && isCurrencyCode(currency);
  const counted = {
    partnerId,
    direction,
    kind,
    date,
    amount: money ? amount : undefined,
    currency: money ? currency : undefined,
    hours: isHours(hours) ? hours : undefined,
    deletedAt: isDeletedAt(raw.get('deletedAt')) ? (raw.get('deletedAt') as number) : undefined,
  };
  return counted.amount !== undefined || counted.hours !== undefined ? counted : null;
}

export interface ContributionInput {
  partnerId: string;
  direction: ContributionDirection;
  kind: ContributionKind;
  amount?: number | undefined;
  currency?: string | undefined;
  hours?: number | undefined;
  date: string;
  goalIds?: readonly string[];
  note?: string | undefined;
  createdBy?: string | undefined;
}

export type ContributionPatch = Omit<ContributionInput, 'partnerId' | 'createdBy'>;

/** Why the model refuses an input (the form words it; a form checks before saving). */
export type ContributionProblem = 'kind' | 'amount' | 'currency' | 'hours' | 'noValue' | 'date';

export function contributionProblems(input: ContributionPatch): ContributionProblem[] {
  const problems: ContributionProblem[] = [];
  if (!isKindFor(input.direction, input.kind)) problems.push('kind');
  if (input.amount !== undefined && !isAmount(input.amount)) problems.push('amount');
  if (input.amount !== undefined && !isCurrencyCode(input.currency)) problems.push('currency');
  if (input.hours !== undefined && !isHours(input.hours)) problems.push('hours');
  if (input.amount === undefined && input.hours === undefined) problems.push('noValue');
  if (!isValidDay(input.date)) problems.push('date');
  return problems;
}

function fieldsOf(input: ContributionPatch): Record<string, unknown> {
  const money = input.amount !== undefined;
  return {
    direction: input.direction,
    kind: input.kind,
    amount: money ? input.amount : undefined,
    currency: money ? input.currency : undefined,
    hours: input.hours,
    date: input.date,
    goalIds: [...(input.goalIds ?? [])],
    note: input.note?.trim().slice(0, NOTE_MAX) || undefined,
  };
}

function check(input: ContributionPatch) {
  const problems = contributionProblems(input);
  if (problems.length) throw new Error(`Invalid contribution: ${problems.join(', ')}`);
}

/** Records a contribution in its day's doc, as one local transaction. Returns its id. */
export function addContribution(
  history: HistoryDocs,
  input: ContributionInput,
  now = Date.now(),
): string {
  check(input);
  const id = newId();
  const doc = history.docFor(input.date);
  transactLocal(doc, () => {
    insertRecord(doc, 'contributions', id, {
      partnerId: input.partnerId,
      ...fieldsOf(input),
      createdBy: input.createdBy?.trim() || undefined,
      createdAt: now,
    });
  });
  return id;
}

/** The doc whose copy of a contribution counts (a year's over a moved original), by id. */
function docOf(history: HistoryDocs, id: string): Y.Doc | undefined {
  return historyDocOf(history.all(), 'contributions', id) ?? undefined;
}

/** The live contribution, or null when missing, unreadable or soft-deleted. */
export function getContribution(history: HistoryDocs, id: string): Contribution | null {
  const doc = docOf(history, id);
  const record = doc ? readOne(doc, 'contributions', contributionSchema, id) : null;
  return record && record.deletedAt === undefined ? record : null;
}

/**
 * Edits a contribution in place. A new date may belong to another history doc (another school
 * year, once history is split): then the record moves there under the same id, so links to it
 * keep working.
 */
export function updateContribution(
  history: HistoryDocs,
  id: string,
  patch: ContributionPatch,
  now = Date.now(),
) {
  check(patch);
  const from = docOf(history, id);
  const record = from && getRecordMap(from, 'contributions', id);
  if (!from || !record) throw new Error('This contribution no longer exists.');
  const to = history.docFor(patch.date);
  if (to === from) {
    transactLocal(from, () => {
      if (patchRecord(record, fieldsOf(patch))) record.set('updatedAt', now);
    });
    return;
  }
  const kept = Object.fromEntries(record.entries());
  transactLocal(to, () => {
    insertRecord(to, 'contributions', id, { ...kept, ...fieldsOf(patch), updatedAt: now });
  });
  transactLocal(from, () => from.getMap('contributions').delete(id));
}

export function deleteContribution(
  history: HistoryDocs,
  id: string,
  by?: string,
  now = Date.now(),
) {
  const doc = docOf(history, id);
  if (doc) softDelete(doc, 'contributions', id, by, { now });
}

export function restoreContribution(history: HistoryDocs, id: string) {
  const doc = docOf(history, id);
  if (doc) restoreRecord(doc, 'contributions', id);
}
