import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { z } from 'zod';
import { deletionFields, restoreRecord, softDelete, withoutDeleted } from './deletion';
import { newId, transactLocal } from './doc';
import {
  idList,
  isRecordId,
  LIMITS,
  oneOf,
  optionalLine,
  optionalText,
  optionalTimestamp,
  RECORD_ID,
  requiredLine,
  stringList,
  timestamp,
} from './fields';
import {
  getRecordMap,
  insertRecord,
  patchRecord,
  readAll,
  readOne,
  type ReadResult,
} from './records';

export const LOG_KINDS = ['meeting', 'call', 'email', 'visit', 'event', 'note'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export const LOG_KIND_LABELS: Record<LogKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  email: 'Email',
  visit: 'Visit',
  event: 'Event',
  note: 'Note',
};

export const MEETING_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export const MEETING_FORMAT_LABELS: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  virtual: 'Virtual',
  hybrid: 'Hybrid',
};

/**
 * A log entry's date is a local wall-clock value: `YYYY-MM-DD` when only the
 * day is known, `YYYY-MM-DDTHH:mm` otherwise. It sorts as a string, and a
 * meeting at 10:00 stays at 10:00 for every peer, whatever their time zone.
 */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isValidLocalDate(value: string): boolean {
  const match = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return false;
  const [, y, m, d, hh = '0', mm = '0'] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d) &&
    Number(hh) < 24 &&
    Number(mm) < 60
  );
}

/** Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` (seconds are dropped); anything else is invalid. */
export const localDateSchema = z
  .string()
  .transform((value) => value.trim().slice(0, 16))
  .refine(isValidLocalDate);

export const SOURCE_KINDS = ['followup', 'goal'] as const;

const agendaSourceSchema = z
  .object({ kind: z.enum(SOURCE_KINDS), id: z.string().regex(RECORD_ID) })
  .optional()
  .catch(undefined);

const agendaItemSchema = z.object({
  text: requiredLine(LIMITS.shortText),
  notes: optionalText(),
  decisions: stringList(LIMITS.shortText),
  order: z.string().max(200).catch('a0'),
  source: agendaSourceSchema,
});

export type AgendaItem = Omit<z.output<typeof agendaItemSchema>, 'order'> & { id: string };

/** The agenda map (id → item) read as a list in fractional order; broken items are skipped. */
const agendaSchema = z
  .unknown()
  .optional()
  .transform((value): AgendaItem[] => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    const items: (AgendaItem & { order: string })[] = [];
    for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
      if (!isRecordId(id)) continue;
      const parsed = agendaItemSchema.safeParse(raw);
      if (parsed.success) items.push({ ...parsed.data, id });
    }
    items.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
    return items.map(({ order: _order, ...item }) => item);
  });

const meetingSchema = z
  .object({
    format: oneOf(MEETING_FORMATS, 'in-person'),
    location: optionalLine(LIMITS.url),
    attendeeNames: stringList(LIMITS.name),
    durationMinutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .catch(60),
  })
  .optional()
  .catch(undefined);

export const logEntrySchema = z.object({
  kind: oneOf(LOG_KINDS, 'note'),
  date: localDateSchema,
  title: requiredLine(),
  notes: optionalText(),
  decisions: stringList(LIMITS.shortText),
  partnerIds: idList,
  personIds: idList,
  goalIds: idList,
  meeting: meetingSchema,
  agenda: agendaSchema,
  sourceUrl: optionalLine(LIMITS.url),
  createdBy: optionalLine(100),
  createdAt: timestamp,
  updatedAt: optionalTimestamp,
  ...deletionFields,
});

export type LogEntry = z.output<typeof logEntrySchema> & { id: string };
export type MeetingDetails = NonNullable<LogEntry['meeting']>;

/** What a form supplies: agenda items carry an id when they already exist. */
export interface AgendaItemInput {
  id?: string;
  text: string;
  notes?: string | undefined;
  decisions?: string[];
  source?: { kind: (typeof SOURCE_KINDS)[number]; id: string } | undefined;
}

export interface LogEntryInput {
  kind: LogKind;
  date: string;
  title: string;
  notes?: string | undefined;
  decisions?: string[];
  partnerIds?: string[];
  personIds?: string[];
  goalIds?: string[];
  meeting?: MeetingDetails | undefined;
  agenda?: AgendaItemInput[];
  sourceUrl?: string | undefined;
  createdBy?: string | undefined;
}

export function isDateOnly(date: string): boolean {
  return DATE_ONLY.test(date);
}

/** Live entries (soft-deleted ones are hidden; `invalid` counts unreadable records). */
export function listLogEntries(doc: Y.Doc): ReadResult<LogEntry> {
  const { items, invalid } = readAll(doc, 'log', logEntrySchema);
  return { items: withoutDeleted(items), invalid };
}

/** The live entry, or null when missing, unreadable or soft-deleted. */
export function getLogEntry(doc: Y.Doc, id: string): LogEntry | null {
  const entry = readOne(doc, 'log', logEntrySchema, id);
  return entry && entry.deletedAt === undefined ? entry : null;
}

/** Soft-deletes an entry (its follow-ups stay); `by` is the user's display name, shown to peers. */
export function deleteLogEntry(doc: Y.Doc, id: string, by?: string, now = Date.now()) {
  softDelete(doc, 'log', id, by, { now });
}

