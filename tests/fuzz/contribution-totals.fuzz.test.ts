import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  contributionSchema,
  readCountedFields,
  type Contribution,
} from '../../lib/model/contribution';
import { inspectRecord } from '../../lib/model/records';
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

/** Stored field values a peer might write: valid ones, near misses and wrong types. */
const storedFields = fc.record(
  {
    partnerId: fc.constantFrom('p1', 'a_b-9', '', 'a b', 5, null),
    date: fc.constantFrom('2026-09-01', '2024-02-29', '2026-02-30', '2026-9-1', 20260901, null),
    direction: fc.constantFrom('from-partner', 'to-partner', 'sideways', 3, null),
    kind: fc.constantFrom('grant', 'volunteer-hours', 'recognition', 'access', 'training', 'x', 7),
    amount: fc.constantFrom(500, 0.1, 0, -5, Number.NaN, 1e13, '500', null),
    currency: fc.constantFrom('USD', 'EUR', 'usd', 'XYZ', 'US', 840, null),
    hours: fc.constantFrom(12, 0.25, 0, -1, 2e6, '12', null),
    deletedAt: fc.constantFrom(1_700_000_000_000, 0, -1, 'yesterday', null),
    note: fc.constantFrom('thanks', 42, null),
  },
  { requiredKeys: [] },
);

describe('reading the fields totals need', () => {
  test('agrees with the schema on every record a peer could write', () => {
    let readable = 0;
    fc.assert(
      fc.property(storedFields, fc.constantFrom('c1', 'bad id'), (fields, id) => {
        const doc = new Y.Doc();
        const map = new Y.Map<unknown>();
        doc.getMap('contributions').set('x', map);
        for (const [key, value] of Object.entries(fields)) if (value !== null) map.set(key, value);
        const inspected = inspectRecord(contributionSchema, id, map);
        const expected = inspected.ok
          ? {
              partnerId: inspected.record.partnerId,
              direction: inspected.record.direction,
              kind: inspected.record.kind,
              date: inspected.record.date,
              amount: inspected.record.amount,
              currency: inspected.record.currency,
              hours: inspected.record.hours,
              deletedAt: inspected.record.deletedAt,
            }
          : null;
        expect(readCountedFields(id, map)).toEqual(expected);
        if (expected) readable++;
      }),
      fuzzParams(500),
    );
    // The cases include readable records, not only ones both sides refuse.
    expect(readable).toBeGreaterThan(0);
  });
});
