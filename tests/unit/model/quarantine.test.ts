import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { encodeAsUnguardedPeer } from '../../../lib/model/yjs-depth-guards';
import { collection, COLLECTIONS } from '../../../lib/model/doc';
import { addPartner, listPartners } from '../../../lib/model/partner';
import {
  deleteQuarantined,
  displaySafe,
  inspectStored,
  listQuarantined,
  quarantineJson,
  truncatedCopy,
} from '../../../lib/model/quarantine';
import { readOne } from '../../../lib/model/records';
import { partnerSchema } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { REMOTE_ORIGIN, syncAll, writeRawRecord } from '../../helpers/yjs';

/** `[[[…'x'…]]]`, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** A doc holding what a peer wrote, delivered as an update (as sync would). */
function fromPeer(write: (peer: Y.Doc) => void): Y.Doc {
  const peer = new Y.Doc();
  write(peer);
  const doc = new Y.Doc();
  // The hostile peer runs a build without this one's encoding guard.
  encodeAsUnguardedPeer(() => syncAll(peer, doc));
  return doc;
}

describe('quarantine', () => {
  test('a record nested 3,000 levels deep is listed, not thrown, and the others still read', () => {
    const doc = fromPeer((peer) => {
      addPartner(peer, { name: 'Fine partner' });
      writeRawRecord(peer, 'partners', 'deep', { name: 'Deep', extra: nested(3000) });
    });
    expect(listPartners(doc).items.map((p) => p.name)).toEqual(['Fine partner']);
    const found = listQuarantined(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ collection: 'partners', id: 'deep', label: 'deep' });
    expect(found[0]!.problem).toMatch(/nested more than/);
  });

  test.each([
    [
      'a string where a record belongs',
      'partners',
      (d: Y.Doc): void => void collection(d, 'partners').set('s1', 'hello' as never),
      /not a record/,
    ],
    [
      'a record failing its schema',
      'goals',
      (d: Y.Doc): void => void writeRawRecord(d, 'goals', 'g1', { title: 42 }),
      /title/,
    ],
    [
      'a record in a collection no screen reads yet',
      'stories',
      (d: Y.Doc): void => void writeRawRecord(d, 'stories', 'st1', { x: nested(40) }),
      /nested/,
    ],
    [
      'a log entry without a date',
      'log',
      (d: Y.Doc): void => void writeRawRecord(d, 'log', 'l1', { title: 'Met' }),
      /date/,
    ],
  ] as const)('lists %s', (_what, name, write, problem) => {
    const doc = fromPeer(write);
    const [entry] = listQuarantined(doc);
    expect(entry?.collection).toBe(name);
    expect(entry?.problem).toMatch(problem);
  });

  test.each([
    ['line\nbreak'],
    ['has space'],
    [''],
    ['x'.repeat(101)],
    ['é'],
    ['a/b'],
    ['"quoted"'],
  ])('a record under the id %j is quarantined and never read', (id) => {
    const doc = fromPeer((peer) => void writeRawRecord(peer, 'partners', id, { name: 'Hidden' }));
    expect(listPartners(doc).items).toEqual([]);
    expect(readOne(doc, 'partners', partnerSchema, id)).toBeNull();
    expect(listQuarantined(doc)).toEqual([
      expect.objectContaining({ collection: 'partners', id, problem: expect.stringMatching(/id/) }),
    ]);
  });

  test('ids are shown without control or invisible characters, and capped', () => {
    expect(displaySafe('a\nb\u202Ec\u0000')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(displaySafe('x'.repeat(500))).toBe(`${'x'.repeat(60)}…`);
    expect(displaySafe('')).toBe('(empty)');
  });

  test('names who wrote it: the writer of the key first, createdBy when readable', () => {
    const peer = new Y.Doc();
    peer.clientID = 4242;
    writeRawRecord(peer, 'goals', 'g1', { title: {}, createdBy: 'Sam\nPeer' });
    const doc = new Y.Doc();
    syncAll(peer, doc);
    expect(inspectStored(doc, 'goals', 'g1')).toMatchObject({
      writers: [4242],
      createdBy: 'Sam Peer',
    });
  });

  test('valid and absent records are not listed', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Fine' });
    expect(inspectStored(doc, 'partners', id)).toBeNull();
    expect(inspectStored(doc, 'partners', 'nope')).toBeNull();
    expect(listQuarantined(doc)).toEqual([]);
  });

  test('every collection is checked', () => {
    const doc = fromPeer((peer) => {
      for (const name of COLLECTIONS) collection(peer, name).set('bad id', new Y.Map());
    });
    expect(
      listQuarantined(doc)
        .map((r) => r.collection)
        .sort(),
    ).toEqual([...COLLECTIONS].sort());
  });
});

