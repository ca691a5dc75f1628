import { formatDay } from '../../lib/model/days';
import { LOG_KIND_LABELS, type LogEntry, type LogKind } from '../../lib/model/log-entry';

/** Short marks for the kind badge (plain letters: emoji fonts are not everywhere). */
export const KIND_ICONS: Record<LogKind, string> = {
  meeting: 'Mtg',
  call: 'Call',
  email: 'Mail',
  visit: 'Visit',
  event: 'Evt',
  note: 'Note',
};

export function kindLabel(kind: LogKind): string {
  return LOG_KIND_LABELS[kind];
}

export function entrySummary(entry: LogEntry, partnerNames: string[]): string {
  return [kindLabel(entry.kind), formatDay(entry.date), partnerNames.join(', ')]
    .filter(Boolean)
    .join(' · ');
}

/** Lines of a textarea as a list (blank lines dropped). */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function overdueLabel(days: number): string {
  return days === 1 ? 'Overdue by 1 day' : `Overdue by ${days} days`;
}
