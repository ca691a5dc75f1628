import type { Contribution, ContributionDirection, ContributionKind } from './contribution';
import { DEFAULT_SCHOOL_YEAR_START, schoolYearOf } from './school-year';

/**
 * Totals of contributions. Money in different currencies is never added together: a total is
 * a list of per-currency sums (sorted by currency code) plus hours. Amounts are summed as whole
 * thousandths (every ISO 4217 currency has at most three minor digits), so 0.1 + 0.2 is 0.3
 * and the order records arrive in cannot change a total. With amounts capped at 10^12, a sum of
 * thousands of them stays far below 2^53.
 */

export interface Money {
  currency: string;
  amount: number;
}

export interface Total {
  money: Money[];
  hours: number;
  /** How many contributions went into it. */
  count: number;
}

const SCALE = 1000;

/**
 * A total being built: exact integer sums (thousandths per currency, hundredths of hours), so a
 * record can also be taken back out exactly.
 */
class Sum {
  private readonly thousandths = new Map<string, number>();
  private hundredthsOfHours = 0;
  count = 0;

  add(record: Pick<Contribution, 'amount' | 'currency' | 'hours'>) {
    this.apply(record, 1);
  }

  apply(record: Pick<Contribution, 'amount' | 'currency' | 'hours'>, sign: 1 | -1) {
    this.count += sign;
    if (record.amount !== undefined && record.currency !== undefined) {
      const next =
        (this.thousandths.get(record.currency) ?? 0) + sign * Math.round(record.amount * SCALE);
      if (next === 0) this.thousandths.delete(record.currency);
      else this.thousandths.set(record.currency, next);
    }
    if (record.hours !== undefined) this.hundredthsOfHours += sign * Math.round(record.hours * 100);
  }

  /** Adds a whole total (a kind's, into its year's given or received). */
  addTotal(total: Total) {
    this.count += total.count;
    for (const money of total.money) {
      const before = this.thousandths.get(money.currency) ?? 0;
      this.thousandths.set(money.currency, before + Math.round(money.amount * SCALE));
    }
    this.hundredthsOfHours += Math.round(total.hours * 100);
  }

  total(): Total {
    const money = [...this.thousandths]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, thousandths]) => ({ currency, amount: thousandths / SCALE }));
    return { money, hours: this.hundredthsOfHours / 100, count: this.count };
  }
}

export const EMPTY_TOTAL: Total = { money: [], hours: 0, count: 0 };

/** One total of any contributions. */
export function totalOf(
  records: Iterable<Pick<Contribution, 'amount' | 'currency' | 'hours'>>,
): Total {
  const sum = new Sum();
  for (const record of records) sum.add(record);
  return sum.total();
}

/** A partner's page: what it gave and what the school gave back. */
export interface GivenAndReceived {
  /** From the partner to the school. */
  given: Total;
  /** From the school to the partner. */
  received: Total;
}

export function givenAndReceived(
  records: Iterable<Pick<Contribution, 'direction' | 'amount' | 'currency' | 'hours'>>,
): GivenAndReceived {
  const given = new Sum();
  const received = new Sum();
  for (const record of records)
    (record.direction === 'from-partner' ? given : received).add(record);
  return { given: given.total(), received: received.total() };
}

/** One school year's totals, by direction and kind. */
export interface SchoolYearTotals {
  /** The calendar year it starts in (see ./school-year.ts). */
  year: number;
  byKind: { direction: ContributionDirection; kind: ContributionKind; total: Total }[];
  given: Total;
  received: Total;
}

/** Totals per school year, newest first; in each year per direction and kind (by kind code). */
export function totalsBySchoolYear(
  records: Iterable<Contribution>,
  startMonth = DEFAULT_SCHOOL_YEAR_START,
): SchoolYearTotals[] {
  const running = new RunningTotals(startMonth);
  for (const record of records) running.add(record);
  return running.result();
}

/** Totals per partner (given and received), for a table or the digest's thanks. */
export function totalsByPartner(records: Iterable<Contribution>): Map<string, GivenAndReceived> {
  const groups = new Map<string, Contribution[]>();
  for (const record of records) {
    const group = groups.get(record.partnerId);
    if (group) group.push(record);
    else groups.set(record.partnerId, [record]);
  }
  return new Map([...groups].map(([id, group]) => [id, givenAndReceived(group)]));
}

type Counted = Pick<Contribution, 'direction' | 'kind' | 'date' | 'amount' | 'currency' | 'hours'>;

/**
 * Totals by school year and kind kept up to date one record at a time: a saved, edited or
 * deleted contribution is taken out (its old value) and put in (its new one), so a workspace
 * with 20,000 contributions never sums them all again after an edit. Integer sums make taking
 * a record out exact. `result()` builds the same shape as `totalsBySchoolYear`.
 */
export class RunningTotals {
  private readonly years = new Map<number, Map<string, Sum>>();

  constructor(readonly startMonth = DEFAULT_SCHOOL_YEAR_START) {}

  add(record: Counted) {
    this.apply(record, 1);
  }

  remove(record: Counted) {
    this.apply(record, -1);
  }

  private apply(record: Counted, sign: 1 | -1) {
    const year = schoolYearOf(record.date, this.startMonth);
    if (year === null) return;
    let kinds = this.years.get(year);
    if (!kinds) this.years.set(year, (kinds = new Map()));
    const key = `${record.direction}|${record.kind}`;
    let tally = kinds.get(key);
    if (!tally) kinds.set(key, (tally = new Sum()));
    tally.apply(record, sign);
    if (tally.count === 0) kinds.delete(key);
    if (kinds.size === 0) this.years.delete(year);
  }

  result(): SchoolYearTotals[] {
    return [...this.years]
      .sort(([a], [b]) => b - a)
      .map(([year, kinds]) => {
        const given = new Sum();
        const received = new Sum();
        const byKind = [...kinds]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, tally]) => {
            const [direction, kind] = key.split('|') as [ContributionDirection, ContributionKind];
            const total = tally.total();
            (direction === 'from-partner' ? given : received).addTotal(total);
            return { direction, kind, total };
          });
        return { year, byKind, given: given.total(), received: received.total() };
      });
  }
}
