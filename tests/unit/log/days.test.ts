import { describe, expect, test } from 'vitest';
import {
  dayNumber,
  dayOfInstant,
  dayString,
  formatDay,
  isValidDay,
  localDay,
  msUntilNextLocalMidnight,
} from '../../../lib/model/days';
import { formatRelativeDay as relativeDay } from '../../../lib/i18n';

describe('day numbers', () => {
  test('round trip, and a time part does not change the day', () => {
    expect(dayString(dayNumber('2026-11-23')!)).toBe('2026-11-23');
    expect(dayNumber('2026-11-23T23:59')).toBe(dayNumber('2026-11-23'));
    expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).toBe(2);
  });

  test('impossible or malformed days are refused', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '23/11/2026', '2026-11-23x', '0099-01-01']) {
      expect(dayNumber(bad), bad).toBeNull();
    }
    expect(isValidDay('2026-11-23')).toBe(true);
    expect(isValidDay('2026-11-23T10:00')).toBe(false);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
  });

  test('the day of an instant depends on the time zone asked about', () => {
    const instant = Date.UTC(2026, 10, 24, 3, 30);
    expect(localDay(instant, 'America/New_York')).toBe('2026-11-23');
    expect(localDay(instant, 'Asia/Tokyo')).toBe('2026-11-24');
    expect(dayOfInstant(instant, 'UTC')).toBe(dayNumber('2026-11-24'));
  });

  test('relative days read naturally', () => {
    const today = dayNumber('2026-11-23')!;
    expect(relativeDay(today, today)).toBe('today');
    expect(relativeDay(today - 1, today)).toBe('yesterday');
    expect(relativeDay(today + 1, today)).toBe('tomorrow');
    expect(relativeDay(today - 5, today)).toBe('5 days ago');
    expect(relativeDay(today + 2, today)).toBe('in 2 days');
  });
});

describe('formatDay', () => {
  test('formats a day, and a day with its wall-clock time, in the given locale', () => {
    expect(formatDay('2026-11-23', { locale: 'en-GB' })).toBe('Mon, 23 Nov 2026');
    expect(formatDay('2026-11-23T10:05', { locale: 'en-GB' })).toBe('Mon, 23 Nov 2026, 10:05');
    expect(formatDay('2026-11-23', { locale: 'en-US', weekday: false })).toBe('Nov 23, 2026');
    expect(formatDay('2026-11-23', { locale: 'de-DE', weekday: false })).toBe('23. Nov. 2026');
  });

  test('text that is not a day comes back unchanged', () => {
    expect(formatDay('soon')).toBe('soon');
    expect(formatDay('2026-02-30')).toBe('2026-02-30');
  });
});

describe('msUntilNextLocalMidnight', () => {
  test('is positive and lands on the next local day', () => {
    const now = new Date(2026, 10, 23, 23, 59, 30).getTime();
    const wait = msUntilNextLocalMidnight(now);
    expect(wait).toBe(30_000);
    expect(dayOfInstant(now + wait)).toBe(dayOfInstant(now) + 1);
  });
});
