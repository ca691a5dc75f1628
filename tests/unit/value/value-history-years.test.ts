// Feedback and contributions are kept per school year once history is split
// (lib/model/history-years.ts, YEARLY_COLLECTIONS): written to their date's year doc, read from
// every year loaded, moved there by the migration, and a partner's feedback trend keeps counting
// a recent pulse whose year the panel has not loaded (lib/model/feedback-summary.ts).
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addContribution,
  deleteContribution,
  updateContribution,
} from '../../../lib/model/contribution';
import { dayNumber } from '../../../lib/model/days';
import { collection, transactLocal } from '../../../lib/model/doc';
import { addFeedback, deleteFeedback, restoreFeedback } from '../../../lib/model/feedback';
import { noteRecentPulses, recentPulses } from '../../../lib/model/feedback-summary';
import { isMovedRaw, MOVED_KEY } from '../../../lib/model/history-split';
import { insertRecord } from '../../../lib/model/records';
import { migrateHistory } from '../../../lib/state/history-migration';
import { FeedbackView } from '../../../lib/state/feedback-view';
import { ValueView } from '../../../lib/state/value-view';
import { DeletionsView } from '../../../lib/state/deletions-view';
import { addPartner, deletePartner } from '../../../lib/model/partner';
import { addGoal } from '../../../lib/model/goal';
import { recordCheckin } from '../../../lib/model/checkin-history';
import { exportWorkspaceJson } from '../../../lib/model/workspace-export';
import { createBackup } from '../../../lib/model/backup';
import { exportCsv } from '../../../lib/model/workspace-csv';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { feedbackViewOf } from '../../../lib/state/feedback-view';
import { valueViewOf } from '../../../lib/state/value-view';
import { feedbackActions } from '../../../lib/state/feedback-actions';
import { valueActions } from '../../../lib/state/value-actions';
import { partnerActions } from '../../../lib/state/partner-actions';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from '../log/year-storage';

const TODAY = '2026-11-20';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);
const today = dayNumber(TODAY)!;
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

const pulse = (partnerId: string, date: string, score: number) => ({
  partnerId,
  date,
  score,
  channel: 'conversation' as const,
});

const grant = (partnerId: string, date: string, amount: number) => ({
  partnerId,
  direction: 'from-partner' as const,
  kind: 'grant' as const,
  amount,
  currency: 'USD',
  date,
});

/** A record as the old layout wrote it: into the workspace doc itself, as the user. */
function oldLayoutRecord(doc: Y.Doc, name: 'feedback' | 'contributions', fields: object) {
  const id = crypto.randomUUID();
  transactLocal(doc, () => insertRecord(doc, name, id, { ...fields, createdAt: NOW }));
  return id;
}

