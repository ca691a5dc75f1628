import { afterEach, describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatCurrency,
  formatDay,
  formatList,
  formatNumber,
  setLocale,
} from '../../../lib/i18n';

const originalTz = process.env.TZ;
afterEach(() => {
  setLocale('en');
  process.env.TZ = originalTz;
});

describe('formatting in the user’s locale', () => {
  test('a date-only value is the same calendar day in every time zone', () => {
    const offsets = {
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'America/Los_Angeles': 480,
      UTC: 0,
    };
    for (const [zone, offset] of Object.entries(offsets)) {
      process.env.TZ = zone;
      // The zone really applies (Node reads TZ when it changes).
      expect(new Date(2026, 0, 1).getTimezoneOffset(), zone).toBe(offset);
      expect(formatDay('2026-01-01'), zone).toBe('Jan 1, 2026');
      expect(formatDay('2026-12-31'), zone).toBe('Dec 31, 2026');
    }
  });

  test('Spanish day, number, list and bytes formats', () => {
    setLocale('es');
    expect(formatDay('2026-09-15')).toBe('15 sept 2026');
    expect(formatNumber(1234.5)).toBe('1234,5');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    expect(formatList(['Ana', 'Bea', 'Cai'])).toBe('Ana, Bea y Cai');
    expect(formatBytes(1_500_000)).toBe('1,5 MB');
    expect(formatBytes(512)).toBe('512\u00a0B');
  });

  test('currencies keep their own code and are formatted in the user’s locale', () => {
    expect(formatCurrency(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatCurrency(1234.5, 'EUR')).toBe('€1,234.50');
    setLocale('es');
    expect(formatCurrency(1234.5, 'EUR')).toBe('1234,50\u00a0€');
    expect(formatCurrency(12, 'MXN')).toBe('12,00\u00a0MXN');
    expect(formatCurrency(12, 'nope')).toBe('12 nope');
  });

  test('an unknown day string is shown as typed', () => {
    expect(formatDay('someday')).toBe('someday');
  });
});
