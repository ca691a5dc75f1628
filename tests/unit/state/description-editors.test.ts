import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { addGoal, editGoalDescription, goalDescriptionText } from '../../../lib/model/goal';
import { DescriptionEditors, type DescriptionPresence } from '../../../lib/state/goals-description';
import {
  readPeers,
  setLocalFocus,
  setLocalTextCursor,
  setLocalUser,
  type PresencePeer,
} from '../../../lib/sync/presence';
import { syncAll } from '../../helpers/yjs';

function presence(peers: PresencePeer[] = []) {
  return {
    peers: { value: peers },
    setLocalTextCursor: vi.fn<DescriptionPresence['setLocalTextCursor']>(),
    setLocalFocus: vi.fn<DescriptionPresence['setLocalFocus']>(),
  };
}

describe('description editors', () => {
  test("an editor shows the description and a peer's edits, and writes its own", () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    const id = addGoal(mine, { title: 'Reading nights', description: 'abc' });
    syncAll(mine, theirs);
    const editors = new DescriptionEditors(mine);
    const sync = presence();
    expect(editors.editor(id, sync).value).toBe('abc');
    editors.editor(id, sync).edit('abcd');
    editGoalDescription(theirs, id, 'Xabc');
    syncAll(mine, theirs);
    expect(editors.editor(id, sync).value).toBe('Xabcd');
    expect(goalDescriptionText(theirs, id)!.toString()).toBe('Xabcd');
    editors.dispose();
  });

  test('a caret in the field is shared as a text cursor; leaving it shares focus only', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { title: 'G', description: 'hello' });
    const editors = new DescriptionEditors(doc);
    const sync = presence();
    const editor = editors.editor(id, sync);
    editor.onCaret({ anchor: 1, head: 3 });
    expect(sync.setLocalTextCursor).toHaveBeenCalledWith(goalDescriptionText(doc, id), 1, 3);
    editor.onCaret(null);
    expect(sync.setLocalFocus).toHaveBeenCalledWith({
      goalId: id,
      field: 'description',
      editing: false,
    });
    editors.dispose();
  });

  test('peers editing the description show as carets, yourself left out', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { title: 'G', description: 'hello' });
    const ana = new Awareness(doc);
    const bea = new Awareness(new Y.Doc());
    bea.on('update', ({ added, updated }: Record<string, number[]>) => {
      applyAwarenessUpdate(ana, encodeAwarenessUpdate(bea, [...added!, ...updated!]), 'x');
    });
    setLocalUser(ana, { name: 'Ana Alvarez', colour: '#1d6fb8' });
    setLocalUser(bea, { name: 'Bea Brown', colour: '#b8431d' });
    for (const awareness of [ana, bea]) {
      setLocalFocus(awareness, { goalId: id, field: 'description', editing: false });
      setLocalTextCursor(awareness, goalDescriptionText(doc, id)!, 2, 4);
    }
    const editors = new DescriptionEditors(doc);
    const carets = editors.editor(id, presence(readPeers(ana))).carets;
    expect(carets).toEqual([
      { clientId: bea.clientID, name: 'Bea Brown', colour: '#b8431d', anchor: 2, head: 4 },
    ]);
    editors.dispose();
  });
});
