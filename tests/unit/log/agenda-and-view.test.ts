import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { readGoalProgress, suggestAgendaItems } from '../../../lib/model/agenda';
import { dayNumber } from '../../../lib/model/days';
import { collection } from '../../../lib/model/doc';
import {
  addFollowup,
  listFollowups,
  setFollowupDone,
  type Followup,
} from '../../../lib/model/followup';
import { Today } from '../../../lib/state/today';
import { badgeText, dueToday, overdueCount, summarise } from '../../../lib/reminders/summary';
import { followupFromHash } from '../../../lib/reminders/hash';
import { addLogEntry, updateLogEntry } from '../../../lib/model/log-entry';
import { LogView } from '../../../lib/state/log-view';
import { syncAll, writeRawRecord } from '../../helpers/yjs';

describe('agenda suggestions', () => {
  test('open follow-ups for the meeting’s partners (oldest due first) and linked goals’ progress', () => {
    const doc = new Y.Doc();
    const past = addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-10-01',
      title: 'Old',
      partnerIds: ['p1'],
    });
    addFollowup(doc, { text: 'Later', partnerId: 'p1', due: '2026-12-20' });
    const early = addFollowup(doc, {
      text: 'Sooner',
      partnerId: 'p1',
      due: '2026-11-01',
      assigneeName: 'Sam',
    });
    addFollowup(doc, { text: 'From old meeting', logEntryId: past.id });
    addFollowup(doc, { text: 'Other partner', partnerId: 'p2' });
    const done = addFollowup(doc, { text: 'Done already', partnerId: 'p1' });
    setFollowupDone(doc, done, true);
    writeRawRecord(doc, 'goals', 'g1', {
      title: 'Reading age +1',
      metric: { unit: 'pupils', target: 40 },
    });
    writeRawRecord(doc, 'goals', 'g2', { title: 42 });
    writeRawRecord(doc, 'checkins', 'c1', { goalId: 'g1', date: '2026-09-01', value: 10 });
    writeRawRecord(doc, 'checkins', 'c2', { goalId: 'g1', date: '2026-11-01', value: 25 });
    writeRawRecord(doc, 'checkins', 'c3', { goalId: 'g1', date: '2026-12-01', value: 'lots' });

    const goals = readGoalProgress(doc, ['g1', 'g2', 'missing']);
    expect(goals).toEqual([
      {
        id: 'g1',
        title: 'Reading age +1',
        unit: 'pupils',
        target: 40,
        latest: { date: '2026-11-01', value: 25 },
      },
    ]);
    const suggestions = suggestAgendaItems({
      partnerIds: ['p1'],
      followups: listFollowups(doc).items,
      goals,
      agenda: [{ source: { kind: 'followup', id: early } }],
      partnersOfEntry: (id) => (id === past.id ? ['p1'] : undefined),
    });
    expect(suggestions.map((s) => s.text)).toEqual([
      'Follow-up: Later, due 2026-12-20',
      'Follow-up: From old meeting',
      'Progress on “Reading age +1”: 25 of 40 pupils (2026-11-01)',
    ]);
  });
});

