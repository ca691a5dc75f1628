import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { encodeAsUnguardedPeer } from '../../../lib/model/yjs-depth-guards';
import { collection, COLLECTIONS, LOCAL_ORIGIN } from '../../../lib/model/doc';
import { addGoal, editGoalDescription, getGoal } from '../../../lib/model/goal';
import { addPartner, getPartner, listPartners, updatePartner } from '../../../lib/model/partner';
import { addPerson, listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { restoreSnapshot } from '../../../lib/model/snapshot-restore';
import { Network, prng, REMOTE_ORIGIN, syncAll, writeRawRecord } from '../../helpers/yjs';

afterEach(() => vi.restoreAllMocks());

const NOW = Date.UTC(2026, 10, 27, 12);

function peers(count: number): Y.Doc[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    return doc;
  });
}

/** What a hostile or careless peer does: remove every record's map outright. */
function hardDeleteAll(doc: Y.Doc) {
  doc.transact(() => {
    for (const name of COLLECTIONS) {
      const records = collection(doc, name);
      for (const id of [...records.keys()]) records.delete(id);
    }
  }, REMOTE_ORIGIN);
}

function softDelete(doc: Y.Doc, name: 'partners' | 'people', id: string) {
  doc.transact(() => {
    collection(doc, name).get(id)!.set('deletedAt', NOW);
    collection(doc, name).get(id)!.set('deletedBy', 'Mallory');
  }, REMOTE_ORIGIN);
}

const names = (doc: Y.Doc) =>
  listPartners(doc)
    .items.filter((p) => !(p as { deletedAt?: number }).deletedAt)
    .map((p) => p.name)
    .sort();

