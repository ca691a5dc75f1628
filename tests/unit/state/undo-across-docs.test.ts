import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { markYearLayout } from '../../../lib/model/history-years';
import { addLogEntry, getLogEntry } from '../../../lib/model/log-entry';
import { addPartner, getPartner, updatePartner } from '../../../lib/model/partner';
import { UndoAcrossDocs } from '../../../lib/state/undo-across-docs';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { HISTORY_ORIGIN, memoryYears, YearHistory } from '../../../lib/state/year-history';
import { REMOTE_ORIGIN, syncAll } from '../../helpers/yjs';

function twoDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const undo = new UndoAcrossDocs();
  undo.track(a);
  undo.track(b);
  return { a, b, undo };
}

const name = (doc: Y.Doc, id: string) => getPartner(doc, id)?.name ?? null;

describe('UndoAcrossDocs', () => {
  test('actions on A, then B, then A are undone newest first and redone oldest first', () => {
    const { a, b, undo } = twoDocs();
    const first = undo.act(() => addPartner(a, { name: 'A1' }));
    const second = undo.act(() => addPartner(b, { name: 'B1' }));
    undo.act(() => updatePartner(a, first, { name: 'A1 renamed' }));
    expect(undo.canUndo.value).toBe(true);

    undo.undo();
    expect([name(a, first), name(b, second)]).toEqual(['A1', 'B1']);
    undo.undo();
    expect([name(a, first), name(b, second)]).toEqual(['A1', null]);
    undo.undo();
    expect([name(a, first), name(b, second)]).toEqual([null, null]);
    expect([undo.canUndo.value, undo.canRedo.value]).toEqual([false, true]);
    expect(undo.undo()).toBe(false);

    undo.redo();
    expect([name(a, first), name(b, second)]).toEqual(['A1', null]);
    undo.redo();
    expect([name(a, first), name(b, second)]).toEqual(['A1', 'B1']);
    undo.redo();
    expect([name(a, first), name(b, second)]).toEqual(['A1 renamed', 'B1']);
    expect([undo.canUndo.value, undo.canRedo.value]).toEqual([true, false]);
    // And the replayed steps can be undone again in the same order.
    undo.undo();
    undo.undo();
    expect([name(a, first), name(b, second)]).toEqual(['A1', null]);
  });

  test('one action that writes both docs is one Undo and one Redo', () => {
    const { a, b, undo } = twoDocs();
    const before = undo.act(() => addPartner(a, { name: 'Before' }));
    const [inA, inB] = undo.act(() => [
      addPartner(a, { name: 'Both A' }),
      addPartner(b, { name: 'Both B' }),
    ]);
    undo.undo();
    expect([name(a, inA!), name(b, inB!), name(a, before)]).toEqual([null, null, 'Before']);
    undo.redo();
    expect([name(a, inA!), name(b, inB!)]).toEqual(['Both A', 'Both B']);
    undo.undo();
    undo.undo();
    expect(name(a, before)).toBeNull();
    expect(undo.canUndo.value).toBe(false);
  });

  test('a fresh edit after Undo clears Redo in every doc', () => {
    const { a, b, undo } = twoDocs();
    const inA = undo.act(() => addPartner(a, { name: 'A' }));
    const inB = undo.act(() => addPartner(b, { name: 'B' }));
    undo.undo();
    undo.undo();
    expect(undo.canRedo.value).toBe(true);
    const fresh = undo.act(() => addPartner(a, { name: 'Fresh' }));
    expect([undo.canUndo.value, undo.canRedo.value]).toEqual([true, false]);
    expect(undo.redo()).toBe(false);
    expect([name(a, inA), name(b, inB), name(a, fresh)]).toEqual([null, null, 'Fresh']);
    // B's own redo stack is emptied too, not left behind the shared order.
    expect(undo.track(b).canRedo()).toBe(false);
  });

  test('a peer’s edit never becomes undoable, and Undo leaves it alone', () => {
    const { a, b, undo } = twoDocs();
    const peer = new Y.Doc();
    addPartner(peer, { name: 'Theirs' });
    syncAll(peer, b);
    expect(undo.canUndo.value).toBe(false);

    const mine = undo.act(() => addPartner(a, { name: 'Mine' }));
    const theirs = addPartner(peer, { name: 'Theirs later' });
    syncAll(peer, b);
    undo.undo();
    expect(name(a, mine)).toBeNull();
    expect(name(b, theirs)).toBe('Theirs later');
    expect(undo.canUndo.value).toBe(false);
  });

  test('edits outside act are steps of their own, in order across docs', () => {
    const { a, b, undo } = twoDocs();
    // Well within captureTimeout: only the switch between docs separates the steps.
    const typedA = addPartner(a, { name: 'Typed in A' });
    const typedB = addPartner(b, { name: 'Typed in B' });
    updatePartner(a, typedA, { name: 'Typed in A, more' });
    undo.undo();
    expect([name(a, typedA), name(b, typedB)]).toEqual(['Typed in A', 'Typed in B']);
    undo.undo();
    expect([name(a, typedA), name(b, typedB)]).toEqual(['Typed in A', null]);
    undo.undo();
    expect(name(a, typedA)).toBeNull();
  });

  test('typing that merges within captureTimeout stays one step', () => {
    const { a, undo } = twoDocs();
    const id = addPartner(a, { name: 'T' });
    updatePartner(a, id, { name: 'Ty' });
    updatePartner(a, id, { name: 'Typ' });
    undo.undo();
    expect(name(a, id)).toBeNull();
    expect(undo.canUndo.value).toBe(false);
  });

  test('a step a peer already took back is skipped, not an older step of the same doc', () => {
    const { a, b, undo } = twoDocs();
    const peer = new Y.Doc();
    const oldest = undo.act(() => addPartner(a, { name: 'Oldest' }));
    const middle = undo.act(() => addPartner(b, { name: 'Middle' }));
    const newest = undo.act(() => addPartner(a, { name: 'Newest' }));
    syncAll(a, peer);
    peer.transact(() => collection(peer, 'partners').delete(newest), REMOTE_ORIGIN);
    syncAll(peer, a);
    expect(name(a, newest)).toBeNull();

    // The newest step changes nothing any more; the next one in the shared order is B's.
    undo.undo();
    expect([name(a, oldest), name(b, middle)]).toEqual(['Oldest', null]);
    undo.undo();
    expect(name(a, oldest)).toBeNull();
  });

  test('a doc tracked later joins the same order', () => {
    const { a, undo } = twoDocs();
    const first = undo.act(() => addPartner(a, { name: 'First' }));
    const c = new Y.Doc();
    undo.track(c);
    const inC = undo.act(() => addPartner(c, { name: 'In C' }));
    const last = undo.act(() => addPartner(a, { name: 'Last' }));
    undo.undo();
    expect([name(a, last), name(c, inC), name(a, first)]).toEqual([null, 'In C', 'First']);
    undo.undo();
    expect([name(c, inC), name(a, first)]).toEqual([null, 'First']);
  });

  test('a doc’s stack cleared or its doc destroyed drops its steps from the order', () => {
    const { a, b, undo } = twoDocs();
    undo.act(() => addPartner(a, { name: 'A' }));
    undo.track(a).clear();
    expect(undo.canUndo.value).toBe(false);
    const inB = undo.act(() => addPartner(b, { name: 'B' }));
    b.destroy();
    expect(undo.canUndo.value).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(name(b, inB)).toBe('B');
  });

  test('dispose destroys every manager', () => {
    const { a, b, undo } = twoDocs();
    const managers = [undo.track(a), undo.track(b)];
    const destroyed = managers.map((manager) => vi.spyOn(manager, 'destroy'));
    undo.act(() => addPartner(a, { name: 'A' }));
    undo.dispose();
    for (const spy of destroyed) expect(spy).toHaveBeenCalledOnce();
    expect(undo.canUndo.value).toBe(false);
    addPartner(b, { name: 'Later' });
    expect(undo.canUndo.value).toBe(false);
  });
});

