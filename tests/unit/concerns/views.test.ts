import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { dayNumber } from '../../../lib/model/days';
import { moveConcern, raiseConcern, deleteConcern } from '../../../lib/model/concern';
import { collection } from '../../../lib/model/doc';
import { addFeedback } from '../../../lib/model/feedback';
import { singleDocHistory, type HistoryDocs } from '../../../lib/model/history-docs';
import { ConcernsView } from '../../../lib/state/concerns-view';
import { FeedbackView } from '../../../lib/state/feedback-view';
import { partnerHealthOf } from '../../../lib/state/partner-health';

const concern = (partnerId: string, text: string) => ({
  partnerId,
  text,
  side: 'partner' as const,
  date: '2026-11-01',
});

describe('concerns view', () => {
  test('counts open concerns per partner and follows moves, deletions and peers', () => {
    const doc = new Y.Doc();
    const view = new ConcernsView(doc);
    const a = raiseConcern(doc, concern('p1', 'One'));
    raiseConcern(doc, concern('p1', 'Two'));
    raiseConcern(doc, concern('p2', 'Other partner'));
    expect(view.openConcernCount('p1')).toBe(2);
    moveConcern(doc, a, { to: 'withdrawn', date: '2026-11-02' });
    expect(view.openConcernCount('p1')).toBe(1);
    expect(view.concernsOf('p1').map((c) => c.text)).toEqual(['Two', 'One']);
    deleteConcern(doc, a);
    expect(view.concernsOf('p1').map((c) => c.text)).toEqual(['Two']);
    const peer = new Y.Doc();
    raiseConcern(peer, concern('p1', 'From the partner'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(view.openConcernCount('p1')).toBe(2);
    view.dispose();
  });

  test('a concern a peer moves to another partner leaves the first partner’s list', () => {
    const doc = new Y.Doc();
    const view = new ConcernsView(doc);
    const id = raiseConcern(doc, concern('p1', 'Misfiled'));
    collection(doc, 'concerns').get(id)!.set('partnerId', 'p2');
    expect(view.concernsOf('p1')).toEqual([]);
    expect(view.concernsOf('p2')).toHaveLength(1);
  });
});

describe('feedback view over several history docs', () => {
  test('reads and follows pulses in every doc of the history, and trends them together', () => {
    const years = { '2025': new Y.Doc(), '2026': new Y.Doc() };
    const history: HistoryDocs = {
      main: years['2025'],
      docFor: (day) => years[day.slice(0, 4) as '2025' | '2026'],
      all: () => Object.values(years),
    };
    addFeedback(history, { partnerId: 'p1', date: '2025-12-01', score: 2, channel: 'survey' });
    const view = new FeedbackView(history);
    addFeedback(history, { partnerId: 'p1', date: '2026-02-01', score: 5, channel: 'meeting' });
    addFeedback(history, { partnerId: 'p2', date: '2026-02-02', score: 1, channel: 'meeting' });
    expect(view.pulsesOf('p1').map((p) => p.date)).toEqual(['2025-12-01', '2026-02-01']);
    const trend = view.trendOf('p1', dayNumber('2026-03-15')!);
    expect(trend.direction).toBe('up');
  });
});

describe('a partner’s health from the view models', () => {
  test('reads each signal for that partner and words nothing itself', () => {
    const doc = new Y.Doc();
    const concerns = new ConcernsView(doc);
    const feedback = new FeedbackView(singleDocHistory(doc));
    raiseConcern(doc, concern('p1', 'Open one'));
    const today = dayNumber('2026-11-27')!;
    const health = partnerHealthOf(
      { id: 'p1', cadenceDays: 30 },
      {
        lastContactOf: (id) => (id === 'p1' ? '2026-11-20T10:00' : undefined),
        overdueCommitments: (id) => (id === 'p1' ? 1 : 0),
        openConcernCount: (id) => concerns.openConcernCount(id),
        trendOf: (id, day) => feedback.trendOf(id, day),
      },
      today,
    );
    expect(health).toEqual({
      level: 'at-risk',
      reasons: [
        { code: 'commitmentsOverdue', count: 1 },
        { code: 'openConcerns', count: 1 },
      ],
    });
  });
});
