import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { encodeAsUnguardedPeer } from '../../../lib/model/yjs-depth-guards';
import { collection } from '../../../lib/model/doc';
import { addPartner } from '../../../lib/model/partner';
import { applyRemoteUpdate, MAX_VALUE_DEPTH } from '../../../lib/model/remote-update';

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function peerUpdate(write: (peer: Y.Doc) => void): Uint8Array {
  const peer = new Y.Doc();
  write(peer);
  // A hostile peer runs a build without this one's encoding guard.
  return encodeAsUnguardedPeer(() => Y.encodeStateAsUpdate(peer));
}

describe('applyRemoteUpdate', () => {
  test('applies a valid update', () => {
    const doc = new Y.Doc();
    const update = peerUpdate((peer) => void addPartner(peer, { name: 'Riverside' }));
    expect(applyRemoteUpdate(doc, update, 'remote')).toEqual({ ok: true });
    expect(collection(doc, 'partners').size).toBe(1);
  });

  test.each([
    ['random bytes', new Uint8Array([1, 2, 3, 250, 250, 250, 7])],
    ['an empty array', new Uint8Array()],
  ])('refuses %s without throwing or changing the doc', (_what, bytes) => {
    const doc = new Y.Doc();
    const result = applyRemoteUpdate(doc, bytes, 'remote');
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/cannot be decoded/) });
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  test('refuses a truncated update whole: nothing of it reaches the doc', () => {
    const update = peerUpdate((peer) => {
      for (let i = 0; i < 5; i++) addPartner(peer, { name: `P${i}` });
    });
    const doc = new Y.Doc();
    expect(applyRemoteUpdate(doc, update.slice(0, update.length - 3), 'remote').ok).toBe(false);
    expect(collection(doc, 'partners').size).toBe(0);
  });

  test(`takes values ${MAX_VALUE_DEPTH} levels deep and refuses deeper ones whole`, () => {
    const doc = new Y.Doc();
    const ok = peerUpdate((peer) =>
      peer.getMap('partners').set('a', nested(MAX_VALUE_DEPTH) as never),
    );
    expect(applyRemoteUpdate(doc, ok, 'remote')).toEqual({ ok: true });
    const deep = peerUpdate((peer) => {
      peer.getMap('partners').set('fine', 'x' as never);
      peer.getMap('partners').set('b', nested(MAX_VALUE_DEPTH + 1) as never);
    });
    expect(applyRemoteUpdate(doc, deep, 'remote')).toEqual({
      ok: false,
      problem: expect.stringMatching(/nested more than 64 levels/),
    });
    expect([...collection(doc, 'partners').keys()]).toEqual(['a']);
  });

  test('reports, never throws, an update that decodes but that Yjs fails to integrate', () => {
    // Found by the fuzz suite: an item whose parent is a clock its own client never wrote.
    const bytes = Uint8Array.from([
      1, 2, 154, 5, 0, 39, 1, 9, 102, 111, 108, 108, 111, 119, 117, 112, 115, 1, 97, 1, 39, 0, 154,
      5, 13, 1, 109, 1, 0,
    ]);
    expect(() => Y.decodeUpdate(bytes)).not.toThrow();
    expect(() => Y.applyUpdate(new Y.Doc(), bytes)).toThrow();
    expect(applyRemoteUpdate(new Y.Doc(), bytes, 'remote')).toEqual({
      ok: false,
      problem: expect.stringMatching(/could not be applied/),
    });
  });
});
