/**
 * The one vocabulary for calendar days.
 *
 * A date without a time (`YYYY-MM-DD`: a due date, a check-in's day) is a
 * civil day, not an instant. It is never turned into a `Date` at local
 * midnight (which moves with the time zone and daylight saving); it becomes a
 * *day number*, the days since 1970-01-01 on the proleptic Gregorian
 * calendar, computed in UTC where no zone can shift it. Instants (`Date.now()`,
 * a `createdAt`) become days only through `dayOfInstant`, which asks which
 * civil day it is at that instant in the user's (or a given) time zone.
 *
 * Log entries store local wall-clock values (`YYYY-MM-DDTHH:mm`); only their
 * day prefix counts here.
 */

export const MS_PER_DAY = 86_400_000;

const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;
const EXACT_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day number of `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, or null when there is no such day. */
export function dayNumber(date: string): number | null {
  const match = DAY_PREFIX.exec(date);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(y, m - 1, d);
  const check = new Date(utc);
  // Date.UTC maps years 0–99 to 1900–1999; the year check refuses those rather than guess.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return null;
  return Math.round(utc / MS_PER_DAY);
}

/** A calendar day `YYYY-MM-DD` that exists (no 2026-02-30, no time part). */
export function isValidDay(value: string): boolean {
  return EXACT_DAY.test(value) && dayNumber(value) !== null;
}

/** `YYYY-MM-DD` of a day number. */
export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The civil day at instant `at`: in `timeZone` (an IANA name) when given,
 * otherwise in the runtime's local time zone.
 */
export function dayOfInstant(at: number, timeZone?: string): number {
  if (timeZone) {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(at));
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return Math.round(Date.UTC(get('year'), get('month') - 1, get('day')) / MS_PER_DAY);
  }
  const local = new Date(at);
  return Math.round(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of the civil day at instant `at` (now by default), in local time or `timeZone`. */
export function localDay(at: number = Date.now(), timeZone?: string): string {
  return dayString(dayOfInstant(at, timeZone));
}

/** The local wall-clock minute at `at`, as `YYYY-MM-DDTHH:mm` (what a `datetime-local` input takes). */
export function localDateTime(at: number = Date.now()): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(at)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Milliseconds from `now` until the next local midnight. Computed from the
 * local calendar (not `+ 24 h`), so a 23- or 25-hour daylight-saving day ends
 * at its real midnight.
 */
export function msUntilNextLocalMidnight(now: number): number {
  const at = new Date(now);
  const next = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
  return Math.max(1, next.getTime() - now);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

function formatterFor(locale: string | undefined, weekday: boolean): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${weekday}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // The day is formatted as a UTC date in the UTC zone, so no local offset can move it.
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      ...(weekday ? { weekday: 'short' } : {}),
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export interface FormatDayOptions {
  /** Include the short weekday ("Mon, 23 Nov 2026"); on by default. */
  weekday?: boolean;
  /** A BCP 47 locale; the user's own by default. */
  locale?: string;
}

/**
 * A day for people, in their locale: "Mon, 23 Nov 2026" from `2026-11-23`,
 * "Mon, 23 Nov 2026, 10:00" from `2026-11-23T10:00` (the wall-clock time is
 * shown as stored). Text that is not a day is returned as it is. Results are
 * memoised: a shared formatter still costs a few microseconds a call, and
 * long lists repeat the same days.
 */
export function formatDay(date: string, options: FormatDayOptions = {}): string {
  const weekday = options.weekday ?? true;
  const cacheKey = `${options.locale ?? ''}|${weekday}|${date}`;
  let text = formatted.get(cacheKey);
  if (text !== undefined) return text;
  const day = dayNumber(date);
  if (day === null) return date;
  const time = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(date)?.[1];
  const label = formatterFor(options.locale, weekday).format(new Date(day * MS_PER_DAY));
  text = time ? `${label}, ${time}` : label;
  if (formatted.size > 5000) formatted.clear();
  formatted.set(cacheKey, text);
  return text;
}
