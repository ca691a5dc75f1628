import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import {
  addFeedback,
  deleteFeedback,
  getFeedback,
  restoreFeedback,
} from '../../../lib/model/feedback';
import { singleDocHistory, type HistoryDocs } from '../../../lib/model/history-docs';
import { addPartner, deletePartner, restorePartner } from '../../../lib/model/partner';
import { inspectStored } from '../../../lib/model/quarantine';

const pulse = (partnerId: string, date = '2026-11-02') => ({
  partnerId,
  date,
  score: 4,
  comment: ' Great start ',
  channel: 'survey' as const,
  from: 'Parents’ council',
});

describe('feedback pulses', () => {
  test('a pulse is written and read back through the history docs', () => {
    const doc = new Y.Doc();
    const history = singleDocHistory(doc);
    const id = addFeedback(history, pulse('p1'));
    expect(getFeedback(history, id)).toMatchObject({
      score: 4,
      comment: 'Great start',
      channel: 'survey',
    });
  });

  test('each pulse goes to the doc its day belongs to, and is found there again', () => {
    const years = { '2025': new Y.Doc(), '2026': new Y.Doc() };
    const history: HistoryDocs = {
      main: years['2025'],
      docFor: (day) => years[day.slice(0, 4) as '2025' | '2026'],
      all: () => Object.values(years),
    };
    const old = addFeedback(history, pulse('p1', '2025-05-01'));
    const recent = addFeedback(history, pulse('p1', '2026-05-01'));
    expect(collection(years['2025'], 'feedback').has(old)).toBe(true);
    expect(collection(years['2026'], 'feedback').has(recent)).toBe(true);
    deleteFeedback(history, old, 'Ana');
    expect(getFeedback(history, old)).toBeNull();
    restoreFeedback(history, old);
    expect(getFeedback(history, old)?.date).toBe('2025-05-01');
  });

  test('a score outside 1–5 or not whole is refused on write and quarantined on read', () => {
    const doc = new Y.Doc();
    const history = singleDocHistory(doc);
    expect(() => addFeedback(history, { ...pulse('p1'), score: 6 })).toThrow(/1 to 5/);
    expect(() => addFeedback(history, { ...pulse('p1'), score: 3.5 })).toThrow(/1 to 5/);
    const id = addFeedback(history, pulse('p1'));
    collection(doc, 'feedback').get(id)!.set('score', 3.5);
    expect(inspectStored(doc, 'feedback', id)?.reason).toEqual({
      code: 'invalidField',
      values: { field: 'score' },
    });
  });

  test('deleting a partner takes its feedback along; restoring brings it back', () => {
    const doc = new Y.Doc();
    const history = singleDocHistory(doc);
    const partnerId = addPartner(doc, { name: 'Riverside Library' });
    const id = addFeedback(history, pulse(partnerId));
    deletePartner(doc, partnerId);
    expect(getFeedback(history, id)).toBeNull();
    restorePartner(doc, partnerId);
    expect(getFeedback(history, id)).not.toBeNull();
  });
});
