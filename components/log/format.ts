import { formatDay, t, type MessageKey } from '../../lib/i18n';
import type { LogEntry, LogKind, MeetingFormat } from '../../lib/model/log-entry';

/** The model keeps kinds and formats as codes; their words live in the catalogue. */
const KIND_KEYS: Record<LogKind, MessageKey> = {
  meeting: 'log.kind.meeting',
  call: 'log.kind.call',
  email: 'log.kind.email',
  visit: 'log.kind.visit',
  event: 'log.kind.event',
  note: 'log.kind.note',
};

/** Short marks for the kind badge (plain letters: emoji fonts are not everywhere). */
const KIND_ICON_KEYS: Record<LogKind, MessageKey> = {
  meeting: 'log.kindIcon.meeting',
  call: 'log.kindIcon.call',
  email: 'log.kindIcon.email',
  visit: 'log.kindIcon.visit',
  event: 'log.kindIcon.event',
  note: 'log.kindIcon.note',
};

const FORMAT_KEYS: Record<MeetingFormat, MessageKey> = {
  'in-person': 'log.format.inPerson',
  virtual: 'log.format.virtual',
  hybrid: 'log.format.hybrid',
};

export function kindLabel(kind: LogKind): string {
  return t(KIND_KEYS[kind]);
}

export function kindIcon(kind: LogKind): string {
  return t(KIND_ICON_KEYS[kind]);
}

export function formatLabel(format: MeetingFormat): string {
  return t(FORMAT_KEYS[format]);
}

/**
 * An entry's date for people: "Mon, Nov 23, 2026" or "…, 10:00" (the wall-clock time is shown as
 * stored, so no time zone moves it).
 */
export function entryDate(date: string): string {
  const day = formatDay(date.slice(0, 10), { weekday: true });
  const time = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(date)?.[1];
  return time ? `${day}, ${time}` : day;
}

export function entrySummary(entry: LogEntry, partnerNames: string[]): string {
  return [kindLabel(entry.kind), entryDate(entry.date), partnerNames.join(', ')]
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
  return t('log.overdueBy', { days });
}
