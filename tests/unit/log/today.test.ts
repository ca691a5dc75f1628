import { afterEach, describe, expect, test, vi } from 'vitest';
import { localDay } from '../../../lib/model/days';
import { Today } from '../../../lib/state/today';

afterEach(() => {
  vi.useRealTimers();
});

describe('Today', () => {
  test('changes at local midnight, from one timer, not a poll', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 23, 59, 0));
    const today = new Today();
    expect(today.string.value).toBe('2026-11-23');
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(59_000);
    expect(today.string.value).toBe('2026-11-23');
    vi.advanceTimersByTime(1_001);
    expect(today.string.value).toBe('2026-11-24');
    expect(today.number.value - 1).toBe(Math.round(Date.UTC(2026, 10, 23) / 86_400_000));
    // Set again for the next midnight: still one timer.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(today.string.value).toBe('2026-11-25');
    today.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a late timer (the laptop slept) still lands on the real day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 10, 23, 12, 0));
    const today = new Today();
    // The clock jumps three days while no timer ran.
    vi.setSystemTime(new Date(2026, 10, 26, 8, 0));
    today.tick();
    expect(today.string.value).toBe('2026-11-26');
    today.dispose();
  });

  test('with follow: false it reads the clock once and sets no timer', () => {
    vi.useFakeTimers();
    const at = new Date(2026, 0, 1, 12).getTime();
    const today = new Today(() => at, { follow: false });
    expect(today.string.value).toBe(localDay(at));
    expect(vi.getTimerCount()).toBe(0);
  });
});
