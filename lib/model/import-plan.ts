import type * as Y from 'yjs';
import { newId, transactLocal } from './doc';
import { LIMITS } from './fields';
import type { ImportRecord } from './import-record';
import { getPartner, PARTNER_KINDS, type PartnerInput, type PartnerKind } from './partner';
import { mergeIntoPartner, phoneKey, type IncomingPerson } from './partner-merge';
import { listPeople, type Person } from './person';
import { insertRecord } from './records';
import { isPhone, normaliseEmail, normaliseWebUrl, TEXT_CAPS } from './validation';

/**
 * What an import will do, before it does it: each row checked with the input rules the forms
 * use (lib/model/validation.ts), rows that name the same organisation gathered into one partner,
 * and each partner matched against the workspace's partners by the caller's duplicate matching
 * (the one capture uses). `applyImport` then writes everything as ONE local transaction, so the
 * import is one Undo step and either happens whole or not at all: nothing in it throws halfway
 * (a partner to merge into that a peer deleted meanwhile is imported as new instead).
 */

export type RowProblemCode = 'missingName' | 'email' | 'phone' | 'url' | 'tooLong';

export interface RowProblem {
  code: RowProblemCode;
  /** The value refused, when there is one to show. */
  value?: string;
}

export interface RowError {
  rowNumber: number;
  problems: RowProblem[];
}

/** What to do with a partner the workspace seems to have already. */
export type DuplicateChoice = 'merge' | 'skip' | 'new';

export interface ExistingMatch {
  partnerId: string;
  name: string;
  reason: 'domain' | 'email-domain' | 'name';
}

export interface PlannedPartner {
  /** Stable within a plan: the organisation's name, normalised. */
  key: string;
  input: PartnerInput & { emails: string[]; phones: string[]; tags: string[] };
  people: IncomingPerson[];
  rowNumbers: number[];
  match: ExistingMatch | null;
}

export interface ImportPlan {
  partners: PlannedPartner[];
  /** People whose row names no organisation. */
  people: (IncomingPerson & { rowNumber: number })[];
  errors: RowError[];
  /** Rows without problems. */
  validRows: number;
}

export type FindExisting = (candidate: {
  name: string;
  website?: string;
  emails: string[];
}) => ExistingMatch | null;

const organisationKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const personKey = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

function partnerKind(text: string): PartnerKind | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-');
  return (PARTNER_KINDS as readonly string[]).includes(key) ? (key as PartnerKind) : undefined;
}

function addNew(list: string[], items: readonly string[], key = (s: string) => s.toLowerCase()) {
  const seen = new Set(list.map(key));
  for (const item of items) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    list.push(item);
  }
}

interface CheckedRow {
  emails: string[];
  website: string;
}

/** The row's problems, or its normalised values when it has none. */
export function checkRecord(record: ImportRecord): RowProblem[] | CheckedRow {
  const problems: RowProblem[] = [];
  if (!record.organisation && !record.person) problems.push({ code: 'missingName' });
  for (const name of [record.organisation, record.person]) {
    if (name.length > TEXT_CAPS.name) problems.push({ code: 'tooLong', value: name.slice(0, 40) });
  }
  if (record.role.length > TEXT_CAPS.personRole) {
    problems.push({ code: 'tooLong', value: record.role.slice(0, 40) });
  }
  const emails: string[] = [];
  for (const email of record.emails) {
    const normal = normaliseEmail(email);
    if (normal && normal.length <= LIMITS.name) emails.push(normal);
    else problems.push({ code: 'email', value: email });
  }
  for (const phone of record.phones) {
    if (!isPhone(phone)) problems.push({ code: 'phone', value: phone });
  }
  const website = normaliseWebUrl(record.website);
  if (website === null) problems.push({ code: 'url', value: record.website });
  return problems.length ? problems : { emails, website: website ?? '' };
}

/** Options for planning in slices: `pause` is awaited every `sliceRows` rows. */
export interface PlanOptions {
  pause?: () => Promise<void>;
  sliceRows?: number;
  onProgress?: (fraction: number) => void;
}

