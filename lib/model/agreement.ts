import * as Y from 'yjs';
import { z } from 'zod';
import { COMMITMENT_SIDES, type CommitmentSide } from './commitment';
import { dayNumber, isValidDay } from './days';
import { deletionFields, isDeletedRaw } from './deletion';
import { collection, newId, transactLocal } from './doc';
import { idList, isRecordId, oneOf, optionalLine, optionalText, timestamp } from './fields';
import { optionalDay } from './followup';
import { updatePartner } from './partner';
import { getRecordMap, insertRecord, parseRecord } from './records';

/**
 * A partnership agreement, kept as versions. Each save that changes anything writes a new record
 * (a version) to `agreements` and never edits an old one; the partner's agreement is its newest
 * version and the others stay readable as they were agreed.
 *
 * Why versions are records and not one record per partner: two peers who both start or edit the
 * agreement while apart would otherwise write the same record. Creating it twice under one key
 * keeps only one of the two maps (the other peer's text is gone), and editing the same text
 * fields keeps only the last writer's value of each field, so the saved agreement could be a mix
 * nobody wrote. As versions, both saves survive whole.
 *
 * Which version is current is decided the same way on every peer, without trusting clocks first:
 * a version names the versions it replaces (`previousIds`: every current version its author saw),
 * so a version someone has built on is never current. What is left (the *heads*) is one version,
 * or several when people saved at the same time; then the newest by `createdAt` (ties by id) is
 * current, and the others are reported so the page can say that two versions were saved at once.
 * The next save names all heads, which joins the branches again.
 *
 * Confirmations ("agreed by") belong to a version: they are a Y.Array on the version's record,
 * so two people confirming at once both append, and a later edit starts unconfirmed.
 */

export const AGREEMENT_TEXT_LIMIT = 5000;

const confirmationSchema = z.object({
  name: z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim().slice(0, 100))
    .pipe(z.string().min(1)),
  side: z.enum(COMMITMENT_SIDES),
  date: z.string().refine(isValidDay),
  at: z.number().finite().nonnegative().catch(0),
});

export type Confirmation = z.output<typeof confirmationSchema>;

const MAX_CONFIRMATIONS = 100;

const confirmationList = z
  .unknown()
  .optional()
  .transform((value) => {
    if (!Array.isArray(value)) return [] as Confirmation[];
    const entries: Confirmation[] = [];
    for (const item of value.slice(0, MAX_CONFIRMATIONS)) {
      const parsed = confirmationSchema.safeParse(item);
      if (parsed.success) entries.push(parsed.data);
    }
    return entries;
  });

export const agreementSchema = z.object({
  partnerId: z.string().refine(isRecordId),
  purpose: optionalText(AGREEMENT_TEXT_LIMIT),
  ourResponsibilities: optionalText(AGREEMENT_TEXT_LIMIT),
  partnerResponsibilities: optionalText(AGREEMENT_TEXT_LIMIT),
  expectations: optionalText(AGREEMENT_TEXT_LIMIT),
  /** How the two sides keep in touch; how often is `cadenceDays`. */
  communication: optionalText(2000),
  cadenceDays: z.number().int().min(1).max(3650).optional().catch(undefined),
  startDate: optionalDay,
  reviewDate: optionalDay,
  previousIds: idList,
  agreedBy: confirmationList,
  savedBy: optionalLine(100),
  createdAt: timestamp,
  ...deletionFields,
});

export type Agreement = z.output<typeof agreementSchema> & { id: string };

/** What the agreement form saves. */
export interface AgreementInput {
  purpose?: string | undefined;
  ourResponsibilities?: string | undefined;
  partnerResponsibilities?: string | undefined;
  expectations?: string | undefined;
  communication?: string | undefined;
  cadenceDays?: number | undefined;
  startDate?: string | undefined;
  reviewDate?: string | undefined;
}

export const AGREEMENT_FIELDS = [
  'purpose',
  'ourResponsibilities',
  'partnerResponsibilities',
  'expectations',
  'communication',
  'cadenceDays',
  'startDate',
  'reviewDate',
] as const satisfies readonly (keyof AgreementInput)[];

/** The input as it would be stored: trimmed, empty values absent, dates checked. */
function cleanInput(input: AgreementInput): AgreementInput {
  const text = (value: string | undefined, max: number) => value?.trim().slice(0, max) || undefined;
  for (const key of ['startDate', 'reviewDate'] as const) {
    if (input[key] && !isValidDay(input[key])) throw new Error('Enter a valid date.');
  }
  const cadence = input.cadenceDays;
  if (cadence !== undefined && !(Number.isInteger(cadence) && cadence >= 1 && cadence <= 3650))
    throw new Error('Enter how often, in days (1 to 3650).');
  return {
    purpose: text(input.purpose, AGREEMENT_TEXT_LIMIT),
    ourResponsibilities: text(input.ourResponsibilities, AGREEMENT_TEXT_LIMIT),
    partnerResponsibilities: text(input.partnerResponsibilities, AGREEMENT_TEXT_LIMIT),
    expectations: text(input.expectations, AGREEMENT_TEXT_LIMIT),
    communication: text(input.communication, 2000),
    cadenceDays: cadence,
    startDate: input.startDate || undefined,
    reviewDate: input.reviewDate || undefined,
  };
}

/** Does the input say what the version already says (after trimming)? */
export function sameAgreement(version: AgreementInput, input: AgreementInput): boolean {
  const clean = cleanInput(input);
  return AGREEMENT_FIELDS.every((key) => (version[key] ?? undefined) === clean[key]);
}

