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

/** A total being built: thousandths per currency, hours as hundredths. */
class Sum {
  private readonly thousandths = new Map<string, number>();
  private hundredthsOfHours = 0;
  private count = 0;

  add(record: Pick<Contribution, 'amount' | 'currency' | 'hours'>) {
    this.count++;
    if (record.amount !== undefined && record.currency !== undefined) {
      const before = this.thousandths.get(record.currency) ?? 0;
      this.thousandths.set(record.currency, before + Math.round(record.amount * SCALE));
    }
    if (record.hours !== undefined) this.hundredthsOfHours += Math.round(record.hours * 100);
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
  const years = new Map<number, { kinds: Map<string, Sum>; given: Sum; received: Sum }>();
  for (const record of records) {
    const year = schoolYearOf(record.date, startMonth);
    if (year === null) continue;
    let entry = years.get(year);
    if (!entry)
      years.set(year, (entry = { kinds: new Map(), given: new Sum(), received: new Sum() }));
    const key = `${record.direction}|${record.kind}`;
    let kind = entry.kinds.get(key);
    if (!kind) entry.kinds.set(key, (kind = new Sum()));
    kind.add(record);
    (record.direction === 'from-partner' ? entry.given : entry.received).add(record);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, entry]) => ({
      year,
      byKind: [...entry.kinds]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, sum]) => {
          const [direction, kind] = key.split('|') as [ContributionDirection, ContributionKind];
          return { direction, kind, total: sum.total() };
        }),
      given: entry.given.total(),
      received: entry.received.total(),
    }));
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
