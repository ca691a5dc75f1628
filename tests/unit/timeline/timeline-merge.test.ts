import { describe, expect, test } from 'vitest';
import {
  compareEvents,
  isRecordEvent,
  mergeTimeline,
  showTimeline,
  type RecordEvent,
} from '../../../lib/model/timeline';

const log = (id: string, date: string) => ({ id, date });
const event = (id: string, date: string, at = 0, type: 'story' | 'feedback' = 'story') =>
  (type === 'story'
    ? { id, recordId: id, type, date, at, text: id }
    : { id, recordId: id, type, date, at, text: id, score: 3, channel: 'meeting' }) as RecordEvent;

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('mergeTimeline', () => {
  test('puts the record events between the log entries by date, newest first', () => {
    const entries = [
      log('e3', '2026-05-10'),
      log('e2', '2026-03-01T09:00'),
      log('e1', '2026-01-02'),
    ];
    const merged = mergeTimeline(entries, [
      event('s-old', '2025-12-31'),
      event('s-mid', '2026-04-01'),
      event('s-new', '2026-06-01'),
    ]);
    expect(ids(merged)).toEqual(['s-new', 'e3', 's-mid', 'e2', 'e1', 's-old']);
  });

  test('sorts events handed in any order before merging them', () => {
    const merged = mergeTimeline(
      [log('e', '2026-02-01')],
      [event('a', '2026-01-01'), event('c', '2026-03-01'), event('b', '2026-02-15')],
    );
    expect(ids(merged)).toEqual(['c', 'b', 'e', 'a']);
  });

  test('on the same date the contact comes first, then the later written record', () => {
    const merged = mergeTimeline(
      [log('call', '2026-02-01')],
      [event('early', '2026-02-01', 100), event('late', '2026-02-01', 200)],
    );
    expect(ids(merged)).toEqual(['call', 'late', 'early']);
  });

  test('a timed row sorts by its minute, and a day without a time below that day’s timed rows', () => {
    const merged = mergeTimeline(
      [log('morning', '2026-02-01T09:00'), log('day', '2026-02-01')],
      [event('noon', '2026-02-01T12:00'), event('eight', '2026-02-01T08:00')],
    );
    expect(ids(merged)).toEqual(['noon', 'morning', 'eight', 'day']);
  });

  test('ties on date and time fall back to the id, whatever order they came in', () => {
    const a = event('a', '2026-02-01', 5);
    const b = event('b', '2026-02-01', 5);
    expect(ids(mergeTimeline([], [b, a]))).toEqual(['a', 'b']);
    expect(compareEvents(a, b)).toBeLessThan(0);
  });

  test('hands back the log itself when there is nothing to merge (no copy of thousands of rows)', () => {
    const entries = [log('e', '2026-02-01')];
    expect(mergeTimeline(entries, [])).toBe(entries);
  });

  test('tells record events from log entries', () => {
    const merged = mergeTimeline([log('e', '2026-02-01')], [event('s', '2026-01-01')]);
    expect(merged.map(isRecordEvent)).toEqual([false, true]);
  });
});

describe('showTimeline', () => {
  const entries = [log('call', '2026-02-01')];
  const events = [event('story', '2026-03-01'), event('pulse', '2026-01-01', 0, 'feedback')];

  test('All merges everything; Contacts is the log alone', () => {
    expect(ids(showTimeline(entries, events, 'all'))).toEqual(['story', 'call', 'pulse']);
    expect(showTimeline(entries, events, 'contacts')).toBe(entries);
  });

  test('Accountability and Value keep their own kinds only', () => {
    expect(ids(showTimeline(entries, events, 'accountability'))).toEqual(['pulse']);
    expect(ids(showTimeline(entries, events, 'value'))).toEqual(['story']);
  });
});
