import { isDateOnly, LOG_KIND_LABELS, MEETING_FORMAT_LABELS, type LogEntry } from './log-entry';
import type { Followup } from './followup';

/** Names the export needs, resolved by the caller (the model keeps ids). */
export interface ExportNames {
  partners: string[];
  people: string[];
  goals?: string[];
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

function header(entry: LogEntry, names: ExportNames, heading: string): string[] {
  const lines = [`# ${heading}: ${escapeMarkdown(entry.title)}`, ''];
  const meta: [string, string | undefined][] = [
    ['Date', formatEntryDate(entry.date)],
    ['Kind', LOG_KIND_LABELS[entry.kind]],
    ['Format', entry.meeting ? MEETING_FORMAT_LABELS[entry.meeting.format] : undefined],
    ['Where', entry.meeting?.location],
    ['Partners', names.partners.join(', ') || undefined],
    ['Attendees', attendees(entry, names).join(', ') || undefined],
    ['Goals', names.goals?.join(', ') || undefined],
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
export function agendaMarkdown(entry: LogEntry, names: ExportNames): string {
  const lines = header(entry, names, 'Agenda');
  lines.push('## Agenda', '');
  if (entry.agenda.length === 0) lines.push('_No agenda items yet._');
  entry.agenda.forEach((item, index) => lines.push(`${index + 1}. ${escapeMarkdown(item.text)}`));
  return `${lines.join('\n')}\n`;
}

/** The minutes: per item notes and decisions, the meeting's notes and decisions, follow-ups. */
export function minutesMarkdown(
  entry: LogEntry,
  names: ExportNames,
  followups: readonly Followup[] = [],
): string {
  const lines = header(entry, names, 'Minutes');
  if (entry.agenda.length) {
    lines.push('## Agenda items', '');
    entry.agenda.forEach((item, index) => {
      lines.push(`### ${index + 1}. ${escapeMarkdown(item.text)}`, '');
      if (item.notes) lines.push(...indentBlock(item.notes, ''), '');
      if (item.decisions.length) {
        lines.push('**Decisions**', '');
        for (const decision of item.decisions) lines.push(`- ${escapeMarkdown(decision)}`);
        lines.push('');
      }
      const itemFollowups = followups.filter((f) => f.agendaItemId === item.id);
      if (itemFollowups.length) {
        lines.push('**Follow-ups**', '');
        for (const f of itemFollowups) lines.push(followupLine(f));
        lines.push('');
      }
      if (!item.notes && !item.decisions.length && !itemFollowups.length)
        lines.push('_No notes._', '');
    });
  }
  if (entry.notes) lines.push('## Notes', '', ...indentBlock(entry.notes, ''), '');
  if (entry.decisions.length) {
    lines.push('## Decisions', '');
    for (const decision of entry.decisions) lines.push(`- ${escapeMarkdown(decision)}`);
    lines.push('');
  }
  const general = followups.filter(
    (f) => !f.agendaItemId || !entry.agenda.some((i) => i.id === f.agendaItemId),
  );
  if (general.length) {
    lines.push('## Follow-ups', '');
    for (const f of general) lines.push(followupLine(f));
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function followupLine(f: Followup): string {
  const who = f.assigneeName ? ` — ${escapeMarkdown(f.assigneeName)}` : '';
  const due = f.due ? `, due ${f.due}` : '';
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
