import type * as Y from 'yjs';
import type { Checkin } from './checkin';
import { listCheckinsIn } from './checkin-history';
import { contributionSchema, type Contribution } from './contribution';
import { toCsvText } from './csv-cells';
import { dayNumber, dayString } from './days';
import { escapeIcsText, icsCalendar, icsPlain, icsUtc, meetingEventLines } from './export-ics';
import { listFollowups } from './followup';
import { listColumns, listGoals } from './goal';
import { listLogEntriesIn, type LogDocs } from './log-docs';
import { listPartners } from './partner';
import { listPeople } from './person';
import { parseRecord } from './records';
import { forEachHistoryRecord, type HistoryDocList } from './history-records';

/**
 * The workspace's records as files other tools read: one CSV per kind of record and one
 * calendar of what is coming up. Column names are English and fixed, whatever the interface
 * language, so that a file exported in one language imports in another (the import recognises
 * them, csv-mapping.ts). Lists in one cell are joined with "; ". Every cell is neutralised
 * against formula injection by `toCsvText`. Only live records are exported (soft-deleted ones
 * stay in `Recently deleted` and in backups).
 */

export const CSV_EXPORTS = [
  'partners',
  'people',
  'log',
  'followups',
  'goals',
  'checkins',
  'contributions',
] as const;
export type CsvExportKind = (typeof CSV_EXPORTS)[number];

const list = (items: readonly string[] | undefined) => (items ?? []).join('; ');
const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

/** Names of records by id, for cells that refer to another record. */
function namesById<T extends { id: string }>(items: readonly T[], name: (item: T) => string) {
  const names = new Map<string, string>();
  for (const item of items) names.set(item.id, name(item));
  return (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '').filter(Boolean);
}

function partnersCsv(doc: Y.Doc): string {
  const partners = listPartners(doc).items.sort((a, b) => a.name.localeCompare(b.name));
  return toCsvText(
    [
      'Name',
      'Kind',
      'Website',
      'Emails',
      'Phones',
      'Street',
      'City',
      'Region',
      'Postal code',
      'Country',
      'Description',
      'Tags',
      'Stakeholder group',
      'Contact every (days)',
      'Archived',
      'Created',
    ],
    partners.map((p) => [
      p.name,
      p.kind,
      p.website ?? '',
      list(p.emails),
      list(p.phones),
      p.address?.street ?? '',
      p.address?.locality ?? '',
      p.address?.region ?? '',
      p.address?.postalCode ?? '',
      p.address?.country ?? '',
      p.description ?? '',
      list(p.tags),
      p.stakeholderGroup ?? '',
      String(p.cadenceDays),
      p.archived ? 'yes' : '',
      iso(p.createdAt),
    ]),
  );
}

function peopleCsv(doc: Y.Doc): string {
  const partnerNames = namesById(listPartners(doc).items, (p) => p.name);
  const people = listPeople(doc).items.sort((a, b) => a.name.localeCompare(b.name));
  return toCsvText(
    ['Name', 'Role', 'Organisation', 'Emails', 'Phones', 'Notes'],
    people.map((p) => [
      p.name,
      p.role ?? '',
      partnerNames(p.partnerId ? [p.partnerId] : []).join(''),
      list(p.emails),
      list(p.phones),
      p.notes ?? '',
    ]),
  );
}

function logCsv(doc: Y.Doc, logDocs: LogDocs): string {
  const partnerNames = namesById(listPartners(doc).items, (p) => p.name);
  const personNames = namesById(listPeople(doc).items, (p) => p.name);
  const goalTitles = namesById(listGoals(doc).items, (g) => g.title);
  const entries = listLogEntriesIn(logDocs).items.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
  );
  return toCsvText(
    [
      'Date',
      'Kind',
      'Title',
      'Partners',
      'People',
      'Goals',
      'Agenda',
      'Notes',
      'Decisions',
      'Location',
    ],
    entries.map((e) => [
      e.date,
      e.kind,
      e.title,
      list(partnerNames(e.partnerIds)),
      list(personNames(e.personIds)),
      list(goalTitles(e.goalIds)),
      list(e.agenda.map((item) => item.text)),
      e.notes ?? '',
      list(e.decisions),
      e.meeting?.location ?? '',
    ]),
  );
}

function followupsCsv(doc: Y.Doc, logDocs: LogDocs): string {
  const partnerNames = namesById(listPartners(doc).items, (p) => p.name);
  const entryTitles = namesById(listLogEntriesIn(logDocs).items, (e) => e.title);
  const followups = listFollowups(doc).items.sort((a, b) =>
    (a.due ?? '9999').localeCompare(b.due ?? '9999'),
  );
  return toCsvText(
    ['Follow-up', 'Due', 'Done', 'Assignee', 'Partner', 'Log entry'],
    followups.map((f) => [
      f.text,
      f.due ?? '',
      f.done ? 'yes' : '',
      f.assigneeName ?? '',
      partnerNames(f.partnerId ? [f.partnerId] : []).join(''),
      entryTitles(f.logEntryId ? [f.logEntryId] : []).join(''),
    ]),
  );
}

/** The latest check-in of each goal: the latest day, then the latest recorded. */
function latestCheckins(checkins: readonly Checkin[]): Map<string, Checkin> {
  const latest = new Map<string, Checkin>();
  for (const c of checkins) {
    const current = latest.get(c.goalId);
    if (
      !current ||
      c.date > current.date ||
      (c.date === current.date && c.createdAt > current.createdAt)
    ) {
      latest.set(c.goalId, c);
    }
  }
  return latest;
}