export function restoreLogEntry(doc: Y.Doc, id: string) {
  restoreRecord(doc, 'log', id);
}

function itemFields(item: AgendaItemInput): Record<string, unknown> {
  return {
    text: item.text.trim(),
    notes: item.notes?.trim() || undefined,
    decisions: (item.decisions ?? []).map((d) => d.trim()).filter(Boolean),
    source: item.source ? { kind: item.source.kind, id: item.source.id } : undefined,
  };
}

function newItemMap(fields: Record<string, unknown>, order: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) map.set(key, value);
  map.set('order', order);
  return map;
}

function entryFields(input: Partial<LogEntryInput>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (input.kind !== undefined) fields.kind = input.kind;
  if (input.date !== undefined) {
    if (!isValidLocalDate(input.date)) throw new Error('Enter a valid date.');
    fields.date = input.date;
  }
  if (input.title !== undefined) fields.title = input.title.trim();
  if ('notes' in input) fields.notes = input.notes?.trim() || undefined;
  if (input.decisions !== undefined)
    fields.decisions = input.decisions.map((d) => d.trim()).filter(Boolean);
  if (input.partnerIds !== undefined) fields.partnerIds = [...new Set(input.partnerIds)];
  if (input.personIds !== undefined) fields.personIds = [...new Set(input.personIds)];
  if (input.goalIds !== undefined) fields.goalIds = [...new Set(input.goalIds)];
  if ('meeting' in input) fields.meeting = input.meeting ? { ...input.meeting } : undefined;
  if ('sourceUrl' in input) fields.sourceUrl = input.sourceUrl;
  return fields;
}

/** Adds an entry with its agenda in one transaction; returns its id and its items' ids. */
export function addLogEntry(
  doc: Y.Doc,
  input: LogEntryInput,
  now = Date.now(),
): { id: string; agendaIds: string[] } {
  const id = newId();
  const agendaIds: string[] = [];
  transactLocal(doc, () => {
    const agenda = new Y.Map<unknown>();
    let order: string | null = null;
    for (const item of input.agenda ?? []) {
      if (!item.text.trim()) continue;
      order = generateKeyBetween(order, null);
      const itemId = item.id ?? newId();
      agenda.set(itemId, newItemMap(itemFields(item), order));
      agendaIds.push(itemId);
    }
    insertRecord(doc, 'log', id, {
      decisions: [],
      partnerIds: [],
      personIds: [],
      goalIds: [],
      ...entryFields(input),
      agenda,
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    });
  });
  return { id, agendaIds };
}

function agendaMapOf(record: Y.Map<unknown>): Y.Map<Y.Map<unknown>> {
  const existing = record.get('agenda');
  if (existing instanceof Y.Map) return existing as Y.Map<Y.Map<unknown>>;
  const created = new Y.Map<Y.Map<unknown>>();
  record.set('agenda', created);
  return created;
}

function orderOf(item: Y.Map<unknown>): string {
  const order = item.get('order');
  return typeof order === 'string' ? order : 'a0';
}

/**
 * Updates an entry in place. With `agenda`, items keep their map (a peer's
 * concurrent note on an item survives), new ones are appended after the
 * current last item, and items missing from the list are removed.
 */
export function updateLogEntry(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<LogEntryInput, 'createdBy'>>,
  now = Date.now(),
) {
  transactLocal(doc, () => {
    const record = getRecordMap(doc, 'log', id);
    if (!record) throw new Error('This log entry no longer exists.');
    let changed = patchRecord(record, entryFields(patch));
    if (patch.agenda) {
      const agenda = agendaMapOf(record);
      const keep = new Set(patch.agenda.map((item) => item.id).filter(Boolean));
      for (const itemId of [...agenda.keys()]) {
        if (!keep.has(itemId)) {
          agenda.delete(itemId);
          changed = true;
        }
      }
      let last: string | null = null;
      for (const item of agenda.values()) {
        const order = orderOf(item);
        if (last === null || order > last) last = order;
      }
      for (const item of patch.agenda) {
        if (!item.text.trim()) continue;
        const existing = item.id ? agenda.get(item.id) : undefined;
        if (existing instanceof Y.Map) {
          if (patchRecord(existing, itemFields(item))) changed = true;
        } else {
          last = generateKeyBetween(last, null);
          agenda.set(item.id ?? newId(), newItemMap(itemFields(item), last));
          changed = true;
        }
      }
    }
    if (changed) record.set('updatedAt', now);
  });
}

/** Records an agenda item's minutes without touching the rest of the entry. */
export function updateAgendaItem(
  doc: Y.Doc,
  entryId: string,
  itemId: string,
  patch: Partial<Omit<AgendaItemInput, 'id'>>,
  now = Date.now(),
) {
  transactLocal(doc, () => {
    const record = getRecordMap(doc, 'log', entryId);
    const item = record ? agendaMapOf(record).get(itemId) : undefined;
    if (!record || !(item instanceof Y.Map)) throw new Error('This agenda item no longer exists.');
    const fields: Record<string, unknown> = {};
    if (patch.text !== undefined) fields.text = patch.text.trim();
    if ('notes' in patch) fields.notes = patch.notes?.trim() || undefined;
    if (patch.decisions !== undefined)
      fields.decisions = patch.decisions.map((d) => d.trim()).filter(Boolean);
    if (patchRecord(item, fields)) record.set('updatedAt', now);
  });
}
