import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  restoreBulkDeletion,
  watchBulkDeletions,
  type BulkDeletion,
} from '../../lib/model/bulk-deletion';
import { isDeletedRaw } from '../../lib/model/deletion';
import { collection, transactLocal } from '../../lib/model/doc';
import {
  addPartner,
  deletePartner,
  listPartners,
  restorePartner,
  updatePartner,
} from '../../lib/model/partner';
import { addPerson, deletePerson, listPeople, restorePerson } from '../../lib/model/person';
import { byId, Network, prng } from '../helpers/yjs';
import { fuzzParams, fuzzRuns } from './fuzz-params';

const RUNS = 40;

/**
 * Deletions and restores under random delivery, in the manner of yjs's testHelper: 3–5 peers add,
 * edit, soft-delete, restore, hard-delete (as an old or hostile client would) and bulk-restore,
 * while their updates are delivered late, out of order, twice, or dropped and then recovered by a
 * full resync. Every peer must end with the same doc and the same validated lists, and every
 * restore must hold exactly as lib/model/bulk-deletion.ts predicts: a record ends live when some
 * restore of it knew of every deletion of it ever made (and no one removed its map).
 */

afterEach(() => vi.restoreAllMocks());

function deterministicIds() {
  let next = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}` as const,
  );
}

type Kind = 'partners' | 'people';
type Op =
  | { type: 'addPartner'; peer: number; name: string }
  | { type: 'addPerson'; peer: number; pick: number }
  | { type: 'edit'; peer: number; pick: number; name: string }
  | { type: 'delete'; peer: number; kind: Kind; pick: number }
  | { type: 'restore'; peer: number; kind: Kind; pick: number }
  | { type: 'hardDelete'; peer: number; kind: Kind; pick: number }
  | { type: 'deleteAll'; peer: number }
  | { type: 'hardDeleteAll'; peer: number }
  | { type: 'bulkRestore'; peer: number }
  | { type: 'deliver'; peer: number; max: number }
  | { type: 'drop'; peer: number; max: number };

const peer = fc.nat(4);
const pick = fc.nat(40);
const kind = fc.constantFrom<Kind>('partners', 'people');
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('addPartner'),
      peer,
      name: fc.constantFrom('Acme', 'Zoo', 'École'),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('addPerson'), peer, pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('edit'),
      peer,
      pick,
      name: fc.constantFrom('A', 'B', 'C'),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('delete'), peer, kind, pick }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('restore'), peer, kind, pick }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('hardDelete'), peer, kind, pick }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteAll'), peer }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('hardDeleteAll'), peer }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('bulkRestore'), peer }) },
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('deliver'),
      peer,
      max: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('drop'), peer, max: fc.integer({ min: 1, max: 4 }) }),
  },
);

interface Peer {
  doc: Y.Doc;
  pending: BulkDeletion[];
  stop: () => void;
}

const ids = (doc: Y.Doc, name: Kind, deleted: boolean) =>
  [...collection(doc, name).entries()]
    .filter(([, raw]) => isDeletedRaw(raw) === deleted)
    .map(([id]) => id)
    .sort();
const chooseId = (list: string[], index: number) =>
  list.length ? list[index % list.length] : undefined;

/** Applies one op; returns the id of the record a Restore asked to bring back. */
function apply({ doc, pending }: Peer, op: Op): string | undefined {
  switch (op.type) {
    case 'addPartner':
      addPartner(doc, { name: op.name });
      break;
    case 'addPerson':
      addPerson(doc, { name: 'Ada', partnerId: chooseId(ids(doc, 'partners', false), op.pick) });
      break;
    case 'edit': {
      // Edits go to deleted records too: they are kept for when the record comes back.
      const id = chooseId([...collection(doc, 'partners').keys()].sort(), op.pick);
      if (id) updatePartner(doc, id, { name: op.name });
      break;
    }
    case 'delete': {
      const id = chooseId(ids(doc, op.kind, false), op.pick);
      if (id && op.kind === 'partners') deletePartner(doc, id, `peer ${doc.clientID}`);
      if (id && op.kind === 'people') deletePerson(doc, id, `peer ${doc.clientID}`);
      break;
    }
    case 'restore': {
      const id = chooseId(ids(doc, op.kind, true), op.pick);
      if (id && op.kind === 'partners') restorePartner(doc, id);
      if (id && op.kind === 'people') restorePerson(doc, id);
      return id;
    }
    case 'hardDelete': {
      const id = chooseId([...collection(doc, op.kind).keys()].sort(), op.pick);
      if (id) doc.transact(() => collection(doc, op.kind).delete(id), 'old client');
      break;
    }
    case 'deleteAll':
      transactLocal(doc, () => {
        for (const id of ids(doc, 'partners', false)) deletePartner(doc, id, 'bulk');
      });
      break;
    case 'hardDeleteAll':
      doc.transact(() => {
        for (const name of ['partners', 'people'] as const) {
          for (const id of [...collection(doc, name).keys()]) collection(doc, name).delete(id);
        }
      }, 'hostile client');
      break;
    case 'bulkRestore':
      for (const bulk of pending.splice(0)) restoreBulkDeletion(doc, bulk);
      break;
    case 'deliver':
    case 'drop':
      break;
  }
  return undefined;
}

/** Which records an op flipped from live to deleted and back, on the peer that made it. */
function deletionStates(doc: Y.Doc) {
  const states = new Map<string, boolean>();
  for (const name of ['partners', 'people'] as const) {
    collection(doc, name).forEach((raw, id) => states.set(id, isDeletedRaw(raw)));
  }
  return states;
}

describe('convergence with deletions and restores', () => {
  test(
    '3–5 peers, random deletes and restores, updates reordered, duplicated, dropped then resynced',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 3, max: 5 }),
          fc.array(opArb, { minLength: 20, maxLength: 60, size: 'max' }),
          fc.integer(),
          // Half the runs without hard deletes, so the restore prediction is checked often.
          fc.boolean(),
          (peerCount, ops, seed, hostile) => {
            deterministicIds();
            const peers: Peer[] = Array.from({ length: peerCount }, (_, i) => {
              const doc = new Y.Doc();
              doc.clientID = i + 1;
              const pending: BulkDeletion[] = [];
              // Threshold 0: every peer's deletion is offered for bulk restore.
              const stop = watchBulkDeletions(doc, (bulk) => pending.push(bulk), 0);
              return { doc, pending, stop };
            });
            const network = new Network(
              peers.map((p) => p.doc),
              prng(seed),
            );
            /** Per record: who deleted it, with the clock that makes the deletion known. */
            const deletions = new Map<string, { client: number; clock: number }[]>();
            /** Per record: the state vector of each restore of it. */
            const restores = new Map<string, Map<number, number>[]>();
            const removed = new Set<string>();
            try {
              for (const op of ops) {
                const current = peers[op.peer % peerCount]!;
                if (!hostile && (op.type === 'hardDelete' || op.type === 'hardDeleteAll')) continue;
                if (op.type === 'deliver') network.flushSome(current.doc, op.max);
                else if (op.type === 'drop') network.drop(current.doc, op.max);
                else {
                  const before = deletionStates(current.doc);
                  const asked = apply(current, op);
                  const after = deletionStates(current.doc);
                  const clock = Y.getState(current.doc.store, current.doc.clientID);
                  const vector = Y.decodeStateVector(Y.encodeStateVector(current.doc));
                  for (const [id, wasDeleted] of before) {
                    const isDeleted = after.get(id);
                    if (isDeleted === undefined) removed.add(id);
                    else if (isDeleted && !wasDeleted) {
                      const list = deletions.get(id) ?? [];
                      list.push({ client: current.doc.clientID, clock });
                      deletions.set(id, list);
                    } else if (id === asked || (!isDeleted && wasDeleted)) {
                      const list = restores.get(id) ?? [];
                      list.push(vector);
                      restores.set(id, list);
                    }
                  }
                }
              }
              network.flushAll();
              network.resync();

              const [first, ...rest] = peers.map((p) => p.doc);
              const expected = {
                partners: byId(listPartners(first!).items),
                people: byId(listPeople(first!).items),
              };
              expect(listPartners(first!).invalid + listPeople(first!).invalid).toBe(0);
              for (const doc of rest) {
                expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(first!));
                expect(doc.getMap('partners').toJSON()).toEqual(first!.getMap('partners').toJSON());
                expect(doc.getMap('people').toJSON()).toEqual(first!.getMap('people').toJSON());
                expect({
                  partners: byId(listPartners(doc).items),
                  people: byId(listPeople(doc).items),
                }).toEqual(expected);
              }

              // The prose's prediction: a restore that knew of every deletion of its record holds.
              for (const [id, vectors] of restores) {
                if (removed.has(id)) continue;
                const knewAll = vectors.some((vector) =>
                  (deletions.get(id) ?? []).every(
                    (deletion) => (vector.get(deletion.client) ?? 0) >= deletion.clock,
                  ),
                );
                if (!knewAll) continue;
                const name = collection(first!, 'partners').has(id) ? 'partners' : 'people';
                expect(isDeletedRaw(collection(first!, name).get(id)), `${name} ${id}`).toBe(false);
              }
            } finally {
              for (const p of peers) p.stop();
              vi.restoreAllMocks();
            }
          },
        ),
        fuzzParams(RUNS),
      );
    },
    fuzzRuns(RUNS) * 500,
  );
});
