import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import {
  cursorRange,
  readPeers,
  setLocalFocus,
  setLocalTextCursor,
  setLocalUser,
} from '../../../lib/sync/presence';

function pair() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const a = new Awareness(docA);
  const b = new Awareness(docB);
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'remote');
    });
  relay(a, b);
  relay(b, a);
  return { docA, docB, a, b };
}

describe('presence', () => {
  test('names, colours and goal focus reach the other peer', () => {
    const { a, b } = pair();
    setLocalUser(a, { name: '  Ana  ', colour: '#1d6fb8' });
    setLocalUser(b, { name: 'Ben', colour: '#b8431d' });
    setLocalFocus(a, { goalId: 'g1', field: 'title', editing: true });
    const seenByB = readPeers(b);
    expect(seenByB.map((p) => [p.user.name, p.self])).toEqual([
      ['Ben', true],
      ['Ana', false],
    ]);
    expect(seenByB[1]!.focus).toEqual({ goalId: 'g1', field: 'title', editing: true });
    setLocalFocus(a, null);
    expect(readPeers(b)[1]!.focus).toBeNull();
  });

  test('states without a user (the offscreen document) are not people; junk is cleaned', () => {
    const { a, b } = pair();
    a.setLocalState(null);
    b.setLocalState({ user: { name: 'x'.repeat(500), colour: 'red' }, focus: { goalId: 7 } });
    const peers = readPeers(b);
    expect(peers).toHaveLength(1);
    expect(peers[0]!.user.name).toHaveLength(80);
    expect(peers[0]!.user.colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(peers[0]!.focus).toBeNull();
  });

  test('text cursors are relative positions that follow concurrent edits', () => {
    const { docA, docB, a, b } = pair();
    const text = docA.getText('t');
    text.insert(0, 'Pair readers weekly.');
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    setLocalUser(a, { name: 'Ana', colour: '#1d6fb8' });
    setLocalFocus(a, { goalId: 'g1', field: 'description', editing: true });
    setLocalTextCursor(a, text, 5, 12); // "readers"
    // B inserts before the selection; A's highlight must still cover "readers" on B.
    docB.getText('t').insert(0, 'Grade 2: ');
    const peer = readPeers(b).find((p) => !p.self)!;
    const range = cursorRange(docB, peer)!;
    expect(docB.getText('t').toString().slice(range.anchor, range.head)).toBe('readers');
  });
});
