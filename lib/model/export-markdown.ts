import {
  isDateOnly,
  LOG_KIND_LABELS,
  MEETING_FORMAT_LABELS,
  type LogEntry,
  type LogKind,
  type MeetingFormat,
} from './log-entry';
import type { Followup } from './followup';

/**
 * The words an export prints around the data. The model may not translate (it imports no i18n):
 * the caller builds these in the reader's language; English is the default, so a file made
 * without labels reads as before.
 */
export interface ExportLabels {
  agendaTitle: string;
  minutesTitle: string;
  agenda: string;
  noAgendaItems: string;
  agendaItems: string;
  decisions: string;
  followups: string;
  /** Check-ins recorded during the meeting from an agenda item linked to a goal. */
  checkins: string;
  noNotes: string;
  notes: string;
  date: string;
  kind: string;
  format: string;
  where: string;
  partners: string;
  attendees: string;
  goals: string;
  /** ", due 2026-11-30": the day is passed in as it is stored. */
  due: (day: string) => string;
  kinds: Record<LogKind, string>;
  formats: Record<MeetingFormat, string>;
}

export const ENGLISH_EXPORT_LABELS: ExportLabels = {
  agendaTitle: 'Agenda',
  minutesTitle: 'Minutes',
  agenda: 'Agenda',
  noAgendaItems: 'No agenda items yet.',
  agendaItems: 'Agenda items',
  decisions: 'Decisions',
  followups: 'Follow-ups',
  checkins: 'Check-ins',
  noNotes: 'No notes.',
  notes: 'Notes',
  date: 'Date',
  kind: 'Kind',
  format: 'Format',
  where: 'Where',
  partners: 'Partners',
  attendees: 'Attendees',
  goals: 'Goals',
  due: (day) => `due ${day}`,
  kinds: LOG_KIND_LABELS,
  formats: MEETING_FORMAT_LABELS,
};

/** Names the export needs, resolved by the caller (the model keeps ids). */
export interface ExportNames {
  partners: string[];
  people: string[];
  goals?: string[];
  /** Check-ins recorded from agenda items, already worded by the caller ("Reading: 42 %"). */
  checkins?: { agendaItemId: string; text: string }[];
}

/**
 * Markdown-escapes text that goes inline (not code): keeps it from turning into markup. Line
 * breaks become spaces, so a field a peer wrote cannot start a heading, a list or a line of its
 * own; multi-line fields go through `indentBlock`, one line at a time.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1')
    .replace(/^(\s*)(-|=|\d+[.)])/g, '$1\\$2');
}

/** A human date: `2026-11-23 10:00` or `2026-11-23`. */
export function formatEntryDate(date: string): string {
  return isDateOnly(date) ? date : date.replace('T', ' ');
}

function attendees(entry: LogEntry, names: ExportNames): string[] {
  return [...names.people, ...(entry.meeting?.attendeeNames ?? [])];
}

function header(
  entry: LogEntry,
  names: ExportNames,
  heading: string,
  labels: ExportLabels,
): string[] {
  const lines = [`# ${escapeMarkdown(heading)}: ${escapeMarkdown(entry.title)}`, ''];
  const meta: [string, string | undefined][] = [
    [labels.date, formatEntryDate(entry.date)],
    [labels.kind, labels.kinds[entry.kind]],
    [labels.format, entry.meeting ? labels.formats[entry.meeting.format] : undefined],
    [labels.where, entry.meeting?.location],
    [labels.partners, names.partners.join(', ') || undefined],
    [labels.attendees, attendees(entry, names).join(', ') || undefined],
    [labels.goals, names.goals?.join(', ') || undefined],
  ];
  for (const [label, value] of meta)
    if (value) lines.push(`- **${label}:** ${escapeMarkdown(value)}`);
  lines.push('');
  return lines;
}

function indentBlock(text: string, indent: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => `${indent}${escapeMarkdown(line)}`);
}

/** The agenda to send before the meeting: numbered items, nothing from after it. */
export function agendaMarkdown(
  entry: LogEntry,
  names: ExportNames,
  labels: ExportLabels = ENGLISH_EXPORT_LABELS,
): string {
  const lines = header(entry, names, labels.agendaTitle, labels);
  lines.push(`## ${labels.agenda}`, '');
  if (entry.agenda.length === 0) lines.push(`_${labels.noAgendaItems}_`);
  entry.agenda.forEach((item, index) => lines.push(`${index + 1}. ${escapeMarkdown(item.text)}`));
  return `${lines.join('\n')}\n`;
}

/** The minutes: per item notes and decisions, the meeting's notes and decisions, follow-ups. */
export function minutesMarkdown(
  entry: LogEntry,
  names: ExportNames,
  followups: readonly Followup[] = [],
  labels: ExportLabels = ENGLISH_EXPORT_LABELS,
): string {
  const lines = header(entry, names, labels.minutesTitle, labels);
  const line = (f: Followup) => followupLine(f, labels);
  if (entry.agenda.length) {
    lines.push(`## ${labels.agendaItems}`, '');
    entry.agenda.forEach((item, index) => {
      lines.push(`### ${index + 1}. ${escapeMarkdown(item.text)}`, '');
      if (item.notes) lines.push(...indentBlock(item.notes, ''), '');
      if (item.decisions.length) {
        lines.push(`**${labels.decisions}**`, '');
        for (const decision of item.decisions) lines.push(`- ${escapeMarkdown(decision)}`);
        lines.push('');
      }
      const itemFollowups = followups.filter((f) => f.agendaItemId === item.id);
      const itemCheckins = (names.checkins ?? []).filter((c) => c.agendaItemId === item.id);
      if (itemCheckins.length) {
        lines.push(`**${labels.checkins}**`, '');
        for (const c of itemCheckins) lines.push(`- ${escapeMarkdown(c.text)}`);
        lines.push('');
      }
      if (itemFollowups.length) {
        lines.push(`**${labels.followups}**`, '');
        for (const f of itemFollowups) lines.push(line(f));
        lines.push('');
      }
      if (!item.notes && !item.decisions.length && !itemFollowups.length && !itemCheckins.length)
        lines.push(`_${labels.noNotes}_`, '');
    });
  }
  if (entry.notes) lines.push(`## ${labels.notes}`, '', ...indentBlock(entry.notes, ''), '');
  if (entry.decisions.length) {
    lines.push(`## ${labels.decisions}`, '');
    for (const decision of entry.decisions) lines.push(`- ${escapeMarkdown(decision)}`);
    lines.push('');
  }
  const general = followups.filter(
    (f) => !f.agendaItemId || !entry.agenda.some((i) => i.id === f.agendaItemId),
  );
  if (general.length) {
    lines.push(`## ${labels.followups}`, '');
    for (const f of general) lines.push(line(f));
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function followupLine(f: Followup, labels: ExportLabels): string {
  const who = f.assigneeName ? ` — ${escapeMarkdown(f.assigneeName)}` : '';
  const due = f.due ? `, ${labels.due(f.due)}` : '';
  return `- [${f.done ? 'x' : ' '}] ${escapeMarkdown(f.text)}${who}${due}`;
}

/** A file name from a title: `2026-11-23-termly-review-minutes.md`. */
export function exportFileName(entry: LogEntry, suffix: string, extension: string): string {
  const slug = entry.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${entry.date.slice(0, 10)}-${slug || 'entry'}${suffix ? `-${suffix}` : ''}.${extension}`;
}