describe('feedback kept per school year', () => {
  test('a pulse is written to its date’s year, and a recent one is noted in the workspace doc', () => {
    const history = new YearHistory(splitWorkspace(), storage().open, () => TODAY);
    addFeedback(history, pulse('p1', '2026-07-10', 2), NOW);
    addFeedback(history, pulse('p1', '2026-10-01', 4), NOW);
    addFeedback(history, pulse('p1', '2024-10-01', 5), NOW);
    expect(collection(history.main, 'feedback').size).toBe(0);
    const byYear = (year: number) =>
      collection(
        history.all().find((d) => d !== history.main && d === history.docFor(`${year}-10-01`))!,
        'feedback',
      ).size;
    expect([byYear(2026), byYear(2025), byYear(2024)]).toEqual([1, 1, 1]);
    // The 2024 pulse is older than the trend reaches: not noted.
    expect(
      recentPulses(history.main)
        .map((p) => p.date)
        .sort(),
    ).toEqual(['2026-07-10', '2026-10-01']);
  });

  test('the trend counts a recent pulse whose year is not loaded, once, and its own record once loaded', async () => {
    const disk = storage();
    const writer = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    addFeedback(writer, pulse('p1', '2026-07-10', 2), NOW); // last school year, previous window
    const lastYear = writer.docFor('2026-07-10');
    disk.keep(2025, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(lastYear)));
    const main = new Y.Doc();
    Y.applyUpdate(main, Y.encodeStateAsUpdate(writer.main));

    const history = new YearHistory(main, disk.open, () => TODAY);
    await history.load(history.currentYear);
    const view = new FeedbackView(history);
    addFeedback(history, pulse('p1', '2026-10-01', 4), NOW); // this school year, recent window
    expect(view.pulsesOf('p1').map((p) => p.score)).toEqual([4]);
    expect(view.trendOf('p1', today)).toMatchObject({
      direction: 'up',
      previous: { count: 1, average: 2 },
      recent: { count: 1, average: 4 },
    });

    await history.load(2025);
    await flush();
    expect(view.pulsesOf('p1').map((p) => p.score)).toEqual([2, 4]);
    // Loaded, the record counts and its note does not count a second time.
    expect(view.trendOf('p1', today).previous.count).toBe(1);
    view.dispose();
  });

  test('deleting a pulse forgets its note and restoring it notes it again', () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const id = addFeedback(history, pulse('p1', '2026-07-10', 2), NOW);
    deleteFeedback(history, id, 'Ana', NOW);
    expect(recentPulses(history.main)).toEqual([]);
    restoreFeedback(history, id, NOW);
    expect(recentPulses(history.main).map((p) => p.id)).toEqual([id]);
  });

  test('noting a pulse prunes notes the trend no longer reaches', () => {
    const doc = new Y.Doc();
    doc.transact(() =>
      noteRecentPulses(
        doc,
        [{ id: 'old', partnerId: 'p1', date: '2026-01-10', score: 3 }],
        Date.parse('2026-02-01T12:00:00Z'),
      ),
    );
    expect(recentPulses(doc).map((p) => p.id)).toEqual(['old']);
    doc.transact(() =>
      noteRecentPulses(doc, [{ id: 'new', partnerId: 'p1', date: '2026-11-01', score: 4 }], NOW),
    );
    expect(recentPulses(doc).map((p) => p.id)).toEqual(['new']);
  });

  test('hostile notes (a wrong score, a nested type, a bad partner id) are ignored', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('recentFeedback');
    map.set('a', { partnerId: 'p1', date: '2026-11-01', score: 9 });
    map.set('b', new Y.Map());
    map.set('c', { partnerId: '../x', date: '2026-11-01', score: 3 });
    map.set('d', { partnerId: 'p1', date: 'soon', score: 3 });
    map.set('e', { partnerId: 'p1', date: '2026-11-01', score: 3 });
    expect(recentPulses(doc).map((p) => p.id)).toEqual(['e']);
  });
});

describe('contributions kept per school year', () => {
  test('written to their date’s year; the view follows a year loaded later, its totals too', async () => {
    const disk = storage();
    const writer = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    addContribution(writer, grant('p1', '2024-10-05', 300), NOW);
    disk.keep(2024, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.docFor('2024-10-05'))),
    );
    const history = new YearHistory(writer.main, disk.open, () => TODAY);
    await history.load(history.currentYear);
    const view = new ValueView(history.main, history);
    addContribution(history, grant('p1', '2026-10-05', 100), NOW);
    expect(collection(history.main, 'contributions').size).toBe(0);
    expect(view.contributionsOf('p1').map((c) => c.amount)).toEqual([100]);
    expect(view.contributionTotals().bySchoolYear.map((y) => y.year)).toEqual([2026]);

    await history.load(2024);
    await flush();
    expect(view.contributionsOf('p1').map((c) => c.amount)).toEqual([100, 300]);
    expect(view.givenAndReceivedOf('p1').given.money).toEqual([{ currency: 'USD', amount: 400 }]);
    expect(
      view.contributionTotals().bySchoolYear.map((y) => [y.year, y.given.money[0]?.amount]),
    ).toEqual([
      [2026, 100],
      [2024, 300],
    ]);
    view.dispose();
  });

  test('an edit to another school year moves it to that year’s doc under its id; a delete counts it out', () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const view = new ValueView(history.main, history);
    const id = addContribution(history, grant('p1', '2026-10-05', 100), NOW);
    updateContribution(history, id, { ...grant('p1', '2025-10-05', 120) }, NOW);
    expect(collection(history.docFor('2026-10-05'), 'contributions').has(id)).toBe(false);
    expect(collection(history.docFor('2025-10-05'), 'contributions').has(id)).toBe(true);
    expect(view.contributionTotals().bySchoolYear.map((y) => y.year)).toEqual([2025]);
    deleteContribution(history, id, 'Ana', NOW);
    expect(view.contributionTotals().bySchoolYear).toEqual([]);
    view.dispose();
  });
});

