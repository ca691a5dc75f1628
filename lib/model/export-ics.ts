import { dayNumber, dayString } from './days';
import { safeHttpUrl } from './fields';
import { isDateOnly, type LogEntry } from './log-entry';

/**
 * A meeting as an iCalendar (RFC 5545) event: CRLF line ends, lines folded
 * at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 */

/** Control characters TEXT may not hold (§3.1: all but HTAB); line breaks are escaped first. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (§3.3.11); other control
 * characters are dropped. Every value that reaches a line of the file goes through this (or
 * `icsPlain`), so no field a peer wrote can start a line of its own.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** A value that is not TEXT (a URI, a UID part): control characters and line breaks dropped. */
export function icsPlain(text: string): string {
  return text.replace(/[\r\n]/g, '').replace(CONTROL, '');
}

const encoder = new TextEncoder();

/** Folds one content line into chunks of at most 75 octets (§3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` of an instant. */
export function icsUtc(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Offset (ms) of `timeZone` from UTC at instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time `YYYY-MM-DDTHH:mm`, in `timeZone`
 * (IANA) or the runtime's local zone.
 */
export function localDateTimeToUtc(date: string, timeZone?: string): number {
  const [day, time = '00:00'] = date.split('T') as [string, string?];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  if (!timeZone) return new Date(y, m - 1, d, hh, mm).getTime();
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall - zoneOffset(wall, timeZone);
  guess = wall - zoneOffset(guess, timeZone);
  return guess;
}

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now?: number;
  /** Time zone the entry's wall-clock time is in (IANA name); defaults to the runtime's. */
  timeZone?: string;
  description?: string;
  /** Attendee names for the description (calendars want e-mail addresses for ATTENDEE). */
  attendees?: string[];
  /** `@domain` part of the UID. */
  uidDomain?: string;
}

/** One VEVENT in a VCALENDAR for a log entry (a meeting, or any entry with a time). */
export function meetingToIcs(entry: LogEntry, options: IcsOptions = {}): string {
  return icsCalendar([meetingEventLines(entry, options)]);
}

/** A VCALENDAR of events, each given as its unfolded content lines. */
export function icsCalendar(events: readonly (readonly string[])[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Bridgework//Contact log//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The content lines of a log entry's VEVENT, unfolded. */
export function meetingEventLines(entry: LogEntry, options: IcsOptions = {}): string[] {
  const now = options.now ?? Date.now();
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(icsPlain(`${entry.id}@${options.uidDomain ?? 'bridgework.local'}`))}`,
    `DTSTAMP:${icsUtc(now)}`,
  ];
  if (isDateOnly(entry.date)) {
    const day = dayNumber(entry.date)!;
    lines.push(
      `DTSTART;VALUE=DATE:${entry.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${dayString(day + 1).replace(/-/g, '')}`,
    );
  } else {
    const start = localDateTimeToUtc(entry.date, options.timeZone);
    const minutes = entry.meeting?.durationMinutes ?? 60;
    lines.push(`DTSTART:${icsUtc(start)}`, `DTEND:${icsUtc(start + minutes * 60_000)}`);
  }
  lines.push(`SUMMARY:${escapeIcsText(entry.title)}`);
  if (entry.meeting?.location) {
    const location = entry.meeting.location;
    lines.push(`LOCATION:${escapeIcsText(location)}`);
    const url = safeHttpUrl(location);
    if (url) lines.push(`URL:${icsPlain(url)}`);
  }
  const description = [
    options.attendees?.length ? `Attendees: ${options.attendees.join(', ')}` : '',
    entry.agenda.length
      ? `Agenda:\n${entry.agenda.map((item, i) => `${i + 1}. ${item.text}`).join('\n')}`
      : '',
    options.description ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  lines.push('END:VEVENT');
  return lines;
}
