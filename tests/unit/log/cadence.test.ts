import { describe, expect, test } from 'vitest';
import {
  contactStatus,
  daysOverdue,
  dueForContact,
  isDueOn,
  isOverdue,
  lastContactDate,
} from '../../../lib/model/cadence';
import { dayNumber, dayOfInstant as todayIn, dayString } from '../../../lib/model/days';

const day = (s: string) => dayNumber(s)!;

describe('day numbers', () => {
  test('round trip and reject impossible dates', () => {
    expect(dayString(day('2026-11-23'))).toBe('2026-11-23');
    expect(day('2026-11-23T23:59')).toBe(day('2026-11-23'));
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('23/11/2026')).toBeNull();
    expect(day('2024-03-01') - day('2024-02-28')).toBe(2); // leap year
  });

  test('today depends on the time zone, not on UTC', () => {
    // 2026-11-24 03:30 UTC is still the 23rd in New York and already the 24th in Tokyo.
    const instant = Date.UTC(2026, 10, 24, 3, 30);
    expect(dayString(todayIn(instant, 'America/New_York'))).toBe('2026-11-23');
    expect(dayString(todayIn(instant, 'Asia/Tokyo'))).toBe('2026-11-24');
    expect(dayString(todayIn(instant, 'UTC'))).toBe('2026-11-24');
  });

  test('daylight saving changes do not shift days', () => {
    // Europe/London falls back on 2026-10-25: a 25-hour day.
    const before = Date.UTC(2026, 9, 24, 23, 30); // 00:30 BST on the 25th
    const after = Date.UTC(2026, 9, 26, 0, 30); // 00:30 GMT on the 26th
    expect(todayIn(after, 'Europe/London') - todayIn(before, 'Europe/London')).toBe(1);
  });
});

describe('follow-up due dates (dates without times)', () => {
  const due = { due: '2026-11-23', done: false };

  test('due on the day, overdue from the next local midnight', () => {
    expect(isOverdue(due, day('2026-11-23'))).toBe(false);
    expect(isDueOn(due, day('2026-11-23'))).toBe(true);
    expect(isOverdue(due, day('2026-11-24'))).toBe(true);
    expect(daysOverdue(due, day('2026-11-30'))).toBe(7);
  });

  test('the same instant is overdue in one zone and not in another', () => {
    const instant = Date.UTC(2026, 10, 24, 3, 30);
    expect(isOverdue(due, todayIn(instant, 'America/Los_Angeles'))).toBe(false);
    expect(isOverdue(due, todayIn(instant, 'Europe/Berlin'))).toBe(true);
  });

  test('done or undated follow-ups are never overdue', () => {
    expect(isOverdue({ ...due, done: true }, day('2027-01-01'))).toBe(false);
    expect(isOverdue({ done: false }, day('2027-01-01'))).toBe(false);
    expect(isOverdue({ due: 'soon', done: false }, day('2027-01-01'))).toBe(false);
  });
});

describe('contact cadence', () => {
  const partner = { id: 'p', name: 'Library', cadenceDays: 30, createdAt: Date.UTC(2026, 0, 1) };

  test('contact is due on day D + cadence and overdue from D + cadence + 1', () => {
    expect(contactStatus(partner, '2026-10-01', day('2026-10-31'), 'UTC').overdue).toBe(false);
    const late = contactStatus(partner, '2026-10-01T15:00', day('2026-11-01'), 'UTC');
    expect(late).toMatchObject({ overdue: true, daysOverdue: 1, daysSince: 31 });
  });

  test('last contact skips notes and planned (future) meetings', () => {
    const entries = [
      { date: '2026-12-01T10:00', kind: 'meeting' },
      { date: '2026-11-20', kind: 'note' },
      { date: '2026-11-02T09:00', kind: 'call' },
    ];
    expect(lastContactDate(entries, day('2026-11-23'))).toBe('2026-11-02T09:00');
    expect(lastContactDate([], day('2026-11-23'))).toBeUndefined();
  });

  test('a partner never contacted counts from when it was added; unknown age is overdue', () => {
    const fresh = contactStatus(partner, undefined, day('2026-01-20'), 'UTC');
    expect(fresh).toMatchObject({ overdue: false, daysSince: 19 });
    expect(contactStatus(partner, undefined, day('2026-02-01'), 'UTC').overdue).toBe(true);
    expect(contactStatus({ id: 'x', name: 'X' }, undefined, day('2026-02-01')).overdue).toBe(true);
  });

  test('a missing or broken cadence falls back to 30 days', () => {
    const status = contactStatus(
      { id: 'x', name: 'X', cadenceDays: 0 },
      '2026-01-01',
      day('2026-01-31'),
    );
    expect(status).toMatchObject({ cadenceDays: 30, overdue: false });
  });

  test('due for contact: only overdue partners, most overdue first', () => {
    const today = day('2026-11-23');
    const statuses = [
      contactStatus({ id: 'a', name: 'A', cadenceDays: 30 }, '2026-10-01', today),
      contactStatus({ id: 'b', name: 'B', cadenceDays: 7 }, '2026-11-20', today),
      contactStatus({ id: 'c', name: 'C', cadenceDays: 14 }, '2026-09-01', today),
      contactStatus({ id: 'd', name: 'D' }, undefined, today),
    ];
    expect(dueForContact(statuses).map((s) => s.partnerId)).toEqual(['d', 'c', 'a']);
  });
});
