import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addContribution,
  deleteContribution,
  restoreContribution,
  updateContribution,
} from '../../../lib/model/contribution';
import { totalsBySchoolYear } from '../../../lib/model/contribution-totals';
import { collection, transactLocal } from '../../../lib/model/doc';
import type { HistoryDocs } from '../../../lib/model/history-docs';
import { insertLesson } from '../../../lib/model/lesson';
import { insertRecord } from '../../../lib/model/records';
import { writeSchoolYearStart } from '../../../lib/model/school-year';
import { addStory } from '../../../lib/model/story';
import { ValueView } from '../../../lib/state/value-view';

/** A workspace doc plus two history docs split by calendar year, as a per-year split would be. */
function twoYearWorkspace() {
  const doc = new Y.Doc();
  const years = { '2025': new Y.Doc(), '2026': new Y.Doc() };
  const history: HistoryDocs = {
    main: doc,
    docFor: (day) => years[day.slice(0, 4) as '2025' | '2026'],
    all: () => Object.values(years),
  };
  return { doc, years, history, view: new ValueView(doc, history) };
}

const grant = (partnerId: string, date: string, amount: number, currency = 'USD') => ({
  partnerId,
  direction: 'from-partner' as const,
  kind: 'grant' as const,
  amount,
  currency,
  date,
});

