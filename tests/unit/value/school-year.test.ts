import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Contribution } from '../../../lib/model/contribution';
import {
  givenAndReceived,
  totalOf,
  totalsByPartner,
  totalsBySchoolYear,
} from '../../../lib/model/contribution-totals';
import {
  readSchoolYearStart,
  schoolYearDays,
  schoolYearOf,
  writeSchoolYearStart,
} from '../../../lib/model/school-year';

let next = 0;
const record = (fields: Partial<Contribution>): Contribution => ({
  id: `c${next++}`,
  partnerId: 'p1',
  direction: 'from-partner',
  kind: 'grant',
  date: '2026-01-01',
  goalIds: [],
  createdAt: 0,
  amount: undefined,
  currency: undefined,
  hours: undefined,
  note: undefined,
  createdBy: undefined,
  updatedAt: undefined,
  deletedAt: undefined,
  deletedBy: undefined,
  deletedWith: undefined,
  ...fields,
});

describe('school years', () => {
  test('with a September start, 31 August closes one year and 1 September opens the next', () => {
    expect(schoolYearOf('2026-08-31')).toBe(2025);
    expect(schoolYearOf('2026-09-01')).toBe(2026);
    expect(schoolYearOf('2026-12-31')).toBe(2026);
    expect(schoolYearOf('2027-01-01')).toBe(2026);
  });

  test('other start months move the boundary', () => {
    expect(schoolYearOf('2026-07-31', 8)).toBe(2025);
    expect(schoolYearOf('2026-08-01', 8)).toBe(2026);
    expect(schoolYearOf('2026-01-01', 1)).toBe(2026);
    expect(schoolYearOf('2025-12-31', 1)).toBe(2025);
    expect(schoolYearOf('2026-01-31', 2)).toBe(2025);
    expect(schoolYearOf('2026-02-01', 2)).toBe(2026);
  });

  test('a year’s first and last days, leap years included', () => {
    expect(schoolYearDays(2025)).toEqual({ from: '2025-09-01', to: '2026-08-31' });
    expect(schoolYearDays(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(schoolYearDays(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  test.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'UTC'])(
    'a date-only day keeps its school year in %s',
    (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(schoolYearOf('2026-09-01')).toBe(2026);
        expect(schoolYearOf('2026-08-31')).toBe(2025);
        expect(schoolYearDays(2026).from).toBe('2026-09-01');
      } finally {
        process.env.TZ = before;
      }
    },
  );

  test('no such day has no school year', () => {
    expect(schoolYearOf('2026-02-30')).toBeNull();
    expect(schoolYearOf('soon')).toBeNull();
  });

  test('the workspace’s start month lives in the meta map; a peer’s nonsense reads as September', () => {
    const doc = new Y.Doc();
    expect(readSchoolYearStart(doc)).toBe(9);
    writeSchoolYearStart(doc, 8);
    expect(readSchoolYearStart(doc)).toBe(8);
    doc.getMap('meta').set('schoolYearStartMonth', 13);
    expect(readSchoolYearStart(doc)).toBe(9);
    expect(() => writeSchoolYearStart(doc, 0)).toThrow();
  });
});

describe('contribution totals', () => {
  test('two currencies are never added together', () => {
    const total = totalOf([
      record({ amount: 500, currency: 'USD' }),
      record({ amount: 200, currency: 'EUR' }),
      record({ amount: 250, currency: 'USD' }),
    ]);
    expect(total.money).toEqual([
      { currency: 'EUR', amount: 200 },
      { currency: 'USD', amount: 750 },
    ]);
  });

  test('cents add up exactly and hours are kept apart from money', () => {
    const total = totalOf([
      record({ amount: 0.1, currency: 'USD' }),
      record({ amount: 0.2, currency: 'USD', hours: 1.5 }),
      record({ kind: 'volunteer-hours', hours: 12 }),
    ]);
    expect(total).toEqual({ money: [{ currency: 'USD', amount: 0.3 }], hours: 13.5, count: 3 });
  });

  test('totals per school year split at 31 August / 1 September, per kind', () => {
    const years = totalsBySchoolYear([
      record({ date: '2026-08-31', amount: 100, currency: 'USD' }),
      record({ date: '2026-09-01', amount: 40, currency: 'USD' }),
      record({ date: '2026-09-02', kind: 'volunteer-hours', hours: 12 }),
      record({ date: '2026-10-01', direction: 'to-partner', kind: 'recognition', hours: 2 }),
    ]);
    expect(years.map((year) => year.year)).toEqual([2026, 2025]);
    const [current, last] = years;
    expect(last?.given.money).toEqual([{ currency: 'USD', amount: 100 }]);
    expect(current?.given).toEqual({
      money: [{ currency: 'USD', amount: 40 }],
      hours: 12,
      count: 2,
    });
    expect(current?.received.hours).toBe(2);
    expect(
      current?.byKind.map(({ direction, kind, total }) => [direction, kind, total.hours]),
    ).toEqual([
      ['from-partner', 'grant', 0],
      ['from-partner', 'volunteer-hours', 12],
      ['to-partner', 'recognition', 2],
    ]);
  });

  test('a January start puts the same records in calendar years', () => {
    const years = totalsBySchoolYear(
      [record({ date: '2026-08-31', hours: 1 }), record({ date: '2026-09-01', hours: 2 })],
      1,
    );
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: 2026, given: { hours: 3 } });
  });

  test('per partner: given and received', () => {
    const byPartner = totalsByPartner([
      record({ partnerId: 'a', amount: 5, currency: 'USD' }),
      record({ partnerId: 'a', direction: 'to-partner', kind: 'access', hours: 4 }),
      record({ partnerId: 'b', hours: 1 }),
    ]);
    expect(byPartner.get('a')?.given.money).toEqual([{ currency: 'USD', amount: 5 }]);
    expect(byPartner.get('a')?.received.hours).toBe(4);
    expect(byPartner.get('b')?.given.hours).toBe(1);
    expect(givenAndReceived([]).given).toEqual({ money: [], hours: 0, count: 0 });
  });
});