describe('LogView index', () => {
  test('partner timelines stay sorted through local and remote edits', () => {
    const doc = new Y.Doc();
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23, 12) });
    const a = addLogEntry(doc, {
      kind: 'call',
      date: '2026-11-01',
      title: 'A',
      partnerIds: ['p1'],
    }).id;
    const b = addLogEntry(doc, {
      kind: 'email',
      date: '2026-11-10T09:00',
      title: 'B',
      partnerIds: ['p1', 'p2'],
    }).id;
    addLogEntry(doc, { kind: 'note', date: '2026-11-20', title: 'Note', partnerIds: ['p1'] });
    addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-12-01T10:00',
      title: 'Planned',
      partnerIds: ['p1'],
    });
    expect(view.timelineOf('p1').map((e) => view.entry(e.id)!.title)).toEqual([
      'Planned',
      'Note',
      'B',
      'A',
    ]);
    expect(view.lastContactOf('p1')).toBe('2026-11-10T09:00');

    const peer = new Y.Doc();
    syncAll(doc, peer);
    updateLogEntry(peer, a, { date: '2026-11-15', partnerIds: ['p2'] });
    syncAll(doc, peer);
    expect(view.timelineOf('p1').map((e) => view.entry(e.id)!.title)).toEqual([
      'Planned',
      'Note',
      'B',
    ]);
    expect(view.timelineOf('p2').map((e) => view.entry(e.id)!.title)).toEqual(['A', 'B']);
    expect(view.lastContactOf('p2')).toBe('2026-11-15');

    collection(doc, 'log').delete(b);
    expect(view.timelineOf('p2').map((e) => view.entry(e.id)!.title)).toEqual(['A']);
    expect(view.size).toBe(3);
    view.dispose();
  });

  test('filters: kind, partner, date range (inclusive) and search', () => {
    const doc = new Y.Doc();
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23, 12) });
    addLogEntry(doc, {
      kind: 'call',
      date: '2026-11-01',
      title: 'Budget call',
      partnerIds: ['p1'],
    });
    addLogEntry(doc, {
      kind: 'meeting',
      date: '2026-11-10T09:00',
      title: 'Review',
      partnerIds: ['p2'],
      agenda: [{ text: 'Café volunteers' }],
    });
    addLogEntry(doc, {
      kind: 'email',
      date: '2026-11-30T23:59',
      title: 'Thanks',
      partnerIds: ['p1'],
    });
    const titles = (f: Parameters<LogView['timeline']>[0]) =>
      view.timeline(f).map((e) => view.entry(e.id)!.title);
    expect(titles({})).toEqual(['Thanks', 'Review', 'Budget call']);
    expect(titles({ kinds: ['call', 'email'] })).toEqual(['Thanks', 'Budget call']);
    expect(titles({ partnerId: 'p1', to: '2026-11-30' })).toEqual(['Thanks', 'Budget call']);
    expect(titles({ from: '2026-11-10', to: '2026-11-10' })).toEqual(['Review']);
    expect(titles({ query: 'cafe' })).toEqual(['Review']);
    view.dispose();
  });

  test('overdue follow-ups and due-for-contact follow the clock', () => {
    const doc = new Y.Doc();
    const today = new Today(() => Date.UTC(2026, 10, 23, 12), { follow: false });
    const view = new LogView(doc, { today });
    const id = addFollowup(doc, { text: 'Send MOU', due: '2026-11-22' });
    addFollowup(doc, { text: 'Today', due: '2026-11-23' });
    expect(view.overdueFollowups.value.map((f) => f.text)).toEqual(['Send MOU']);
    expect(view.dueTodayFollowups.value.map((f) => f.text)).toEqual(['Today']);
    setFollowupDone(doc, id, true);
    expect(view.overdueFollowups.value).toEqual([]);
    today.set(dayNumber('2026-11-24')!);
    expect(view.overdueFollowups.value.map((f) => f.text)).toEqual(['Today']);

    addLogEntry(doc, { kind: 'visit', date: '2026-09-01', title: 'Visit', partnerIds: ['p1'] });
    const partner = (id: string, cadenceDays: number) =>
      ({ id, name: id, cadenceDays, createdAt: Date.UTC(2026, 10, 20), archived: false }) as never;
    const due = view.dueForContact([partner('p1', 30), partner('p2', 30)]);
    expect(due.map((s) => [s.partnerId, s.daysOverdue])).toEqual([['p1', 54]]);
    // p2 was added four days ago and never contacted: not overdue, but listed as not contacted yet.
    const notYet = view.notYetContacted([partner('p1', 30), partner('p2', 30)]);
    expect(notYet.map((s) => [s.partnerId, s.daysOverdue, s.overdue])).toEqual([
      ['p2', -26, false],
    ]);
    view.dispose();
  });
});