export async function planImport(
  records: readonly ImportRecord[],
  findExisting: FindExisting,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const plan: ImportPlan = { partners: [], people: [], errors: [], validRows: 0 };
  const byKey = new Map<string, PlannedPartner>();
  const sliceRows = options.sliceRows ?? 200;
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % sliceRows === 0) {
      options.onProgress?.(i / records.length);
      await options.pause?.();
    }
    const record = records[i]!;
    const checked = checkRecord(record);
    if (Array.isArray(checked)) {
      plan.errors.push({ rowNumber: record.rowNumber, problems: checked });
      continue;
    }
    plan.validRows++;
    const person: IncomingPerson | null = record.person
      ? {
          name: record.person,
          role: record.role || undefined,
          emails: checked.emails,
          phones: [...record.phones],
          notes: record.notes || undefined,
        }
      : null;
    if (!record.organisation) {
      plan.people.push({ ...person!, rowNumber: record.rowNumber });
      continue;
    }
    const key = organisationKey(record.organisation);
    let planned = byKey.get(key);
    if (!planned) {
      planned = {
        key,
        input: { name: record.organisation, emails: [], phones: [], tags: [] },
        people: [],
        rowNumbers: [],
        match: null,
      };
      byKey.set(key, planned);
      plan.partners.push(planned);
    }
    const input = planned.input;
    planned.rowNumbers.push(record.rowNumber);
    if (!input.website && checked.website) input.website = checked.website;
    if (!input.kind) input.kind = partnerKind(record.kind);
    if (!input.description && record.description) input.description = record.description;
    if (!input.description && !person && record.notes) input.description = record.notes;
    addNew(input.tags, record.tags);
    if (person) {
      const same = planned.people.find((p) => personKey(p.name) === personKey(person.name));
      if (same) {
        addNew((same.emails ??= []), person.emails ?? []);
        addNew((same.phones ??= []), person.phones ?? [], phoneKey);
        same.role ??= person.role;
      } else {
        planned.people.push(person);
      }
    } else {
      addNew(input.emails, checked.emails);
      addNew(input.phones, record.phones, phoneKey);
    }
  }
  for (let i = 0; i < plan.partners.length; i++) {
    if (i > 0 && i % sliceRows === 0) await options.pause?.();
    const planned = plan.partners[i]!;
    planned.match = findExisting({
      name: planned.input.name,
      website: planned.input.website,
      emails: [...planned.input.emails, ...planned.people.flatMap((p) => p.emails ?? [])],
    });
  }
  options.onProgress?.(1);
  return plan;
}

export interface ImportSummary {
  /** Rows written (as new records or merged into existing partners). */
  rowsImported: number;
  partnersAdded: number;
  partnersMerged: number;
  peopleAdded: number;
  /** Rows left out because their partner was a duplicate the person chose to skip. */
  rowsSkipped: number;
}

function insertPerson(
  doc: Y.Doc,
  person: IncomingPerson,
  partnerId: string | undefined,
  now: number,
) {
  insertRecord(doc, 'people', newId(), {
    name: person.name,
    role: person.role,
    emails: person.emails ?? [],
    phones: person.phones ?? [],
    notes: person.notes,
    partnerId,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Writes the plan as one local transaction (one Undo step). `choices` says, per planned
 * partner key, what to do with one that matched an existing partner (merging is the default:
 * it only fills empty fields and adds what is new, never overwriting what someone typed).
 */
export function applyImport(
  doc: Y.Doc,
  plan: ImportPlan,
  choices: ReadonlyMap<string, DuplicateChoice>,
  now = Date.now(),
): ImportSummary {
  const summary: ImportSummary = {
    rowsImported: 0,
    partnersAdded: 0,
    partnersMerged: 0,
    peopleAdded: 0,
    rowsSkipped: 0,
  };
  // Each merge with people needs the partner's people: read them all once, grouped by partner.
  let peopleByPartner: Map<string, Person[]> | null = null;
  const peopleOf = (partnerId: string): Person[] => {
    if (!peopleByPartner) {
      peopleByPartner = new Map();
      for (const person of listPeople(doc).items) {
        if (!person.partnerId) continue;
        const list = peopleByPartner.get(person.partnerId) ?? [];
        list.push(person);
        peopleByPartner.set(person.partnerId, list);
      }
    }
    return peopleByPartner.get(partnerId) ?? [];
  };
  const mergedInto = new Set<string>();
  transactLocal(doc, () => {
    for (const planned of plan.partners) {
      const choice = planned.match ? (choices.get(planned.key) ?? 'merge') : 'new';
      if (choice === 'skip') {
        summary.rowsSkipped += planned.rowNumbers.length;
        continue;
      }
      summary.rowsImported += planned.rowNumbers.length;
      if (choice === 'merge' && planned.match && getPartner(doc, planned.match.partnerId)) {
        const target = planned.match.partnerId;
        // A partner merged into twice ("Acme" and "Acme Inc" both match it) is read live the
        // second time, so the people the first merge added count as existing.
        const known = mergedInto.has(target) ? undefined : peopleOf(target);
        mergedInto.add(target);
        const merged = mergeIntoPartner(doc, target, planned.input, planned.people, now, known);
        summary.partnersMerged++;
        summary.peopleAdded += merged.added.people;
        continue;
      }
      const id = newId();
      const { input } = planned;
      insertRecord(doc, 'partners', id, {
        name: input.name,
        kind: input.kind ?? 'other',
        website: input.website,
        description: input.description,
        emails: input.emails,
        phones: input.phones,
        socials: [],
        tags: input.tags,
        createdAt: now,
        updatedAt: now,
      });
      summary.partnersAdded++;
      for (const person of planned.people) {
        insertPerson(doc, person, id, now);
        summary.peopleAdded++;
      }
    }
    for (const person of plan.people) {
      insertPerson(doc, person, undefined, now);
      summary.peopleAdded++;
      summary.rowsImported++;
    }
  });
  return summary;
}
