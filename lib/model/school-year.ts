import type * as Y from 'yjs';
import { metaMap } from './doc';
import { dayNumber } from './days';

/**
 * School years. A school year starts on the first day of a month the workspace chooses
 * (September by default) and is named by the calendar year it starts in: with a September
 * start, 2025-09-01 … 2026-08-31 is school year 2025 ("2025–26"). With a January start a school
 * year is the calendar year.
 *
 * Days are date-only strings (`YYYY-MM-DD`) read from their digits, never through a `Date` at
 * local midnight, so no time zone can move a contribution dated 1 September into August.
 */

export const DEFAULT_SCHOOL_YEAR_START = 9;
const META_KEY = 'schoolYearStartMonth';

export const isMonth = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12;

/** The calendar year the school year holding `day` starts in, or null when `day` is no day. */
export function schoolYearOf(day: string, startMonth = DEFAULT_SCHOOL_YEAR_START): number | null {
  if (dayNumber(day) === null) return null;
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = isMonth(startMonth) ? startMonth : DEFAULT_SCHOOL_YEAR_START;
  return month >= start ? year : year - 1;
}

/**
 * The school year a dated record is filed under: the one holding `day`, or today's when `day` is
 * no day (the split history, lib/model/history-years.ts, files every record somewhere).
 */
export function schoolYearOrToday(day: string, startMonth: number, today: string): number {
  const year = schoolYearOf(day.slice(0, 10), startMonth) ?? schoolYearOf(today, startMonth);
  if (year === null) throw new Error(`Not a day: ${today}`);
  return year;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of the school year starting in `year`, as `YYYY-MM-DD`. */
export function schoolYearDays(
  year: number,
  startMonth = DEFAULT_SCHOOL_YEAR_START,
): { from: string; to: string } {
  const from = `${year}-${pad(startMonth)}-01`;
  // The day before the next school year's first day, from UTC arithmetic (no zone involved).
  const next = Date.UTC(year + 1, startMonth - 1, 1) - 86_400_000;
  return { from, to: new Date(next).toISOString().slice(0, 10) };
}

/** The years a label shows: "2025–26" for a September start, "2026" for January. */
export function schoolYearSpan(
  year: number,
  startMonth = DEFAULT_SCHOOL_YEAR_START,
): { startYear: number; endYear: number } {
  return { startYear: year, endYear: startMonth === 1 ? year : year + 1 };
}

/** The workspace's first month of the school year (meta map), September when unset or invalid. */
export function readSchoolYearStart(doc: Y.Doc): number {
  const value = metaMap(doc).get(META_KEY);
  return isMonth(value) ? value : DEFAULT_SCHOOL_YEAR_START;
}

/** Sets the first month, inside the caller's transaction (a setting change is one undo step). */
export function writeSchoolYearStart(doc: Y.Doc, month: number) {
  if (!isMonth(month)) throw new Error('A month is a whole number from 1 to 12.');
  metaMap(doc).set(META_KEY, month);
}

export const SCHOOL_YEAR_META_KEY = META_KEY;
