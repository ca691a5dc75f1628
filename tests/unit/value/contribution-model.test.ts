import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addContribution,
  contributionProblems,
  deleteContribution,
  getContribution,
  isCurrencyCode,
  updateContribution,
  type ContributionInput,
} from '../../../lib/model/contribution';
import { collection } from '../../../lib/model/doc';
import { type HistoryDocs } from '../../../lib/model/history-docs';
import { addPartner, deletePartner, restorePartner } from '../../../lib/model/partner';
import { inspectStored } from '../../../lib/model/quarantine';
import { insertRecord } from '../../../lib/model/records';

/** Two history docs split by calendar year, as a per-year implementation would. */
function twoYears() {
  const years = { '2025': new Y.Doc(), '2026': new Y.Doc() };
  const history: HistoryDocs = {
    main: years['2025'],
    docFor: (day) => years[day.slice(0, 4) as '2025' | '2026'],
    all: () => Object.values(years),
  };
  return { years, history };
}

const grant = (date: string): ContributionInput => ({
  partnerId: 'p1',
  direction: 'from-partner',
  kind: 'grant',
  amount: 500,
  currency: 'USD',
  date,
});

describe('contributions through HistoryDocs', () => {
  test('each contribution goes to its day’s doc and is found there again', () => {
    const { years, history } = twoYears();
    const old = addContribution(history, grant('2025-06-01'));
    const recent = addContribution(history, { ...grant('2026-02-01'), amount: 20 });
    expect(collection(years['2025'], 'contributions').has(old)).toBe(true);
    expect(collection(years['2026'], 'contributions').has(recent)).toBe(true);
    expect(getContribution(history, old)).toMatchObject({ amount: 500, currency: 'USD' });
    expect(getContribution(history, recent)).toMatchObject({ amount: 20 });
  });

  test('a new date in another year moves the record to that doc under the same id', () => {
    const { years, history } = twoYears();
    const id = addContribution(history, grant('2025-06-01'));
    updateContribution(history, id, { ...grant('2026-03-01'), amount: 750 });
    expect(collection(years['2025'], 'contributions').has(id)).toBe(false);
    expect(getContribution(history, id)).toMatchObject({ amount: 750, date: '2026-03-01' });
  });

  test('a deleted contribution is hidden wherever it lives', () => {
    const { history } = twoYears();
    const id = addContribution(history, grant('2025-06-01'));
    deleteContribution(history, id, 'Ana');
    expect(getContribution(history, id)).toBeNull();
  });
});

describe('contribution values', () => {
  test('hours alone, money alone and both are contributions; nothing at all is not', () => {
    const base = { direction: 'from-partner' as const, kind: 'volunteer-hours' as const };
    expect(contributionProblems({ ...base, hours: 12, date: '2026-01-01' })).toEqual([]);
    expect(
      contributionProblems({ ...base, amount: 5, currency: 'EUR', hours: 2, date: '2026-01-01' }),
    ).toEqual([]);
    expect(contributionProblems({ ...base, date: '2026-01-01' })).toEqual(['noValue']);
  });

  test('currencies are ISO 4217 codes in capitals', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('MXN')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('US$')).toBe(false);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });

  test('a kind the direction does not have is refused when written', () => {
    expect(
      contributionProblems({
        direction: 'to-partner',
        kind: 'grant',
        hours: 1,
        date: '2026-01-01',
      }),
    ).toEqual(['kind']);
    expect(() =>
      addContribution(twoYears().history, { ...grant('2026-01-01'), currency: 'dollars' }),
    ).toThrow(/currency/);
  });

  test('a peer’s contribution with an unknown kind reads as other; one worth nothing is quarantined', () => {
    const doc = new Y.Doc();
    insertRecord(doc, 'contributions', 'odd', {
      partnerId: 'p1',
      direction: 'to-partner',
      kind: 'grant',
      hours: 3,
      date: '2026-01-01',
    });
    insertRecord(doc, 'contributions', 'empty', {
      partnerId: 'p1',
      direction: 'from-partner',
      kind: 'grant',
      amount: 10,
      currency: 'not money',
      date: '2026-01-01',
    });
    expect(
      getContribution({ main: doc, docFor: () => doc, all: () => [doc] }, 'odd'),
    ).toMatchObject({
      kind: 'other',
      hours: 3,
    });
    expect(inspectStored(doc, 'contributions', 'odd')).toBeNull();
    expect(inspectStored(doc, 'contributions', 'empty')).not.toBeNull();
  });

  test('deleting a partner takes its contributions along, and restoring brings them back', () => {
    const doc = new Y.Doc();
    const history = { main: doc, docFor: () => doc, all: () => [doc] };
    const partnerId = addPartner(doc, { name: 'Acme' });
    const id = addContribution(history, { ...grant('2026-01-01'), partnerId });
    deletePartner(doc, partnerId);
    expect(getContribution(history, id)).toBeNull();
    restorePartner(doc, partnerId);
    expect(getContribution(history, id)).toMatchObject({ amount: 500 });
  });
});