/** Newest first by `createdAt`, ties by id: the same order on every peer. */
export function compareNewestFirst(a: Agreement, b: Agreement): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export interface AgreementHistory {
  current: Agreement | null;
  /** Every other version, newest first. */
  earlier: Agreement[];
  /** Versions saved alongside the current one that nothing has replaced yet (see the top). */
  concurrent: Agreement[];
  /** What a new save replaces: every head. */
  heads: string[];
}

/** One partner's versions (live ones) as current, earlier and concurrent. */
export function agreementHistory(versions: Iterable<Agreement>): AgreementHistory {
  const live = [...versions].filter((v) => v.deletedAt === undefined).sort(compareNewestFirst);
  const replaced = new Set<string>();
  for (const version of live) for (const id of version.previousIds) replaced.add(id);
  const heads = live.filter((version) => !replaced.has(version.id));
  // Only a cycle a peer wrote by hand leaves no head; the newest version is current then.
  const current = heads[0] ?? live[0] ?? null;
  return {
    current,
    earlier: live.filter((version) => version !== current),
    concurrent: heads.filter((version) => version !== current),
    heads: heads.length ? heads.map((version) => version.id) : current ? [current.id] : [],
  };
}

/**
 * Every version of one partner's agreement, soft-deleted ones included. Reads one field of each
 * record to find them, and validates only the partner's: fine for a save, not for a render.
 */
export function agreementVersionsOf(doc: Y.Doc, partnerId: string): Agreement[] {
  const versions: Agreement[] = [];
  collection(doc, 'agreements').forEach((raw, id) => {
    if (!(raw instanceof Y.Map) || raw.get('partnerId') !== partnerId) return;
    const version = parseRecord(agreementSchema, id, raw);
    if (version) versions.push(version);
  });
  return versions;
}

/**
 * Every partner's current version (live versions only), read with one pass over the collection:
 * for the offscreen document's reminders, which have no index to read from.
 */
export function currentAgreements(doc: Y.Doc): Agreement[] {
  const byPartner = new Map<string, Agreement[]>();
  collection(doc, 'agreements').forEach((raw, id) => {
    if (isDeletedRaw(raw)) return;
    const version = parseRecord(agreementSchema, id, raw);
    if (!version) return;
    const list = byPartner.get(version.partnerId);
    if (list) list.push(version);
    else byPartner.set(version.partnerId, [version]);
  });
  const current: Agreement[] = [];
  for (const versions of byPartner.values()) {
    const head = agreementHistory(versions).current;
    if (head) current.push(head);
  }
  return current;
}

/**
 * Saves the agreement as a new version when it says something new; returns the version's id, or
 * null when nothing changed. With `cadenceDays` it also sets the partner's contact cadence, in the
 * same step (one Undo takes both back).
 */
export function saveAgreement(
  doc: Y.Doc,
  partnerId: string,
  input: AgreementInput,
  options: { by?: string | undefined; now?: number; versions?: Agreement[] } = {},
): string | null {
  const now = options.now ?? Date.now();
  const clean = cleanInput(input);
  const history = agreementHistory(options.versions ?? agreementVersionsOf(doc, partnerId));
  if (history.current && history.concurrent.length === 0 && sameAgreement(history.current, clean))
    return null;
  const id = newId();
  transactLocal(doc, () => {
    const record = insertRecord(doc, 'agreements', id, {
      partnerId,
      ...clean,
      previousIds: history.heads,
      savedBy: options.by?.trim().slice(0, 100) || undefined,
      createdAt: now,
    });
    record.set('agreedBy', new Y.Array());
    if (clean.cadenceDays !== undefined)
      updatePartner(doc, partnerId, { cadenceDays: clean.cadenceDays }, now);
  });
  return id;
}

/** Records that `name`, for one side, agreed to this version on `date` (a day). */
export function confirmAgreement(
  doc: Y.Doc,
  versionId: string,
  confirmation: { name: string; side: CommitmentSide; date: string },
  now = Date.now(),
) {
  const name = confirmation.name.replace(/\s+/g, ' ').trim().slice(0, 100);
  if (!name) throw new Error('Say who agreed.');
  if (!isValidDay(confirmation.date)) throw new Error('Enter a valid date.');
  transactLocal(doc, () => {
    const record = getRecordMap(doc, 'agreements', versionId);
    if (!record || isDeletedRaw(record)) throw new Error('This agreement no longer exists.');
    let list = record.get('agreedBy');
    if (!(list instanceof Y.Array)) {
      list = new Y.Array();
      record.set('agreedBy', list);
    }
    const side = oneOf(COMMITMENT_SIDES, 'school').parse(confirmation.side);
    (list as Y.Array<unknown>).push([{ name, side, date: confirmation.date, at: now }]);
  });
}

/** The sides that have confirmed this version. */
export function sidesAgreed(version: Pick<Agreement, 'agreedBy'>): Set<CommitmentSide> {
  return new Set(version.agreedBy.map((entry) => entry.side));
}

/** The review day has passed (the day after it onwards); `today` is a day number. */
export function isReviewOverdue(version: Pick<Agreement, 'reviewDate'>, today: number): boolean {
  const review = version.reviewDate ? dayNumber(version.reviewDate) : null;
  return review !== null && review < today;
}

/** The review is today. */
export function isReviewDueOn(version: Pick<Agreement, 'reviewDate'>, today: number): boolean {
  return !!version.reviewDate && dayNumber(version.reviewDate) === today;
}