describe('restoring a snapshot', () => {
  test('after a peer deleted everything, a restore brings it all back on both peers', () => {
    const [a, b] = peers(2);
    const library = addPartner(a!, { name: 'Library', website: 'https://library.example/' });
    addPartner(a!, { name: 'Museum' });
    addPerson(a!, { name: 'Ada', partnerId: library });
    const goal = addGoal(a!, { title: 'Reading hours', description: 'Double them' });
    syncAll(a!, b!);
    const snapshot = Y.encodeStateAsUpdate(a!);
    const before = { partners: listPartners(a!), people: listPeople(a!), goal: getGoal(a!, goal) };

    hardDeleteAll(b!);
    syncAll(a!, b!);
    expect(listPartners(a!).items).toEqual([]);

    const result = restoreSnapshot(a!, snapshot, NOW);
    expect(result).toEqual({
      ok: true,
      summary: expect.objectContaining({ reinserted: expect.any(Number), skipped: 0 }),
    });
    syncAll(a!, b!);
    for (const doc of [a!, b!]) {
      expect(names(doc)).toEqual(['Library', 'Museum']);
      expect(getPartner(doc, library)?.website).toBe('https://library.example/');
      expect(listPeople(doc).items.map((p) => p.name)).toEqual(['Ada']);
      expect(getGoal(doc, goal)?.title).toBe(before.goal?.title);
      expect(getGoal(doc, goal)?.description).toBe('Double them');
    }
    expect(listPeople(b!).items[0]?.partnerId).toBe(before.people.items[0]?.partnerId);
  });

  test('soft-deleted records get their deletion marks cleared', () => {
    const [a, b] = peers(2);
    const id = addPartner(a!, { name: 'Library' });
    syncAll(a!, b!);
    const snapshot = Y.encodeStateAsUpdate(a!);
    softDelete(b!, 'partners', id);
    syncAll(a!, b!);

    const result = restoreSnapshot(a!, snapshot, NOW);
    expect(result.ok && result.summary.undeleted).toBe(1);
    syncAll(a!, b!);
    for (const doc of [a!, b!]) {
      const record = collection(doc, 'partners').get(id)!;
      expect(record.has('deletedAt')).toBe(false);
      expect(record.has('deletedBy')).toBe(false);
    }
  });

  test('never deletes records made after the snapshot, nor fields added since', () => {
    const doc = peers(1)[0]!;
    const old = addPartner(doc, { name: 'Old' });
    const snapshot = Y.encodeStateAsUpdate(doc);
    const fresh = addPartner(doc, { name: 'New since' });
    updatePartner(doc, old, { website: 'https://added.example/' });

    restoreSnapshot(doc, snapshot, NOW);
    expect(names(doc)).toEqual(['New since', 'Old']);
    expect(getPartner(doc, fresh)?.name).toBe('New since');
    expect(getPartner(doc, old)?.website).toBe('https://added.example/');
  });

  test('fields a peer changed are set back in place, in the same map', () => {
    const [a, b] = peers(2);
    const id = addPartner(a!, { name: 'Library', tags: ['reading'] });
    syncAll(a!, b!);
    const snapshot = Y.encodeStateAsUpdate(a!);
    updatePartner(b!, id, { name: 'Vandalised', tags: [] });
    syncAll(a!, b!);
    const map = collection(a!, 'partners').get(id);

    const result = restoreSnapshot(a!, snapshot, NOW);
    expect(result.ok && result.summary.updated).toBe(1);
    expect(collection(a!, 'partners').get(id)).toBe(map);
    expect(getPartner(a!, id)).toMatchObject({
      name: 'Library',
      tags: ['reading'],
      updatedAt: NOW,
    });
  });

  test('object fields (an address) are restored, on a re-inserted and on a live record', () => {
    const doc = peers(1)[0]!;
    const address = { street: '1 Main St', locality: 'Riverside' };
    const kept = addPartner(doc, { name: 'Kept', address });
    const gone = addPartner(doc, { name: 'Gone', address });
    const snapshot = Y.encodeStateAsUpdate(doc);
    updatePartner(doc, kept, { address: { street: 'Vandalised' } });
    collection(doc, 'partners').delete(gone);

    expect(restoreSnapshot(doc, snapshot, NOW).ok).toBe(true);
    expect(getPartner(doc, kept)?.address).toEqual(address);
    expect(getPartner(doc, gone)?.address).toEqual(address);
  });

  test('merges with a peer’s concurrent edits to other fields, records and text', () => {
    const [a, b] = peers(2);
    const id = addPartner(a!, { name: 'Library', description: 'old' });
    const goal = addGoal(a!, { title: 'Goal', description: 'Hello world' });
    syncAll(a!, b!);
    const snapshot = Y.encodeStateAsUpdate(a!);
    // A peer damages the name and the end of the description; everyone syncs.
    updatePartner(b!, id, { name: 'Broken' });
    editGoalDescription(b!, goal, 'Hello wor');
    syncAll(a!, b!);

    // Concurrently: A restores while B edits another field, types at the start, adds a partner.
    restoreSnapshot(a!, snapshot, NOW);
    updatePartner(b!, id, { description: 'new from B' });
    editGoalDescription(b!, goal, '>> Hello wor');
    addPartner(b!, { name: 'Made by B' });
    syncAll(a!, b!);

    for (const doc of [a!, b!]) {
      expect(getPartner(doc, id)).toMatchObject({ name: 'Library', description: 'new from B' });
      expect(getGoal(doc, goal)?.description).toBe('>> Hello world');
      expect(names(doc)).toEqual(['Library', 'Made by B']);
    }
    expect(Y.encodeStateVector(a!)).toEqual(Y.encodeStateVector(b!));
  });

  test('is one local transaction that Undo takes back as one step', () => {
    const doc = peers(1)[0]!;
    addPartner(doc, { name: 'One' });
    addPartner(doc, { name: 'Two' });
    const snapshot = Y.encodeStateAsUpdate(doc);
    hardDeleteAll(doc);
    const undo = createUndoManager(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));

    restoreSnapshot(doc, snapshot, NOW);
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(names(doc)).toEqual(['One', 'Two']);
    undo.undo();
    expect(names(doc)).toEqual([]);
  });

  test('a snapshot’s hostile records are left out and counted, the rest restored', () => {
    const source = peers(1)[0]!;
    addPartner(source, { name: 'Fine' });
    writeRawRecord(source, 'partners', 'bad\nid', { name: 'Injected', createdAt: 1 });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100; i++) deep = { deeper: deep };
    writeRawRecord(source, 'partners', 'deep-one', { name: 'Deep', nested: deep });
    const target = peers(1)[0]!;

    // A snapshot holds what peers sent, encoded by builds without this one's guard.
    const snapshot = encodeAsUnguardedPeer(() => Y.encodeStateAsUpdate(source));
    const result = restoreSnapshot(target, snapshot, NOW);
    expect(result).toEqual({
      ok: true,
      summary: { reinserted: 1, undeleted: 0, updated: 0, skipped: 2 },
    });
    expect(names(target)).toEqual(['Fine']);
    expect([...collection(target, 'partners').keys()]).toHaveLength(1);
  });

  test('records already deleted in the snapshot are not brought back', () => {
    const doc = peers(1)[0]!;
    const id = addPartner(doc, { name: 'Gone then' });
    softDelete(doc, 'partners', id);
    const snapshot = Y.encodeStateAsUpdate(doc);
    collection(doc, 'partners').delete(id);
    restoreSnapshot(doc, snapshot, NOW);
    expect(collection(doc, 'partners').has(id)).toBe(false);
  });

  test('an update that does not decode is refused and changes nothing', () => {
    const doc = peers(1)[0]!;
    addPartner(doc, { name: 'Kept' });
    const before = Y.encodeStateAsUpdate(doc);
    const result = restoreSnapshot(doc, new Uint8Array([1, 200, 3, 4, 5, 6, 7]), NOW);
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/could not be read/),
      code: 'unreadable',
    });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('restore convergence (property)', () => {
  type Op =
    | { type: 'add'; peer: number; name: string }
    | { type: 'rename'; peer: number; pick: number; name: string }
    | { type: 'type'; peer: number; pick: number; text: string }
    | { type: 'hardDelete'; peer: number; pick: number }
    | { type: 'softDelete'; peer: number; pick: number }
    | { type: 'restore'; peer: number }
    | { type: 'deliver'; peer: number; max: number }
    | { type: 'drop'; peer: number; max: number }
    | { type: 'resync' };

  const peerArb = fc.nat(4);
  const pick = fc.nat(20);
  const nameArb = fc.constantFrom('Acme', 'Library', 'Zoo', 'Museum');
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ type: fc.constant('add' as const), peer: peerArb, name: nameArb }),
    fc.record({ type: fc.constant('rename' as const), peer: peerArb, pick, name: nameArb }),
    fc.record({
      type: fc.constant('type' as const),
      peer: peerArb,
      pick,
      text: fc.constantFrom('x', 'hello ', ''),
    }),
    fc.record({ type: fc.constant('hardDelete' as const), peer: peerArb, pick }),
    fc.record({ type: fc.constant('softDelete' as const), peer: peerArb, pick }),
    fc.record({ type: fc.constant('restore' as const), peer: peerArb }),
    fc.record({
      type: fc.constant('deliver' as const),
      peer: peerArb,
      max: fc.integer({ min: 1, max: 6 }),
    }),
    fc.record({
      type: fc.constant('drop' as const),
      peer: peerArb,
      max: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({ type: fc.constant('resync' as const) }),
  );

  const liveIds = (doc: Y.Doc, name: 'partners' | 'goals') =>
    [...collection(doc, name).entries()]
      .filter(([, record]) => !record.has('deletedAt'))
      .map(([id]) => id)
      .sort();

  test('3–5 peers with reordered, duplicated and dropped updates converge; a restore brings the snapshot back and deletes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(nameArb, { minLength: 1, maxLength: 4 }),
        fc.array(opArb, { maxLength: 40 }),
        fc.nat(),
        (count, initial, ops, seed) => {
          const docs = peers(count);
          for (const name of initial) addPartner(docs[0]!, { name });
          addGoal(docs[0]!, { title: 'Goal', description: 'Shared text' });
          syncAll(...docs);
          const snapshot = Y.encodeStateAsUpdate(docs[0]!);
          const snapshotPartners = liveIds(docs[0]!, 'partners');
          const network = new Network(docs, prng(seed));

          for (const op of ops) {
            if (op.type === 'resync') {
              network.resync();
              continue;
            }
            const doc = docs[op.peer % count]!;
            if (op.type === 'deliver') network.flushSome(doc, op.max);
            else if (op.type === 'drop') network.drop(doc, op.max);
            else if (op.type === 'add') addPartner(doc, { name: op.name });
            else if (op.type === 'restore') restoreSnapshot(doc, snapshot, NOW);
            else if (op.type === 'type') {
              const [goal] = [...collection(doc, 'goals').values()];
              const text = goal?.get('description');
              if (text instanceof Y.Text) text.insert(op.pick % (text.length + 1), op.text);
            } else {
              const ids = [...collection(doc, 'partners').keys()].sort();
              const target = ids.length ? ids[op.pick % ids.length]! : undefined;
              if (!target) continue;
              const records = collection(doc, 'partners');
              if (op.type === 'rename') records.get(target)?.set('name', op.name);
              else if (op.type === 'hardDelete') records.delete(target);
              else records.get(target)?.set('deletedAt', NOW);
            }
          }

          network.flushAll();
          network.resync();
          const converged = (name: 'partners' | 'goals') => {
            const expected = collection(docs[0]!, name).toJSON();
            for (const doc of docs) expect(collection(doc, name).toJSON()).toEqual(expected);
          };
          converged('partners');
          converged('goals');

          const liveBefore = liveIds(docs[0]!, 'partners');
          const restorer = docs[seed % count]!;
          restoreSnapshot(restorer, snapshot, NOW);
          network.flushAll();
          network.resync();
          converged('partners');
          converged('goals');
          for (const doc of docs) {
            const live = liveIds(doc, 'partners');
            for (const id of snapshotPartners) expect(live).toContain(id);
            for (const id of liveBefore) expect(live).toContain(id);
            // Text typed into the description is set back, by minimal edits, to the snapshot's.
            const [goalId] = [...collection(doc, 'goals').keys()];
            expect(getGoal(doc, goalId!)?.description).toBe('Shared text');
          }
        },
      ),
      { numRuns: 60, seed: 20261127 },
    );
  });
});
