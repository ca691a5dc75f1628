import { effect } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addPartner, getPartner, listPartners, updatePartner } from '../../../lib/model/partner';
import { addPerson, getPerson } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { renameWorkspace, workspaceName } from '../../../lib/model/workspace';
import { WorkspaceSession } from '../../../lib/state/workspace-session';

/** Sends what `from` has and `to` lacks, as a network provider would (its own origin). */
function deliver(from: Y.Doc, to: Y.Doc, origin: unknown = 'webrtc-provider') {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin);
}

function names(doc: Y.Doc): string[] {
  return listPartners(doc)
    .items.map((p) => p.name)
    .sort();
}

describe('undo manager', () => {
  test('undoes a local edit', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const id = addPartner(doc, { name: 'Mine' });
    undo.stopCapturing();
    updatePartner(doc, id, { name: 'Mine, renamed' });
    undo.undo();
    expect(getPartner(doc, id)?.name).toBe('Mine');
    undo.undo();
    expect(getPartner(doc, id)).toBeNull();
  });

  test('a peer’s edit applied with Y.applyUpdate is never undone', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const undo = createUndoManager(mine);

    addPartner(theirs, { name: 'Theirs' });
    deliver(theirs, mine);
    expect(undo.canUndo()).toBe(false);

    addPartner(mine, { name: 'Mine' });
    undo.stopCapturing();
    // An update with no origin at all is not ours either.
    addPartner(theirs, { name: 'Theirs too' });
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine)));

    undo.undo();
    expect(names(mine)).toEqual(['Theirs', 'Theirs too']);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(names(mine)).toEqual(['Theirs', 'Theirs too']);
  });

  test('undoing my edit of a field a peer changed afterwards keeps the peer’s value', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = addPartner(theirs, { name: 'Start', tags: ['a'] });
    deliver(theirs, mine);
    const undo = createUndoManager(mine);

    updatePartner(mine, id, { name: 'My name', description: 'My words' });
    deliver(mine, theirs);
    updatePartner(theirs, id, { name: 'Their name' });
    deliver(theirs, mine);

    undo.undo();
    const partner = getPartner(mine, id)!;
    expect(partner.name).toBe('Their name');
    expect(partner.description).toBeUndefined();
    expect(partner.tags).toEqual(['a']);
  });

  test('undoing my edit of one field leaves a peer’s concurrent edit of another', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = addPartner(theirs, { name: 'Start' });
    deliver(theirs, mine);
    const undo = createUndoManager(mine);

    updatePartner(mine, id, { website: 'https://mine.example/' });
    updatePartner(theirs, id, { description: 'Theirs' });
    deliver(theirs, mine);
    deliver(mine, theirs);

    undo.undo();
    deliver(mine, theirs);
    for (const doc of [mine, theirs]) {
      const partner = getPartner(doc, id)!;
      expect(partner.website).toBeUndefined();
      expect(partner.description).toBe('Theirs');
    }
  });

  test('redo re-applies what undo reverted, and reaches peers', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const undo = createUndoManager(mine);
    const id = addPartner(mine, { name: 'A' });
    undo.stopCapturing();
    const person = addPerson(mine, { name: 'Ada', partnerId: id });
    undo.undo();
    expect(getPerson(mine, person)).toBeNull();
    undo.redo();
    expect(getPerson(mine, person)?.name).toBe('Ada');
    deliver(mine, theirs);
    expect(getPerson(theirs, person)?.partnerId).toBe(id);
    expect(undo.canRedo()).toBe(false);
  });

  test('renaming the workspace is one undoable step', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    renameWorkspace(doc, 'First');
    undo.stopCapturing();
    const id = addPartner(doc, { name: 'A' });
    undo.stopCapturing();
    renameWorkspace(doc, 'Second');
    undo.undo();
    expect(workspaceName(doc)).toBe('First');
    expect(getPartner(doc, id)).not.toBeNull();
    undo.redo();
    expect(workspaceName(doc)).toBe('Second');
  });
});

describe('WorkspaceSession undo state', () => {
  test('canUndo and canRedo follow the stacks', () => {
    const doc = new Y.Doc();
    const session = new WorkspaceSession(doc);
    const seen: [boolean, boolean][] = [];
    const stop = effect(() => {
      seen.push([session.canUndo.value, session.canRedo.value]);
    });
    expect([session.canUndo.value, session.canRedo.value]).toEqual([false, false]);

    const id = session.act(() => addPartner(doc, { name: 'A' }));
    expect([session.canUndo.value, session.canRedo.value]).toEqual([true, false]);

    session.undo();
    expect(getPartner(doc, id)).toBeNull();
    expect([session.canUndo.value, session.canRedo.value]).toEqual([false, true]);

    session.redo();
    expect(getPartner(doc, id)).not.toBeNull();
    expect([session.canUndo.value, session.canRedo.value]).toEqual([true, false]);

    session.undo();
    expect(session.canRedo.value).toBe(true);
    // A new edit clears the redo stack.
    session.act(() => addPartner(doc, { name: 'B' }));
    expect([session.canUndo.value, session.canRedo.value]).toEqual([true, false]);

    session.undoManager.clear();
    expect([session.canUndo.value, session.canRedo.value]).toEqual([false, false]);
    stop();
    expect(seen[0]).toEqual([false, false]);
    expect(seen.length).toBeGreaterThan(4);
    session.dispose();
  });

  test('a peer’s edit does not make Undo available', () => {
    const doc = new Y.Doc();
    const peer = new Y.Doc();
    const session = new WorkspaceSession(doc);
    addPartner(peer, { name: 'Theirs' });
    deliver(peer, doc);
    expect(session.partners.size).toBe(1);
    expect(session.canUndo.value).toBe(false);
    session.undo();
    expect(session.partners.size).toBe(1);
    session.dispose();
  });

  test('act() makes each action its own undo step even in quick succession', () => {
    const doc = new Y.Doc();
    const session = new WorkspaceSession(doc);
    const a = session.act(() => addPartner(doc, { name: 'A' }));
    const b = session.act(() => addPartner(doc, { name: 'B' }));
    session.act(() => updatePartner(doc, a, { name: 'A2' }));
    session.undo();
    expect(getPartner(doc, a)?.name).toBe('A');
    expect(getPartner(doc, b)).not.toBeNull();
    session.undo();
    expect(getPartner(doc, b)).toBeNull();
    expect(getPartner(doc, a)).not.toBeNull();
    session.dispose();
  });

  test('after dispose the session no longer follows the doc', () => {
    const doc = new Y.Doc();
    const session = new WorkspaceSession(doc);
    session.dispose();
    addPartner(doc, { name: 'Later' });
    expect(session.partners.size).toBe(0);
    expect(session.canUndo.value).toBe(false);
  });
});
