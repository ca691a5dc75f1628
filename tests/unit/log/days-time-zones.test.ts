import { afterAll, describe, expect, test } from 'vitest';

/**
 * Date-only values must not move with the time zone. This file runs the date
 * module under zones either side of UTC (and across daylight-saving changes)
 * by setting process.env.TZ, which Node reads on each Date call.
 */
const ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/London'];
const original = process.env.TZ;

afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(ZONES)('in %s', (zone) => {
  test('the zone is in effect for Date', () => {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });

  test('a due date is the same day whatever the zone', async () => {
    process.env.TZ = zone;
    const { dayNumber, dayString, formatDay } = await import('../../../lib/model/days');
    expect(dayString(dayNumber('2026-11-23')!)).toBe('2026-11-23');
    expect(formatDay('2026-11-23', { locale: 'en-GB' })).toBe('Mon, 23 Nov 2026');
    expect(formatDay('2026-01-01', { locale: 'en-GB' })).toBe('Thu, 1 Jan 2026');
    expect(formatDay('2026-03-29', { locale: 'en-GB' })).toBe('Sun, 29 Mar 2026');
  });

  test('one minute before and after local midnight are different days', async () => {
    process.env.TZ = zone;
    const { dayOfInstant, localDay, msUntilNextLocalMidnight } =
      await import('../../../lib/model/days');
    const before = new Date(2026, 10, 23, 23, 59).getTime();
    const after = new Date(2026, 10, 24, 0, 1).getTime();
    expect(new Date(before).getDate()).toBe(23);
    expect(localDay(before)).toBe('2026-11-23');
    expect(localDay(after)).toBe('2026-11-24');
    expect(dayOfInstant(after) - dayOfInstant(before)).toBe(1);
    expect(msUntilNextLocalMidnight(before)).toBe(60_000);
  });

  test('the daylight-saving days still end at their own midnight', async () => {
    process.env.TZ = zone;
    const { localDay, msUntilNextLocalMidnight } = await import('../../../lib/model/days');
    // 2026-03-08 (US) and 2026-03-29 (EU) are 23-hour days; 2026-11-01 and 2026-10-25, 25-hour.
    for (const [y, m, d] of [
      [2026, 2, 8],
      [2026, 2, 29],
      [2026, 10, 1],
      [2026, 9, 25],
    ] as const) {
      const start = new Date(y, m, d, 0, 30).getTime();
      const next = start + msUntilNextLocalMidnight(start);
      expect(localDay(next)).toBe(localDay(new Date(y, m, d + 1, 12).getTime()));
      expect(localDay(next - 1)).toBe(localDay(start));
    }
  });
});

describe.each(ZONES)('agenda suggestions in %s', (zone) => {
  test('a check-in dated only by its creation time counts on the local day it was made', async () => {
    process.env.TZ = zone;
    const Y = await import('yjs');
    const { readGoalProgress } = await import('../../../lib/model/agenda');
    const doc = new Y.Doc();
    const goal = new Y.Map<unknown>();
    goal.set('title', 'Readers');
    const checkin = new Y.Map<unknown>();
    checkin.set('goalId', 'g1');
    checkin.set('value', 3);
    // 23:30 local on the 23rd is the 24th in UTC east of Greenwich and the 23rd west of it.
    checkin.set('createdAt', new Date(2026, 10, 23, 23, 30).getTime());
    doc.transact(() => {
      doc.getMap('goals').set('g1', goal);
      doc.getMap('checkins').set('c1', checkin);
    });
    expect(readGoalProgress(doc, ['g1'])[0]?.latest?.date).toBe('2026-11-23');
  });
});

describe.each(ZONES)('file names in %s', (zone) => {
  test('an export made late in the evening is named for the local day, not the UTC one', async () => {
    process.env.TZ = zone;
    const { exportFileName } = await import('../../../lib/model/workspace-export');
    const { backupFileName } = await import('../../../lib/model/backup');
    const lateEvening = new Date(2026, 4, 6, 23, 30);
    expect(exportFileName('Riverside', lateEvening.getTime())).toBe(
      'bridgework-Riverside-2026-05-06.json',
    );
    expect(backupFileName('Riverside', lateEvening)).toBe(
      'bridgework-riverside-2026-05-06.bridgework.json',
    );
  });
});
