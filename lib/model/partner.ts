import type * as Y from 'yjs';
import { z } from 'zod';
import { newId, transactLocal } from './doc';
import {
  deletionFields,
  markDependents,
  restoreRecord,
  softDelete,
  unmarkDependents,
  withoutDeleted,
  type Dependents,
} from './deletion';
import {
  flag,
  LIMITS,
  oneOf,
  optionalHttpUrl,
  optionalLine,
  optionalText,
  optionalTimestamp,
  requiredLine,
  safeHttpUrl,
  stringList,
  timestamp,
  urlList,
} from './fields';
import { isYearlyCollection } from './history-years';
import { insertRecord, readAll, readOne, type ReadResult, updateRecord } from './records';

export const PARTNER_KINDS = [
  'school',
  'district',
  'business',
  'nonprofit',
  'government',
  'higher-ed',
  'library',
  'faith',
  'community-group',
  'family-group',
  'other',
] as const;

export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** What a row of the partners list shows of a partner. */
export type PartnerRowData = Pick<
  Partner,
  'id' | 'name' | 'kind' | 'website' | 'emails' | 'logo' | 'tags'
>;

export const DEFAULT_CADENCE_DAYS = 30;

const addressSchema = z
  .object({
    street: optionalLine(),
    locality: optionalLine(),
    region: optionalLine(),
    postalCode: optionalLine(40),
    country: optionalLine(100),
  })
  .optional()
  .catch(undefined);

const capturedFromSchema = z
  .object({ url: z.unknown().transform(safeHttpUrl).pipe(z.string()), at: z.number().finite() })
  .optional()
  .catch(undefined);

export const partnerSchema = z.object({
  name: requiredLine(),
  kind: oneOf(PARTNER_KINDS, 'other'),
  website: optionalHttpUrl,
  description: optionalText(),
  logo: optionalHttpUrl,
  emails: stringList(LIMITS.name),
  phones: stringList(60),
  address: addressSchema,
  socials: urlList,
  tags: stringList(60),
  stakeholderGroup: optionalLine(100),
  cadenceDays: z.number().int().min(1).max(3650).catch(DEFAULT_CADENCE_DAYS),
  capturedFrom: capturedFromSchema,
  createdBy: optionalLine(100),
  createdAt: timestamp,
  updatedAt: optionalTimestamp,
  archived: flag,
  ...deletionFields,
});

export type Address = NonNullable<z.output<typeof addressSchema>>;
export type Partner = z.output<typeof partnerSchema> & { id: string };

/** What a user or the capture feature supplies; the rest is filled in. */
type DeletionKeys = 'deletedAt' | 'deletedBy' | 'deletedWith';
export type PartnerInput = Partial<
  Omit<Partner, 'id' | 'createdAt' | 'updatedAt' | DeletionKeys>
> & {
  name: string;
};
export type PartnerPatch = Partial<Omit<Partner, 'id' | 'createdAt' | DeletionKeys>>;

/** Live partners (soft-deleted ones are hidden; `invalid` counts unreadable records). */
export function listPartners(doc: Y.Doc): ReadResult<Partner> {
  const { items, invalid } = readAll(doc, 'partners', partnerSchema);
  return { items: withoutDeleted(items), invalid };
}

/** The live partner, or null when it is missing, unreadable or soft-deleted. */
export function getPartner(doc: Y.Doc, id: string): Partner | null {
  const partner = readOne(doc, 'partners', partnerSchema, id);
  return partner && partner.deletedAt === undefined ? partner : null;
}

function partnerFields(input: PartnerPatch): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...input };
  delete fields.id;
  if (input.address) {
    const parts = Object.entries(input.address).filter(
      ([, v]) => typeof v === 'string' && v.trim(),
    );
    fields.address = parts.length ? Object.fromEntries(parts) : undefined;
  }
  return fields;
}

export function addPartner(doc: Y.Doc, input: PartnerInput, now = Date.now()): string {
  const id = newId();
  transactLocal(doc, () => {
    insertRecord(doc, 'partners', id, {
      kind: 'other',
      emails: [],
      phones: [],
      socials: [],
      tags: [],
      ...partnerFields(input),
      createdAt: now,
      updatedAt: now,
    });
  });
  return id;
}

export function updatePartner(doc: Y.Doc, id: string, patch: PartnerPatch, now = Date.now()) {
  updateRecord(doc, 'partners', id, partnerFields(patch), now, 'This partner no longer exists.');
}

/** A partner's people, agreement, commitments, concerns, feedback and contributions go and come back with it. */
export const PARTNER_DEPENDENTS: readonly Dependents[] = [
  { collection: 'people', field: 'partnerId' },
  { collection: 'agreements', field: 'partnerId' },
  { collection: 'commitments', field: 'partnerId' },
  { collection: 'concerns', field: 'partnerId' },
  { collection: 'feedback', field: 'partnerId' },
  { collection: 'contributions', field: 'partnerId' },
];

/** The dependents kept per school year once history is split (lib/model/history-years.ts). */
export const PARTNER_HISTORY_DEPENDENTS = PARTNER_DEPENDENTS.filter((dependent) =>
  isYearlyCollection(dependent.collection),
);

/**
 * Soft-deletes the partner and its live people in one undoable step; `by` is the user's display
 * name, shown to peers.
 */
export function deletePartner(
  doc: Y.Doc,
  id: string,
  by?: string,
  now = Date.now(),
  history: readonly Y.Doc[] = [],
) {
  if (!softDelete(doc, 'partners', id, by, { now, dependents: PARTNER_DEPENDENTS })) return;
  // Its feedback and contributions in the school years loaded go with it; a year loaded later
  // still holds them live (counted in that year's totals, shown nowhere: the partner is gone).
  for (const yearDoc of history)
    if (yearDoc !== doc)
      transactLocal(yearDoc, () =>
        markDependents(yearDoc, id, PARTNER_HISTORY_DEPENDENTS, by, now),
      );
}

/**
 * Brings the partner back with the people (and, in the years loaded, the feedback and
 * contributions) deleted with it, not ones deleted on their own.
 */
export function restorePartner(doc: Y.Doc, id: string, history: readonly Y.Doc[] = []) {
  if (!restoreRecord(doc, 'partners', id, PARTNER_DEPENDENTS)) return;
  for (const yearDoc of history)
    if (yearDoc !== doc)
      transactLocal(yearDoc, () => unmarkDependents(yearDoc, id, PARTNER_HISTORY_DEPENDENTS));
}
