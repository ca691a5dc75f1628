import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { getConcern } from '../../../lib/model/concern';
import { collection } from '../../../lib/model/doc';
import { getFeedback } from '../../../lib/model/feedback';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { createUndoManager } from '../../../lib/model/undo';
import { concernActions } from '../../../lib/state/concern-actions';
import { feedbackActions } from '../../../lib/state/feedback-actions';

function session() {
  const doc = new Y.Doc();
  const undoManager = createUndoManager(doc);
  return {
    doc,
    act: <T>(action: () => T) => {
      undoManager.stopCapturing();
      return action();
    },
    undo: () => undoManager.undo(),
  };
}

describe('concern and feedback actions are one undo step each', () => {
  test('Undo takes back the last concern step only, then the raise', () => {
    const s = session();
    const actions = concernActions(s, ' Ana ');
    const id = actions.raise({
      partnerId: 'p1',
      text: 'Noise',
      side: 'partner',
      date: '2026-11-01',
    });
    actions.move(id, { to: 'in-dialogue', date: '2026-11-02' });
    actions.move(id, { to: 'resolved', date: '2026-11-03' }, { rootCause: 'a', whatWeChange: 'b' });
    expect(getConcern(s.doc, id)?.steps.map((step) => step.by)).toEqual(['Ana', 'Ana']);
    actions.undo();
    expect(getConcern(s.doc, id)?.status).toBe('in-dialogue');
    expect(collection(s.doc, 'lessons').size).toBe(0);
    actions.undo();
    expect(getConcern(s.doc, id)?.status).toBe('raised');
    actions.undo();
    expect(getConcern(s.doc, id)).toBeNull();
  });

  test('Undo takes back a recorded pulse, and a deletion', () => {
    const s = session();
    const actions = feedbackActions(s, singleDocHistory(s.doc), 'Ana');
    const history = singleDocHistory(s.doc);
    const id = actions.record({ partnerId: 'p1', date: '2026-11-01', score: 4, channel: 'survey' });
    expect(getFeedback(history, id)?.createdBy).toBe('Ana');
    actions.remove(id);
    expect(getFeedback(history, id)).toBeNull();
    actions.undo();
    expect(getFeedback(history, id)).not.toBeNull();
    actions.undo();
    expect(collection(s.doc, 'feedback').size).toBe(0);
  });
});
