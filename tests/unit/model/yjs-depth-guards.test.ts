import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { addPartner, listPartners } from '../../../lib/model/partner';

function deepValue(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A peer's update holding one JSON item (legacy content Yjs still reads) with the given text. */
function updateWithJsonContent(json: string): Uint8Array {
  const author = new Y.Doc();
  author.transact((transaction) => {
    const parent = collection(author, 'partners');
    const id = Y.createID(author.clientID, Y.getState(author.store, author.clientID));
    const content = new Y.ContentJSON(['PLACEHOLDER']);
    new Y.Item(id, null, null, null, null, parent, 'p1', content).integrate(transaction, 0);
  });
  const bytes = Y.encodeStateAsUpdate(author);
  // Splice the real JSON text in place of the placeholder's length-prefixed string.
  const marker = new TextEncoder().encode('"PLACEHOLDER"');
  const at = bytes.findIndex((_, i) => marker.every((byte, j) => bytes[i + j] === byte));
  const text = new TextEncoder().encode(json);
  const length: number[] = [];
  for (let n = text.length; ; n = Math.floor(n / 128)) {
    length.push(n > 0x7f ? (n & 0x7f) | 0x80 : n);
    if (n <= 0x7f) break;
  }
  return Uint8Array.from([
    ...bytes.subarray(0, at - 1),
    ...length,
    ...text,
    ...bytes.subarray(at + marker.length),
  ]);
}

/** A doc with an `update` listener, as persistence and y-webrtc attach one. */
function listenedDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, updates };
}

/** A peer's record holding shared maps nested `depth` levels, and the update that deletes it. */
function deepMapThenDelete(depth: number, gc: boolean) {
  const peer = new Y.Doc({ gc });
  peer.transact(() => {
    let map = new Y.Map<unknown>();
    collection(peer, 'partners').set('deep', map as never);
    for (let i = 0; i < depth; i++) {
      const inner = new Y.Map<unknown>();
      map.set('a', inner);
      map = inner;
    }
  });
  const create = Y.encodeStateAsUpdate(peer);
  const before = Y.encodeStateVector(peer);
  peer.transact(() => collection(peer, 'partners').delete('deep'));
  return { create, remove: Y.encodeStateAsUpdate(peer, before) };
}

describe('shared maps nested thousands deep can be deleted and collected', () => {
  test("a peer's tiny update deleting a 10,000-deep record leaves this doc saving and syncing", () => {
    const { create, remove } = deepMapThenDelete(10_000, true);
    expect(remove.length).toBeLessThan(40);
    const { doc, updates } = listenedDoc();
    Y.applyUpdate(doc, create, 'peer');
    addPartner(doc, { name: 'Riverside Public Library' });
    expect(() => Y.applyUpdate(doc, remove, 'peer')).not.toThrow();
    expect(collection(doc, 'partners').has('deep')).toBe(false);
    const before = updates.length;
    addPartner(doc, { name: 'Eastside Food Bank' });
    expect(updates.length).toBe(before + 1);
    expect(
      listPartners(doc)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Eastside Food Bank', 'Riverside Public Library']);
  });

  test('deleting and collecting locally works too, and the result matches a peer that never saw it', () => {
    const { create } = deepMapThenDelete(5_000, true);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, create, 'peer');
    expect(() => doc.transact(() => collection(doc, 'partners').delete('deep'))).not.toThrow();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(collection(copy, 'partners').size).toBe(0);
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
  });

  test('shallow deletes behave exactly as Yjs does without the guard: nested content is gone', () => {
    const doc = new Y.Doc();
    const outer = new Y.Map<unknown>();
    const inner = new Y.Map<unknown>();
    doc.transact(() => {
      collection(doc, 'partners').set('p', outer as never);
      outer.set('address', inner);
      inner.set('street', '1 Main St');
    });
    doc.transact(() => collection(doc, 'partners').delete('p'));
    expect(outer.toJSON()).toEqual({});
    expect(inner.toJSON()).toEqual({});
  });
});

describe('values too deep to encode never stop a doc', () => {
  test("a peer's JSON content nested 200,000 deep is applied, and later edits still save", () => {
    const crafted = updateWithJsonContent(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    const { doc, updates } = listenedDoc();
    expect(() => Y.applyUpdate(doc, crafted, 'peer')).not.toThrow();
    const before = updates.length;
    addPartner(doc, { name: 'Riverside Public Library' });
    expect(updates.length).toBe(before + 1);
    expect(listPartners(doc).items.map((p) => p.name)).toEqual(['Riverside Public Library']);
    // What reaches disk and other peers is the harmless null.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(collection(copy, 'partners').get('p1')).toBeNull();
    expect(listPartners(copy).items).toHaveLength(1);
  });

  test('a local value too deep for the encoder is written as null; the doc keeps working', () => {
    const { doc, updates } = listenedDoc();
    const record = new Y.Map<unknown>();
    doc.transact(() => collection(doc, 'partners').set('p2', record));
    expect(() => record.set('website', deepValue(20_000))).not.toThrow();
    record.set('name', 'Eastside Food Bank');
    const replay = new Y.Doc();
    for (const update of updates) Y.applyUpdate(replay, update);
    expect((collection(replay, 'partners').get('p2') as Y.Map<unknown>).toJSON()).toEqual({
      website: null,
      name: 'Eastside Food Bank',
    });
  });

  test('ordinary values are encoded exactly as before', () => {
    const doc = new Y.Doc();
    const value = { street: '1 Main St', tags: ['a', ['b', { c: deepValue(40) }]] };
    doc.getMap('m').set('v', value);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(copy.getMap('m').get('v')).toEqual(value);
  });
});