describe('LogView built in slices', () => {
  test('becomes ready with every entry, including edits made while it was building', async () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 25; i++)
      addLogEntry(doc, {
        kind: 'call',
        date: `2026-10-${String(i + 1).padStart(2, '0')}`,
        title: `E${i}`,
        partnerIds: ['p1'],
      });
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23, 12), chunkSize: 10 });
    expect(view.ready.value).toBe(false);
    const late = addLogEntry(doc, {
      kind: 'visit',
      date: '2026-11-20',
      title: 'Late',
      partnerIds: ['p1'],
    }).id;
    await vi.waitFor(() => expect(view.ready.value).toBe(true));
    const timeline = view.timelineOf('p1');
    expect(timeline).toHaveLength(26);
    expect(timeline[0]!.id).toBe(late);
    expect(view.lastContactOf('p1')).toBe('2026-11-20');
    view.dispose();
  });
});

describe('LogView built in slices, at size', () => {
  test('sorts and groups 12,000 entries (sorted in runs, then merged) exactly as the one-go build', async () => {
    const doc = new Y.Doc();
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    doc.transact(() => {
      for (let i = 0; i < 12_000; i++)
        addLogEntry(doc, {
          kind: 'call',
          date: `202${next() % 5}-${String((next() % 12) + 1).padStart(2, '0')}-${String((next() % 28) + 1).padStart(2, '0')}`,
          title: `E${i}`,
          partnerIds: [`p${next() % 40}`, `p${next() % 40}`],
        });
    });
    const clock = () => Date.UTC(2026, 10, 23, 12);
    const oneGo = new LogView(doc, { clock });
    const sliced = new LogView(doc, { clock, chunkSize: 1_000 });
    await vi.waitFor(() => expect(sliced.ready.value).toBe(true), { timeout: 10_000 });
    const ids = (view: LogView, partnerId: string) => view.timelineOf(partnerId).map((e) => e.id);
    for (const partnerId of ['p0', 'p7', 'p39'])
      expect(ids(sliced, partnerId)).toEqual(ids(oneGo, partnerId));
    expect(sliced.timeline({}).map((e) => e.id)).toEqual(oneGo.timeline({}).map((e) => e.id));
    oneGo.dispose();
    sliced.dispose();
  });
});

describe('LogView search', () => {
  test('builds every search text in the background once ready, so a first search reads nothing from the doc', async () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 30; i++)
      addLogEntry(doc, {
        kind: 'call',
        date: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
        title: i === 7 ? 'Café with the Bibliothèque' : `Call ${i}`,
        partnerIds: ['p1'],
      });
    const view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23, 12), chunkSize: 10 });
    await vi.waitFor(() => expect(view.searchWarm.value).toBe(true));
    const reads = vi.spyOn(doc.getMap('log'), 'get');
    expect(view.timeline({ query: 'bibliotheque cafe' }).map((e) => e.id)).toHaveLength(1);
    expect(reads).not.toHaveBeenCalled();
    view.dispose();
  });
});

describe('reminder summary', () => {
  test('badge counts follow-ups overdue today, local time; due today are listed for the notification', () => {
    const now = new Date(2026, 10, 23, 9, 0).getTime();
    const summary = summarise(
      'w',
      [
        { id: 'a', text: 'Old', due: '2026-11-22', done: false, createdAt: 0 },
        { id: 'b', text: 'Today', due: '2026-11-23', done: false, createdAt: 0 },
        { id: 'c', text: 'Done', due: '2026-11-01', done: true, createdAt: 0 },
        { id: 'd', text: 'Undated', done: false, createdAt: 0 },
      ] as Followup[],
      now,
    );
    expect(summary.followups.map((f) => f.id)).toEqual(['a', 'b']);
    expect(overdueCount(summary, now)).toBe(1);
    expect(dueToday(summary, now).map((f) => f.id)).toEqual(['b']);
    expect(overdueCount(summary, new Date(2026, 10, 24, 0, 0, 1).getTime())).toBe(2);
    expect([badgeText(0), badgeText(3), badgeText(120)]).toEqual(['', '3', '99+']);
  });

  test('the panel URL can ask for a follow-up', () => {
    expect(followupFromHash('#followup=abc%2D1')).toBe('abc-1');
    expect(followupFromHash('#other')).toBeNull();
  });
});
