import { intlLocale } from './locale';

/**
 * Dates, times, numbers and currencies in the interface language, through Intl. Date-only values
 * (`YYYY-MM-DD`) are formatted as that calendar day in UTC, so no time zone ever moves them to
 * the day before or after.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  const full = `${intlLocale()}\u0000${key}`;
  let formatter = formatters.get(full) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(full, formatter);
  }
  return formatter;
}

/** A calendar day such as 2026-09-15: "Sep 15, 2026" / "15 sept 2026". Unknown text is returned. */
export function formatDay(
  day: string,
  options: { weekday?: boolean; year?: boolean } = {},
): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const key = `day:${options.weekday ? 1 : 0}:${options.year === false ? 0 : 1}`;
  const formatter = cached(
    key,
    () =>
      new Intl.DateTimeFormat(intlLocale(), {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        ...(options.year === false ? {} : { year: 'numeric' }),
        ...(options.weekday ? { weekday: 'short' } : {}),
      }),
  ) as Intl.DateTimeFormat;
  return formatter.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A calendar month such as 2026-09: "Sep 2026", or "Sep" with `{ year: false }` (chart axes),
 * "September" with `{ year: false, long: true }` (a choice of month).
 * Like a day, it is formatted in UTC so no time zone moves it. Unknown text is returned.
 */
export function formatMonth(
  month: string,
  options: { year?: boolean; long?: boolean } = {},
): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const formatter = cached(
    `month:${options.year === false ? 0 : 1}:${options.long ? 1 : 0}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(), {
        timeZone: 'UTC',
        month: options.long ? 'long' : 'short',
        ...(options.year === false ? {} : { year: 'numeric' }),
      }),
  ) as Intl.DateTimeFormat;
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** An instant (ms since epoch) as a local date and time. */
export function formatDateTime(at: number): string {
  const formatter = cached(
    'datetime',
    () => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }),
  ) as Intl.DateTimeFormat;
  return formatter.format(at);
}

/** An instant as a local time of day. */
export function formatTime(at: number): string {
  const formatter = cached(
    'time',
    () => new Intl.DateTimeFormat(intlLocale(), { timeStyle: 'short' }),
  ) as Intl.DateTimeFormat;
  return formatter.format(at);
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  const formatter = cached(
    `number:${maximumFractionDigits}`,
    () => new Intl.NumberFormat(intlLocale(), { maximumFractionDigits }),
  ) as Intl.NumberFormat;
  return formatter.format(value);
}

/** An amount in its own currency (ISO 4217); an unknown code falls back to "12.50 XYZ". */
export function formatCurrency(amount: number, currency: string): string {
  try {
    const formatter = cached(
      `currency:${currency}`,
      () => new Intl.NumberFormat(intlLocale(), { style: 'currency', currency }),
    ) as Intl.NumberFormat;
    return formatter.format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** Bytes as "512 B", "1.2 MB" (CLDR's short name for a byte is "byte": B reads better). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes, 0)}\u00a0B`;
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const formatter = cached(
    `bytes:${unit}`,
    () =>
      new Intl.NumberFormat(intlLocale(), {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      }),
  ) as Intl.NumberFormat;
  return formatter.format(value);
}

/** "A, B and C" / "A, B y C". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/**
 * A calendar day relative to today, both as whole day numbers: "today", "yesterday", "3 days
 * ago", "in 2 days" / "hoy", "ayer", "hace 3 días". Whole days, so no time zone shifts the word.
 */
export function formatRelativeDay(day: number, today: number): string {
  const tag = intlLocale();
  let formatter = relativeFormatters.get(tag);
  if (!formatter) {
    formatter = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
    relativeFormatters.set(tag, formatter);
  }
  return formatter.format(day - today, 'day');
}
