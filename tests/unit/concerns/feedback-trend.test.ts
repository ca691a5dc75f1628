import { describe, expect, test } from 'vitest';
import { dayNumber, dayOfInstant } from '../../../lib/model/days';
import { feedbackTrend } from '../../../lib/model/feedback-trend';

const today = dayNumber('2026-11-27')!;

describe('feedback trend: last 90 days against the 90 before', () => {
  test('fewer than two pulses has no direction', () => {
    expect(feedbackTrend([], today).direction).toBe('unknown');
    const one = feedbackTrend([{ date: '2026-11-01', score: 4 }], today);
    expect(one.direction).toBe('unknown');
    expect(one.recent).toEqual({ count: 1, average: 4 });
    expect(one.previous).toEqual({ count: 0, average: undefined });
  });

  test('two pulses in the same window have nothing to compare with', () => {
    const trend = feedbackTrend(
      [
        { date: '2026-11-01', score: 2 },
        { date: '2026-11-20', score: 5 },
      ],
      today,
    );
    expect(trend.direction).toBe('unknown');
    expect(trend.recent.average).toBe(3.5);
  });

  test('higher recent average is up, lower is down, equal is steady', () => {
    const old = { date: '2026-07-01', score: 3 };
    expect(feedbackTrend([old, { date: '2026-11-01', score: 4 }], today).direction).toBe('up');
    expect(feedbackTrend([old, { date: '2026-11-01', score: 2 }], today).direction).toBe('down');
    expect(feedbackTrend([old, { date: '2026-11-01', score: 3 }], today).direction).toBe('steady');
  });

  test('equal averages made of different scores are a tie, not float noise', () => {
    const pulses = [
      { date: '2026-07-01', score: 1 },
      { date: '2026-07-02', score: 2 },
      { date: '2026-07-03', score: 4 },
      { date: '2026-11-01', score: 2 },
      { date: '2026-11-02', score: 3 },
      { date: '2026-11-03', score: 2 },
    ];
    expect(feedbackTrend(pulses, today).direction).toBe('steady');
  });

  test('window edges: today − 89 is recent, today − 90 previous, today − 180 and the future neither', () => {
    const at = (offset: number, score: number) => ({
      date: new Date((today - offset) * 86_400_000).toISOString().slice(0, 10),
      score,
    });
    const trend = feedbackTrend(
      [at(0, 5), at(89, 5), at(90, 1), at(179, 1), at(180, 3), at(-1, 3)],
      today,
    );
    expect(trend.recent).toEqual({ count: 2, average: 5 });
    expect(trend.previous).toEqual({ count: 2, average: 1 });
    expect(trend.direction).toBe('up');
  });

  test('the same instant in Auckland and Honolulu is a different today, and windows follow the day, not the zone', () => {
    const instant = Date.UTC(2026, 10, 27, 11, 30); // Nov 28 in Auckland, Nov 27 in Honolulu
    const auckland = dayOfInstant(instant, 'Pacific/Auckland');
    const honolulu = dayOfInstant(instant, 'Pacific/Honolulu');
    expect(auckland - honolulu).toBe(1);
    const pulses = [
      { date: '2026-08-30', score: 2 }, // 90 days before Nov 28: previous there, recent on Nov 27
      { date: '2026-11-27', score: 4 },
    ];
    expect(feedbackTrend(pulses, auckland).direction).toBe('up');
    expect(feedbackTrend(pulses, honolulu).direction).toBe('unknown');
  });

  test('unreadable dates and scores are ignored', () => {
    const trend = feedbackTrend(
      [
        { date: 'yesterday', score: 5 },
        { date: '2026-11-01', score: Number.NaN },
        { date: '2026-11-02', score: 4 },
      ],
      today,
    );
    expect(trend.recent).toEqual({ count: 1, average: 4 });
  });
});
