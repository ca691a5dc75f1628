import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { addGoal, editGoalDescription, goalDescriptionText } from '../../../lib/model/goal';
import { descriptionCarets, peersByGoal } from '../../../lib/state/goal-presence';
import {
  readPeers,
  setLocalFocus,
  setLocalTextCursor,
  setLocalUser,
} from '../../../lib/sync/presence';

/** Two docs and awarenesses; doc updates are delivered only when `sync()` is called. */
function pair() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const a = new Awareness(docA);
  const b = new Awareness(docB);
  a.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
    applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [...added!, ...updated!, ...removed!]), 'x');
  });
  const sync = () => {
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)));
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)));
  };
  setLocalUser(a, { name: 'Ana Alvarez', colour: '#1d6fb8' });
  setLocalUser(b, { name: 'Bea Brown', colour: '#b8431d' });
  return { docA, docB, a, b, sync };
}

describe('goal presence in lib/state', () => {
  test("a peer's caret resolves to the same character after concurrent edits before it", () => {
    const { docA, docB, a, b, sync } = pair();
    const id = addGoal(docA, { title: 'Reading nights', description: 'Hello world' });
    sync();
    setLocalFocus(a, { goalId: id, field: 'description', editing: false });
    // Ana's caret sits before "world" (index 6).
    setLocalTextCursor(a, goalDescriptionText(docA, id)!, 6, 6);
    expect(descriptionCarets(docB, readPeers(b), id)).toEqual([
      { clientId: a.clientID, name: 'Ana Alvarez', colour: '#1d6fb8', anchor: 6, head: 6 },
    ]);

    // Bea inserts at the start and Ana deletes "Hello" concurrently, then they sync.
    editGoalDescription(docB, id, '>> Hello world');
    editGoalDescription(docA, id, ' world');
    sync();
    expect(goalDescriptionText(docB, id)!.toString()).toBe('>>  world');
    // Still just before "world", though nobody re-sent the caret.
    const [caret] = descriptionCarets(docB, readPeers(b), id);
    expect(caret!.head).toBe('>>  '.length);
    expect(goalDescriptionText(docB, id)!.toString().slice(caret!.head)).toBe('world');
  });

  test('a selection keeps anchor and head; carets of other goals or viewers are left out', () => {
    const { docA, docB, a, b, sync } = pair();
    const id = addGoal(docA, { title: 'One', description: 'abcdef' });
    const other = addGoal(docA, { title: 'Two', description: 'xyz' });
    sync();
    setLocalFocus(a, { goalId: id, field: 'description' });
    setLocalTextCursor(a, goalDescriptionText(docA, id)!, 5, 2); // selected backwards
    const [caret] = descriptionCarets(docB, readPeers(b), id);
    expect([caret!.anchor, caret!.head]).toEqual([5, 2]);
    expect(descriptionCarets(docB, readPeers(b), other)).toEqual([]);
    // Only viewing: no caret, but listed on the goal as viewing.
    setLocalFocus(a, { goalId: id, field: 'description', editing: false });
    expect(descriptionCarets(docB, readPeers(b), id)).toEqual([]);
    expect(peersByGoal(readPeers(b)).get(id)).toEqual([
      { clientId: a.clientID, name: 'Ana Alvarez', colour: '#1d6fb8', editing: false },
    ]);
    // Yourself never shows up.
    expect(peersByGoal(readPeers(a)).get(id)).toBeUndefined();
  });

  test('a caret past the end (text shortened before the update) is clamped into the text', () => {
    const { docA, docB, a, b, sync } = pair();
    const id = addGoal(docA, { title: 'One', description: 'abcdef' });
    sync();
    setLocalFocus(a, { goalId: id, field: 'description' });
    setLocalTextCursor(a, goalDescriptionText(docA, id)!, 6, 6);
    editGoalDescription(docB, id, 'ab');
    const [caret] = descriptionCarets(docB, readPeers(b), id);
    expect(caret!.head).toBeLessThanOrEqual(2);
    expect(caret!.head).toBeGreaterThanOrEqual(0);
  });
});