describe('WorkspaceSession undo across year docs', () => {
  function splitSession() {
    const doc = new Y.Doc();
    doc.transact(() => markYearLayout(doc), HISTORY_ORIGIN);
    const history = new YearHistory(doc, memoryYears, () => '2026-11-27');
    return { doc, session: new WorkspaceSession(doc, { history }) };
  }

  test('a log entry written to a year doc is undone in the same order as workspace edits', () => {
    const { doc, session } = splitSession();
    const partner = session.act(() => addPartner(doc, { name: 'School' }));
    const yearDoc = session.history.docFor('2026-11-02');
    expect(yearDoc).not.toBe(doc);
    const entry = session.act(
      () => addLogEntry(yearDoc, { kind: 'call', date: '2026-11-02', title: 'Call' }).id,
    );
    session.act(() => updatePartner(doc, partner, { name: 'School, renamed' }));

    session.undo();
    expect(name(doc, partner)).toBe('School');
    expect(getLogEntry(yearDoc, entry)).not.toBeNull();
    session.undo();
    expect(getLogEntry(yearDoc, entry)).toBeNull();
    expect(name(doc, partner)).toBe('School');
    session.redo();
    expect(getLogEntry(yearDoc, entry)?.title).toBe('Call');
    expect([session.canUndo.value, session.canRedo.value]).toEqual([true, true]);
    session.dispose();
  });

  test('one action that adds a year doc and writes it is one step with the workspace edit', () => {
    const { doc, session } = splitSession();
    const { partner, yearDoc, entry } = session.act(() => {
      const yearDoc = session.history.docFor('2025-10-01');
      return {
        partner: addPartner(doc, { name: 'Partner' }),
        yearDoc,
        entry: addLogEntry(yearDoc, { kind: 'note', date: '2025-10-01', title: 'Note' }).id,
      };
    });
    session.undo();
    expect(name(doc, partner)).toBeNull();
    expect(getLogEntry(yearDoc, entry)).toBeNull();
    expect(session.canUndo.value).toBe(false);
    session.dispose();
  });
});