describe('the value view over two history docs', () => {
  test('reads contributions from every doc in all(), per partner and in totals', () => {
    const { history, view } = twoYearWorkspace();
    addContribution(history, grant('a', '2025-10-01', 100));
    addContribution(history, grant('a', '2026-10-01', 50, 'EUR'));
    addContribution(history, { ...grant('b', '2026-02-01', 0), amount: undefined, hours: 12 });
    expect(view.contributionsOf('a').map((c) => c.date)).toEqual(['2026-10-01', '2025-10-01']);
    expect(view.givenAndReceivedOf('a').given.money).toEqual([
      { currency: 'EUR', amount: 50 },
      { currency: 'USD', amount: 100 },
    ]);
    const totals = view.contributionTotals();
    expect(totals.bySchoolYear.map((year) => [year.year, year.given.count])).toEqual([
      [2026, 1],
      [2025, 2],
    ]);
    expect(view.givenAndReceivedOf('b').given.hours).toBe(12);
  });

  test('follows changes: a new record, an edit that moves it to the other doc, a deletion', () => {
    const { history, years, view } = twoYearWorkspace();
    const id = addContribution(history, grant('a', '2025-10-01', 100));
    expect(view.contributionTotals().bySchoolYear[0]?.year).toBe(2025);
    updateContribution(history, id, { ...grant('a', '2026-10-01', 70) });
    expect(collection(years['2026'], 'contributions').has(id)).toBe(true);
    expect(view.contributionsOf('a')).toMatchObject([{ id, amount: 70, date: '2026-10-01' }]);
    expect(view.contributionTotals().bySchoolYear.map((year) => year.year)).toEqual([2026]);
  });

  test('running totals after adds, edits, deletions and restores equal a fresh sum of what is left', () => {
    const { history, view } = twoYearWorkspace();
    // Read first, so every change below goes through the running totals, not a fresh sum.
    expect(view.contributionTotals().bySchoolYear).toEqual([]);
    const ids: string[] = [];
    const currencies = ['USD', 'EUR', 'JPY'];
    for (let i = 0; i < 60; i++) {
      const date = `${2025 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
      ids.push(
        addContribution(history, {
          ...grant(`p${i % 5}`, date, 0.1 * (i + 1), currencies[i % 3]),
          hours: i % 4 ? undefined : 1.25,
        }),
      );
    }
    for (let i = 0; i < 60; i += 7) deleteContribution(history, ids[i]!);
    for (let i = 0; i < 60; i += 14) restoreContribution(history, ids[i]!);
    for (let i = 3; i < 60; i += 9)
      updateContribution(history, ids[i]!, grant('p1', '2026-09-01', 2.5));
    const fresh = totalsBySchoolYear([...view.contributions.live()]);
    expect(view.contributionTotals().bySchoolYear).toEqual(fresh);
  });

  test('the school year start is read from the meta map and totals follow it', () => {
    const { doc, history, view } = twoYearWorkspace();
    addContribution(history, grant('a', '2026-08-15', 10));
    expect(view.contributionTotals().bySchoolYear[0]?.year).toBe(2025);
    transactLocal(doc, () => writeSchoolYearStart(doc, 8));
    expect(view.schoolYearStart.value).toBe(8);
    expect(view.contributionTotals().bySchoolYear[0]?.year).toBe(2026);
  });

  test('windows: contributions and engaged partners between two days, both included', () => {
    const { history, view } = twoYearWorkspace();
    addContribution(history, grant('a', '2026-01-31', 1));
    addContribution(history, grant('b', '2026-02-01', 1));
    addContribution(history, grant('c', '2026-03-01', 1));
    expect(view.contributionsBetween('2026-02-01', '2026-03-01').map((c) => c.partnerId)).toEqual([
      'c',
      'b',
    ]);
    expect([...view.engagedPartnerIds('2026-02-01')].sort()).toEqual(['b', 'c']);
    expect([...view.engagedPartnerIds('2026-01-01', '2026-01-31')]).toEqual(['a']);
  });

  test('a partner page reads its own contributions without the workspace totals being built', () => {
    const { history, view } = twoYearWorkspace();
    addContribution(history, grant('a', '2025-10-01', 100));
    expect(view.givenAndReceivedOf('a').given.money).toEqual([{ currency: 'USD', amount: 100 }]);
    addContribution(history, grant('a', '2026-10-01', 5));
    expect(view.givenAndReceivedOf('a').given.money).toEqual([{ currency: 'USD', amount: 105 }]);
    // Built late, the totals still count what came before.
    expect(view.contributionTotals().bySchoolYear.map((year) => year.given.count)).toEqual([1, 1]);
  });

  test('a peer’s invalid contribution is left out of totals, not counted as zero or crashed on', () => {
    const { years, view } = twoYearWorkspace();
    insertRecord(years['2026'], 'contributions', 'bad', { partnerId: 'a', date: 'soon' });
    expect(view.contributionTotals().bySchoolYear).toEqual([]);
  });
});

describe('stories and lessons in the value view', () => {
  test('recent stories, stories between two days, per partner, and search', () => {
    const { doc, view } = twoYearWorkspace();
    addStory(doc, { title: 'Old', date: '2025-05-01', partnerIds: ['a'] }, 1);
    addStory(doc, { title: 'Reading buddies', date: '2026-05-01', partnerIds: ['a', 'b'] }, 2);
    addStory(doc, { title: 'Undated', thanks: ['Zoë'] }, 3);
    expect(view.recentStories(2).map((s) => s.title)).toEqual(['Reading buddies', 'Old']);
    expect(view.storiesBetween('2026-01-01', '2026-12-31').map((s) => s.title)).toEqual([
      'Reading buddies',
    ]);
    expect(view.storiesOf('b').map((s) => s.title)).toEqual(['Reading buddies']);
    expect(view.searchStories('zoe').map((s) => s.title)).toEqual(['Undated']);
  });

  test('a resolved concern’s lesson is in all lessons but not in the partner’s own lessons', () => {
    const { doc, view } = twoYearWorkspace();
    transactLocal(doc, () => {
      insertLesson(doc, { title: 'From a concern', partnerIds: ['a'], concernId: 'c1' }, 1);
      insertLesson(doc, { title: 'Written as a lesson', partnerIds: ['a'] }, 2);
    });
    expect(view.allLessons.value.map((l) => l.title).sort()).toEqual([
      'From a concern',
      'Written as a lesson',
    ]);
    expect(view.ownLessonsOf('a').map((l) => l.title)).toEqual(['Written as a lesson']);
    expect(view.searchLessons('concern').map((l) => l.title)).toEqual(['From a concern']);
  });
});