describe('migrating feedback and contributions', () => {
  test('every pulse and contribution moves to its year under its id, counted before and after; recent pulses are noted', async () => {
    const main = new Y.Doc();
    const pulses = new Map<string, string>();
    const contributions = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const date = `${2019 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
      if (date > TODAY) continue;
      pulses.set(oldLayoutRecord(main, 'feedback', pulse(`p${i % 9}`, date, 1 + (i % 5))), date);
      contributions.set(
        oldLayoutRecord(main, 'contributions', grant(`p${i % 9}`, date, 10 + i)),
        date,
      );
    }
    const history = new YearHistory(main, memoryYears, () => TODAY);
    const view = new ValueView(main, history);
    const totalBefore = view.givenAndReceivedOf('p1').given;

    const outcome = await migrateHistory(history, { sliceSize: 100, now: () => NOW });
    expect(outcome).toMatchObject({
      status: 'migrated',
      moved: pulses.size + contributions.size,
    });
    const septemberYear = (day: string) =>
      Number(day.slice(5, 7)) >= 9 ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1;
    for (const [name, dates] of [
      ['feedback', pulses],
      ['contributions', contributions],
    ] as const) {
      let copies = 0;
      for (const year of history.knownYears()) {
        const yearDoc = await history.load(year);
        collection(yearDoc, name).forEach((_raw, id) => {
          copies++;
          expect(septemberYear(dates.get(id)!)).toBe(year);
        });
      }
      expect(copies).toBe(dates.size);
      collection(main, name).forEach((raw, id) => {
        expect(isMovedRaw(raw)).toBe(true);
        expect(raw.get(MOVED_KEY)).toBe(septemberYear(dates.get(id)!));
      });
    }
    await flush();
    // Read across the years, each record once: the totals are what they were.
    expect(view.givenAndReceivedOf('p1').given).toEqual(totalBefore);
    const reach = [...pulses.values()].filter((date) => today - dayNumber(date)! < 180);
    expect(reach.length).toBeGreaterThan(0);
    expect(recentPulses(main).length).toBe(reach.length);
    view.dispose();
  }, 60_000);
});

describe('a partner’s feedback and contributions in the years loaded', () => {
  test('go with the partner, are listed under Recently deleted, and come back with it', () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const partnerId = addPartner(history.main, { name: 'Riverside Library' });
    const pulseId = addFeedback(history, pulse(partnerId, '2026-10-01', 4), NOW);
    const grantId = addContribution(history, grant(partnerId, '2025-10-01', 50), NOW);
    const feedback = new FeedbackView(history);
    const value = new ValueView(history.main, history);
    const deletions = new DeletionsView(history.main, { history });
    expect(deletions.recentlyDeleted.value).toEqual([]);

    deletePartner(history.main, partnerId, 'Ana', NOW, history.all());
    expect(feedback.pulsesOf(partnerId)).toEqual([]);
    expect(value.contributionTotals().bySchoolYear).toEqual([]);
    expect(deletions.recentlyDeleted.value.map((r) => [r.collection, r.id]).sort()).toEqual(
      [
        ['contributions', grantId],
        ['feedback', pulseId],
        ['partners', partnerId],
      ].sort(),
    );

    // Restored from Recently deleted: the partner, and what went with it in every loaded year.
    expect(deletions.restore({ collection: 'partners', id: partnerId })).toBe(true);
    expect(feedback.pulsesOf(partnerId).map((p) => p.id)).toEqual([pulseId]);
    expect(value.contributionsOf(partnerId).map((c) => c.id)).toEqual([grantId]);

    // A pulse deleted on its own is restored in its year's doc.
    deleteFeedback(history, pulseId, 'Ana', NOW);
    expect(deletions.recentlyDeleted.value.map((r) => r.id)).toEqual([pulseId]);
    expect(deletions.restore({ collection: 'feedback', id: pulseId })).toBe(true);
    expect(feedback.pulsesOf(partnerId).map((p) => p.id)).toEqual([pulseId]);
    for (const view of [feedback, value, deletions]) view.dispose();
  });

  test('the workspace’s way out (JSON export, backup, CSV) holds every year’s check-ins, feedback and contributions', async () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const partnerId = addPartner(history.main, { name: 'Harbor Rotary' });
    const goalId = addGoal(history.main, { title: 'Volunteers' });
    const ids = {
      checkins: recordCheckin(history, { goalId, date: '2024-10-01', value: 3 }, NOW),
      feedback: addFeedback(history, pulse(partnerId, '2025-10-01', 5), NOW),
      contributions: addContribution(history, grant(partnerId, '2024-12-01', 75), NOW),
    };
    await history.loadAll();
    const docs = history.all();
    const json = JSON.parse(exportWorkspaceJson(history.main, 'W', { logDocs: docs })) as {
      collections: Record<string, { id: string }[]>;
    };
    const backup = createBackup(history.main, 'W', NOW, history.loadedYearDocs());
    for (const [name, id] of Object.entries(ids) as [
      'checkins' | 'feedback' | 'contributions',
      string,
    ][]) {
      expect(collection(history.main, name).size).toBe(0);
      expect(json.collections[name]!.map((r) => r.id)).toEqual([id]);
      expect(Object.keys(backup.records[name] ?? {})).toEqual([id]);
    }
    expect(exportCsv(history.main, 'contributions', docs)).toContain('Harbor Rotary');
  });
});

describe('the panel’s session in a split workspace', () => {
  test('feedback, contributions and partner deletion go through the session’s years, and one Undo takes a pulse and its note back', async () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const session = new WorkspaceSession(history.main, { history });
    const partnerId = addPartner(session.doc, { name: 'Riverside Library' });
    const feedback = feedbackViewOf(session);
    const value = valueViewOf(session);
    expect(feedback.history).toBe(history);
    expect(value.history).toBe(history);

    const pulses = feedbackActions(session, feedback.history, 'Ana');
    pulses.record(pulse(partnerId, '2026-07-10', 3));
    await flush();
    expect(collection(history.main, 'feedback').size).toBe(0);
    expect(feedback.pulsesOf(partnerId).map((p) => p.date)).toEqual(['2026-07-10']);
    expect(recentPulses(history.main)).toHaveLength(1);
    session.undo();
    expect(feedback.pulsesOf(partnerId)).toEqual([]);
    expect(recentPulses(history.main)).toEqual([]);

    valueActions(session, value.history, 'Ana').addContribution(grant(partnerId, '2026-10-01', 40));
    expect(value.contributionsOf(partnerId)).toHaveLength(1);
    partnerActions(session, 'Ana').remove(partnerId);
    expect(value.contributionsOf(partnerId)).toEqual([]);
    session.dispose();
  });
});

describe('the recent-pulse notes are repaired from the years loaded', () => {
  test('a pulse with no note (an earlier version wrote it) is noted; one deleted without the note forgotten', async () => {
    const history = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const lastYear = history.docFor('2026-07-10');
    await history.load(2025);
    const view = new FeedbackView(history, () => NOW);
    const id = crypto.randomUUID();
    transactLocal(lastYear, () =>
      insertRecord(lastYear, 'feedback', id, { ...pulse('p1', '2026-07-10', 2), createdAt: NOW }),
    );
    expect(recentPulses(history.main)).toEqual([]);
    // Repaired on its own a moment after the pulses change, outside Undo.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(recentPulses(history.main).map((p) => p.id)).toEqual([id]);

    // Deleted in the year's doc without its note (an old-layout peer's delete, forwarded).
    collection(lastYear, 'feedback').get(id)!.set('deletedAt', NOW);
    view.repairNotes();
    expect(recentPulses(history.main)).toEqual([]);
    view.dispose();
  });
});