function goalsCsv(doc: Y.Doc, historyDocs: LogDocs): string {
  const partnerNames = namesById(listPartners(doc).items, (p) => p.name);
  const columns = new Map(listColumns(doc).map((c) => [c.id, c.name]));
  const goals = listGoals(doc).items.filter((g) => g.deletedAt === undefined);
  const latest = latestCheckins(listCheckinsIn(historyDocs).items);
  return toCsvText(
    [
      'Title',
      'Status',
      'Metric',
      'Unit',
      'Baseline',
      'Target',
      'Direction',
      'Due',
      'Latest value',
      'Latest check-in',
      'Partners',
      'Owners',
      'Tags',
      'Description',
    ],
    goals
      .sort((a, b) => a.title.localeCompare(b.title))
      .map((g) => {
        const last = latest.get(g.id);
        return [
          g.title,
          columns.get(g.column) ?? g.column,
          g.metric.name ?? '',
          g.metric.unit ?? '',
          num(g.metric.baseline),
          num(g.metric.target),
          g.metric.direction,
          g.metric.due ?? '',
          num(last?.value),
          last?.date ?? '',
          list(partnerNames(g.partnerIds)),
          list(g.owners),
          list(g.tags),
          g.description,
        ];
      }),
  );
}

function checkinsCsv(doc: Y.Doc, historyDocs: LogDocs): string {
  const goalTitles = namesById(listGoals(doc).items, (g) => g.title);
  const checkins = listCheckinsIn(historyDocs).items.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
  );
  return toCsvText(
    ['Goal', 'Date', 'Value', 'Note', 'Author'],
    checkins.map((c) => [
      goalTitles([c.goalId]).join(''),
      c.date,
      String(c.value),
      c.note ?? '',
      c.author ?? '',
    ]),
  );
}

/** Contributions from every history doc given (each once: a year's copy over a moved original), newest first. */
function contributionsCsv(doc: Y.Doc, historyDocs: HistoryDocList): string {
  const partnerNames = namesById(listPartners(doc).items, (p) => p.name);
  const goalTitles = namesById(listGoals(doc).items, (g) => g.title);
  const contributions: Contribution[] = [];
  forEachHistoryRecord(historyDocs, 'contributions', (raw, id) => {
    const record = parseRecord(contributionSchema, id, raw);
    if (record && record.deletedAt === undefined) contributions.push(record);
  });
  contributions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return toCsvText(
    ['Partner', 'Direction', 'Kind', 'Date', 'Amount', 'Currency', 'Hours', 'Goals', 'Note'],
    contributions.map((c) => [
      partnerNames([c.partnerId]).join(''),
      c.direction,
      c.kind,
      c.date,
      num(c.amount),
      c.currency ?? '',
      num(c.hours),
      list(goalTitles(c.goalIds)),
      c.note ?? '',
    ]),
  );
}

const WRITERS: Record<CsvExportKind, (doc: Y.Doc, logDocs: LogDocs) => string> = {
  partners: partnersCsv,
  people: peopleCsv,
  log: logCsv,
  followups: followupsCsv,
  goals: goalsCsv,
  checkins: checkinsCsv,
  contributions: contributionsCsv,
};

/**
 * `logDocs`: every doc holding the history (the contact log, check-ins and contributions: the workspace doc and
 * all its year docs, from `YearHistory.loadAll()`); the workspace doc alone before the split.
 */
export function exportCsv(doc: Y.Doc, kind: CsvExportKind, logDocs: LogDocs = doc): string {
  return WRITERS[kind](doc, logDocs);
}

export interface UpcomingOptions {
  /** Today, `YYYY-MM-DD`, local time: meetings and follow-ups from this day on are included. */
  today: string;
  now?: number;
  timeZone?: string;
  /** The summary of a follow-up's event, in the interface language ("Follow-up: {text}"). */
  followupSummary: (text: string) => string;
  /** Every doc holding the contact log (see `exportCsv`); the workspace doc by default. */
  logDocs?: LogDocs;
}

/**
 * An .ics of every upcoming meeting (a log entry of kind meeting, or with meeting details, dated
 * today or later) and every open follow-up due today or later, as an all-day event on its day.
 */
export function upcomingIcs(doc: Y.Doc, options: UpcomingOptions): string {
  const now = options.now ?? Date.now();
  const today = options.today;
  const meetings = listLogEntriesIn(options.logDocs ?? doc)
    .items.filter((e) => (e.kind === 'meeting' || e.meeting) && e.date.slice(0, 10) >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => meetingEventLines(e, { now, timeZone: options.timeZone, description: e.notes }));
  const followups = listFollowups(doc)
    .items.filter((f) => !f.done && f.due !== undefined && f.due >= today)
    .sort((a, b) => a.due!.localeCompare(b.due!))
    .map((f) => {
      const day = dayNumber(f.due!)!;
      return [
        'BEGIN:VEVENT',
        `UID:${escapeIcsText(icsPlain(`${f.id}@bridgework.local`))}`,
        `DTSTAMP:${icsUtc(now)}`,
        `DTSTART;VALUE=DATE:${f.due!.replace(/-/g, '')}`,
        `DTEND;VALUE=DATE:${dayString(day + 1).replace(/-/g, '')}`,
        `SUMMARY:${escapeIcsText(options.followupSummary(f.text))}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    });
  return icsCalendar([...meetings, ...followups]);
}
