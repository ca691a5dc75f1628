/**
 * Contact cadence and due-date maths, pure and explicit about time.
 *
 * Dates without a time (`YYYY-MM-DD`, a follow-up's due date) are calendar
 * days, not instants: they are turned into a *day number* (days since
 * 1970-01-01 on the civil calendar) and compared with *today's* day number in
 * the user's time zone. So a follow-up due 2026-11-23 is overdue from
 * 2026-11-24 00:00 local time, wherever the user is, and daylight-saving
 * changes never shift a day (see ./days.ts, the one place days are computed).
 */

import { dayNumber, dayOfInstant } from './days';
import { DEFAULT_CADENCE_DAYS } from './partner';

export interface DueLike {
  due?: string | undefined;
  done: boolean;
}

/** Days past the due day (1 on the day after it), 0 when not overdue or without a due date. */
export function daysOverdue(item: DueLike, today: number): number {
  if (item.done || !item.due) return 0;
  const due = dayNumber(item.due);
  return due === null ? 0 : Math.max(0, today - due);
}

export function isOverdue(item: DueLike, today: number): boolean {
  return daysOverdue(item, today) > 0;
}

export function isDueOn(item: DueLike, today: number): boolean {
  return !item.done && !!item.due && dayNumber(item.due) === today;
}

/** Kinds of log entry that count as contact with a partner (a note to self does not). */
export function countsAsContact(kind: string): boolean {
  return kind !== 'note';
}

/**
 * The latest contact on or before today, from entries sorted newest first.
 * Planned meetings (in the future) are not contact yet.
 */
export function lastContactDate(
  entriesNewestFirst: Iterable<{ date: string; kind: string }>,
  today: number,
): string | undefined {
  for (const entry of entriesNewestFirst) {
    if (!countsAsContact(entry.kind)) continue;
    const day = dayNumber(entry.date);
    if (day !== null && day <= today) return entry.date;
  }
  return undefined;
}

export interface CadencePartner {
  id: string;
  name: string;
  cadenceDays?: number;
  createdAt?: number;
}

export interface ContactStatus {
  partnerId: string;
  name: string;
  cadenceDays: number;
  /** Date of the last contact, absent when there has never been one. */
  lastContact?: string;
  /** Days since the last contact (or since the partner was added, when never contacted). */
  daysSince: number | null;
  /** Days past the cadence: > 0 means overdue for contact. */
  daysOverdue: number;
  overdue: boolean;
}

/**
 * Where a partner stands: with a 30-day cadence and last contact on day D,
 * contact is due on D + 30 and overdue from D + 31. A partner never contacted
 * counts from the day it was added; without that either, it is overdue.
 */
export function contactStatus(
  partner: CadencePartner,
  lastContact: string | undefined,
  today: number,
  timeZone?: string,
): ContactStatus {
  const cadenceDays =
    partner.cadenceDays && partner.cadenceDays > 0 ? partner.cadenceDays : DEFAULT_CADENCE_DAYS;
  const lastDay = lastContact ? dayNumber(lastContact) : null;
  const since =
    lastDay !== null
      ? today - lastDay
      : partner.createdAt
        ? today - dayOfInstant(partner.createdAt, timeZone)
        : null;
  const daysOverdue = since === null ? Number.POSITIVE_INFINITY : since - cadenceDays;
  return {
    partnerId: partner.id,
    name: partner.name,
    cadenceDays,
    ...(lastContact ? { lastContact } : {}),
    daysSince: since,
    daysOverdue,
    overdue: daysOverdue > 0,
  };
}

/** Partners overdue for contact, most overdue first (then by name). */
export function dueForContact(statuses: Iterable<ContactStatus>): ContactStatus[] {
  return [...statuses]
    .filter((status) => status.overdue)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
}
