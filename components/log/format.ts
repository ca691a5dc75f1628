import {
  isDateOnly,
  LOG_KIND_LABELS,
  type LogEntry,
  type LogKind,
} from '../../lib/model/log-entry';

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "Mon, 23 Nov 2026, 10:00" from a local date (the wall-clock value is shown as stored). */
export function formatLogDate(date: string): string {
  const [day, time] = date.split('T') as [string, string?];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const label = dayFormat.format(new Date(y, m - 1, d));
  return time && !isDateOnly(date) ? `${label}, ${time}` : label;
}

export function formatDay(day: string): string {
  return formatLogDate(day.slice(0, 10));
}

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

/** The local date-time now, as a `datetime-local` input wants it. */
export function nowLocalInput(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function entrySummary(entry: LogEntry, partnerNames: string[]): string {
  return [kindLabel(entry.kind), formatLogDate(entry.date), partnerNames.join(', ')]
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

/** Saves text as a file through a temporary link (no extension APIs needed). */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