describe('export of quarantined records', () => {
  test('a 3,000-deep value exports as JSON cut at 32 levels, with the problem and writers', () => {
    const doc = fromPeer(
      (peer) => void writeRawRecord(peer, 'partners', 'deep', { extra: nested(3000) }),
    );
    const json = JSON.parse(quarantineJson(doc, listQuarantined(doc)));
    expect(json.format).toBe('bridgework-quarantine');
    const [record] = json.records;
    expect(record).toMatchObject({ collection: 'partners', id: 'deep' });
    let value = record.value.extra;
    let depth = 1;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect(depth).toBe(32);
    expect(value).toMatch(/nested deeper than 32 levels, cut/);
  });

  test('cuts long lists and long strings, saying how much', () => {
    const bounds = { depth: 8, values: 20, chars: 10 };
    const list = truncatedCopy(
      Array.from({ length: 50 }, (_, i) => i),
      bounds,
    ) as unknown[];
    expect(list).toHaveLength(20);
    expect(list.at(-1)).toBe('…(31 more items cut)');
    expect(truncatedCopy('y'.repeat(100), bounds)).toBe(`${'y'.repeat(10)}…(90 characters cut)`);
  });

  test('keeps a __proto__ key as plain data and pollutes nothing', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "n": 1}');
    const json = JSON.stringify(truncatedCopy({ hostile }));
    expect(JSON.parse(json)).toEqual({
      hostile: JSON.parse('{"__proto__": {"polluted": 1}, "n": 1}'),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('non-finite numbers and Yjs values export as readable JSON', () => {
    const doc = new Y.Doc();
    const map = doc.getMap('m');
    const text = new Y.Text('hello');
    map.set('t', text);
    map.set('n', Infinity);
    expect(JSON.parse(JSON.stringify(truncatedCopy(map)))).toEqual({ t: 'hello', n: 'Infinity' });
  });
});

describe('deleting a quarantined record', () => {
  test('removes the key in one local transaction that Undo brings back', () => {
    const doc = fromPeer(
      (peer) => void writeRawRecord(peer, 'partners', 'deep', { extra: nested(100) }),
    );
    const undo = createUndoManager(doc);
    expect(deleteQuarantined(doc, 'partners', 'deep')).toBe(true);
    expect(collection(doc, 'partners').has('deep')).toBe(false);
    expect(listQuarantined(doc)).toEqual([]);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(listQuarantined(doc).map((r) => r.id)).toEqual(['deep']);
  });

  test('keeps a record that a peer fixed meanwhile', () => {
    const doc = new Y.Doc();
    const id = addPartner(doc, { name: 'Fine' });
    expect(deleteQuarantined(doc, 'partners', id)).toBe(false);
    expect(collection(doc, 'partners').has(id)).toBe(true);
  });

  test('the deletion reaches peers', () => {
    const peer = new Y.Doc();
    writeRawRecord(peer, 'people', 'x y', { name: 'Bad id' });
    const doc = new Y.Doc();
    syncAll(peer, doc);
    deleteQuarantined(doc, 'people', 'x y');
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc), REMOTE_ORIGIN);
    expect(collection(peer, 'people').has('x y')).toBe(false);
  });

  test('a record nested 3,000 maps deep (Yjs overflows from about 2,000) is deleted without overflowing here or at a peer, and Undo restores it', () => {
    const writer = new Y.Doc();
    const record = new Y.Map<unknown>();
    collection(writer, 'partners').set('deep', record);
    let level = record;
    writer.transact(() => {
      for (let i = 0; i < 3_000; i++) {
        const next = new Y.Map<unknown>();
        level.set('inner', next);
        level = next;
      }
    });
    const doc = new Y.Doc();
    const peer = new Y.Doc();
    syncAll(writer, doc, peer);
    const undo = createUndoManager(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    expect(deleteQuarantined(doc, 'partners', 'deep')).toBe(true);
    expect(collection(doc, 'partners').has('deep')).toBe(false);
    // The peer applies each update as sync would deliver it, one by one.
    for (const update of updates) Y.applyUpdate(peer, update, REMOTE_ORIGIN);
    expect(collection(peer, 'partners').has('deep')).toBe(false);

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(listQuarantined(doc).map((r) => r.id)).toEqual(['deep']);
  });
});
