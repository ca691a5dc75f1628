import { describe, expect, test } from 'vitest';
import { dayNumber } from '../../../lib/model/days';
import type { TrendDirection } from '../../../lib/model/feedback-trend';
import { partnershipHealth, type HealthSignals } from '../../../lib/model/health';

const today = dayNumber('2026-11-27')!;

/** Contact states: within a 30-day cadence, 5 days past it, and never. */
const CONTACTS = {
  onTime: '2026-11-01',
  overdue: '2026-10-23', // 35 days ago: cadence 30 + 5
  never: undefined,
} as const;
const TRENDS: TrendDirection[] = ['up', 'steady', 'down', 'unknown'];

function* everyCombination(): Generator<[keyof typeof CONTACTS, HealthSignals]> {
  for (const contact of Object.keys(CONTACTS) as (keyof typeof CONTACTS)[])
    for (const overdueCommitments of [0, 2])
      for (const openConcerns of [0, 1])
        for (const feedbackTrend of TRENDS)
          yield [
            contact,
            {
              lastContactDay: CONTACTS[contact],
              cadenceDays: 30,
              overdueCommitments,
              openConcerns,
              feedbackTrend,
            },
          ];
}

describe('partnership health, every combination of its four signals', () => {
  test('each problem is named with its count, and the level follows how many there are', () => {
    let combinations = 0;
    for (const [contact, signals] of everyCombination()) {
      combinations++;
      const health = partnershipHealth(signals, today);
      const expected: { code: string; count?: number }[] = [];
      if (contact === 'never') expected.push({ code: 'neverContacted' });
      if (contact === 'overdue') expected.push({ code: 'contactOverdue', count: 5 });
      if (signals.overdueCommitments) expected.push({ code: 'commitmentsOverdue', count: 2 });
      if (signals.openConcerns) expected.push({ code: 'openConcerns', count: 1 });
      if (signals.feedbackTrend === 'down') expected.push({ code: 'feedbackDown' });
      const nothingKnown =
        contact === 'never' && expected.length === 1 && signals.feedbackTrend === 'unknown';
      if (nothingKnown) {
        expect(health).toEqual({ level: 'unknown', reasons: [{ code: 'noHistory' }] });
      } else if (expected.length === 0) {
        expect(health.level).toBe('good');
        expect(health.reasons[0]).toEqual({ code: 'contactOnTime' });
      } else {
        expect(health.level).toBe(expected.length === 1 ? 'watch' : 'at-risk');
        expect(health.reasons).toEqual(expected);
      }
    }
    expect(combinations).toBe(3 * 2 * 2 * 4);
  });

  test('a good partnership says what is going well, feedback included', () => {
    const base = {
      lastContactDay: '2026-11-20',
      cadenceDays: 30,
      overdueCommitments: 0,
      openConcerns: 0,
    };
    expect(partnershipHealth({ ...base, feedbackTrend: 'up' }, today).reasons).toEqual([
      { code: 'contactOnTime' },
      { code: 'feedbackUp' },
    ]);
    expect(partnershipHealth({ ...base, feedbackTrend: 'steady' }, today).reasons).toEqual([
      { code: 'contactOnTime' },
      { code: 'feedbackSteady' },
    ]);
  });

  test('contact is due on the cadence day and overdue the day after', () => {
    const signals = (last: string): HealthSignals => ({
      lastContactDay: last,
      cadenceDays: 30,
      overdueCommitments: 0,
      openConcerns: 0,
      feedbackTrend: 'unknown',
    });
    expect(partnershipHealth(signals('2026-10-28'), today).level).toBe('good'); // 30 days
    expect(partnershipHealth(signals('2026-10-27'), today).reasons).toEqual([
      { code: 'contactOverdue', count: 1 },
    ]);
  });
});
