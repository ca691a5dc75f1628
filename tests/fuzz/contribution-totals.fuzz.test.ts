import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Contribution } from '../../lib/model/contribution';
import { RunningTotals } from '../../lib/model/contribution-totals';
import { schoolYearOf } from '../../lib/model/school-year';
import { fuzzParams } from './fuzz-params';

const day = fc
  .record({
    year: fc.integer({ min: 2020, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, date }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`,
  );

/** A contribution: cents in one of a few currencies, quarter hours, or both. */
const contribution = fc
  .record({
    direction: fc.constantFrom('from-partner' as const, 'to-partner' as const),
    date: day,
    cents: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'),
    quarters: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
  })
  .filter((value) => value.cents !== undefined || value.quarters !== undefined)
  .map((value): Contribution => ({
    id: 'x',
    partnerId: 'p',
    direction: value.direction,
    kind: value.direction === 'from-partner' ? 'grant' : 'access',
    date: value.date,
    amount: value.cents === undefined ? undefined : value.cents / 100,
    currency: value.cents === undefined ? undefined : value.currency,
    hours: value.quarters === undefined ? undefined : value.quarters / 4,
    goalIds: [],
    note: undefined,
    createdBy: undefined,
    createdAt: 0,
    updatedAt: undefined,
    deletedAt: undefined,
    deletedBy: undefined,
    deletedWith: undefined,
  }));

/**
 * The oracle: a plain sum in whole cents and quarter hours, per school year, direction and kind,
 * as `year|direction|kind → { currency: cents, hours }`.
 */
function naiveTotals(records: readonly Contribution[], startMonth: number) {
  const groups: Record<string, { money: Record<string, number>; quarters: number; count: number }> =
    {};
  for (const record of records) {
    const key = `${schoolYearOf(record.date, startMonth)}|${record.direction}|${record.kind}`;
    const group = (groups[key] ??= { money: {}, quarters: 0, count: 0 });
    group.count++;
    if (record.amount !== undefined && record.currency !== undefined)
      group.money[record.currency] =
        (group.money[record.currency] ?? 0) + Math.round(record.amount * 100);
    if (record.hours !== undefined) group.quarters += Math.round(record.hours * 4);
  }
  return groups;
}

describe('running contribution totals', () => {
  test('after any adds and removals they equal a plain sum of what is left, one sum per currency', () => {
    fc.assert(
      fc.property(
        fc.array(contribution, { maxLength: 60 }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (records, removed, startMonth) => {
          const running = new RunningTotals(startMonth);
          for (const record of records) running.add(record);
          records.forEach((record, i) => removed[i] && running.remove(record));
          const kept = records.filter((_, i) => !removed[i]);

          const seen: ReturnType<typeof naiveTotals> = {};
          for (const year of running.result())
            for (const { direction, kind, total } of year.byKind) {
              const money: Record<string, number> = {};
              for (const item of total.money) {
                expect(money[item.currency]).toBeUndefined(); // never two sums of one currency
                money[item.currency] = Math.round(item.amount * 100);
              }
              seen[`${year.year}|${direction}|${kind}`] = {
                money,
                quarters: Math.round(total.hours * 4),
                count: total.count,
              };
            }
          const expected = naiveTotals(kept, startMonth);
          expect(seen).toEqual(expected);
        },
      ),
      fuzzParams(200),
    );
  });
});
