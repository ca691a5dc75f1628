import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addPartner,
  deletePartner,
  getPartner,
  listPartners,
  updatePartner,
  type PartnerPatch,
} from '../../../lib/model/partner';
import {
  addPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from '../../../lib/model/person';
import { renameWorkspace, workspaceName } from '../../../lib/model/workspace';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { byId, Network, prng, syncAll } from '../../helpers/yjs';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Deterministic ids, so a failing fast-check run replays and shrinks exactly. */
function deterministicIds() {
  let next = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}` as const,
  );
}

const NAMES = ['Acme', 'Riverside Library', 'Zoo', 'École Nord', 'Partner 10', 'Partner 2'];

const patchArb: fc.Arbitrary<PartnerPatch> = fc.oneof(
  fc.record({ name: fc.constantFrom(...NAMES) }),
  fc.record({ website: fc.constantFrom('https://a.example/', 'https://b.example/', undefined) }),
  fc.record({ tags: fc.subarray(['stem', 'arts', 'sponsor']) }),
  fc.record({ description: fc.constantFrom('one', 'two', undefined) }),
  fc.record({ cadenceDays: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ archived: fc.boolean() }),
  fc.record({ name: fc.constantFrom(...NAMES), emails: fc.subarray(['a@x.org', 'b@x.org']) }),
);

type Op =
  | { type: 'addPartner'; peer: number; name: string }
  | { type: 'updatePartner'; peer: number; pick: number; patch: PartnerPatch }
  | { type: 'deletePartner'; peer: number; pick: number }
  | { type: 'addPerson'; peer: number; pick: number; name: string }
  | { type: 'updatePerson'; peer: number; pick: number; name: string; role?: string | undefined }
  | { type: 'deletePerson'; peer: number; pick: number }
  | { type: 'rename'; peer: number; name: string }
  | { type: 'undo'; peer: number }
  | { type: 'redo'; peer: number }
  | { type: 'deliver'; peer: number; max: number };

const peer = fc.nat(4);
const pick = fc.nat(50);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('addPartner'),
      peer,
      name: fc.constantFrom(...NAMES),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ type: fc.constant('updatePartner'), peer, pick, patch: patchArb }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deletePartner'), peer, pick }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('addPerson'),
      peer,
      pick,
      name: fc.constantFrom('Ada', 'Bo', 'Cy'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('updatePerson'),
      peer,
      pick,
      name: fc.constantFrom('Ada', 'Bo', 'Cy', 'Di'),
      role: fc.constantFrom('Chair', 'Head', undefined),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deletePerson'), peer, pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('rename'),
      peer,
      name: fc.constantFrom('North', 'South', 'East'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('undo'), peer }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('redo'), peer }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('deliver'),
      peer,
      max: fc.integer({ min: 1, max: 8 }),
    }),
  },
);

function choose<T extends { id: string }>(items: readonly T[], index: number): T | undefined {
  const sorted = byId(items);
  return sorted.length ? sorted[index % sorted.length] : undefined;
}

function apply(session: WorkspaceSession, op: Op) {
  const { doc } = session;
  switch (op.type) {
    case 'addPartner':
      session.act(() => addPartner(doc, { name: op.name, tags: ['new'] }));
      break;
    case 'updatePartner': {
      const target = choose(listPartners(doc).items, op.pick);
      if (target) session.act(() => updatePartner(doc, target.id, op.patch));
      break;
    }
    case 'deletePartner': {
      const target = choose(listPartners(doc).items, op.pick);
      if (target) session.act(() => deletePartner(doc, target.id));
      break;
    }
    case 'addPerson': {
      const partner = choose(listPartners(doc).items, op.pick);
      session.act(() => addPerson(doc, { name: op.name, partnerId: partner?.id }));
      break;
    }
    case 'updatePerson': {
      const target = choose(listPeople(doc).items, op.pick);
      if (target) session.act(() => updatePerson(doc, target.id, { name: op.name, role: op.role }));
      break;
    }
    case 'deletePerson': {
      const target = choose(listPeople(doc).items, op.pick);
      if (target) session.act(() => deletePerson(doc, target.id));
      break;
    }
    case 'rename':
      session.act(() => renameWorkspace(doc, op.name));
      break;
    case 'undo':
      session.undo();
      break;
    case 'redo':
      session.redo();
      break;
    case 'deliver':
      break;
  }
}

/** Everything a user can see of a workspace, in a canonical order. */
function visibleState(doc: Y.Doc) {
  const partners = listPartners(doc);
  const people = listPeople(doc);
  return {
    partners: byId(partners.items),
    people: byId(people.items),
    invalid: partners.invalid + people.invalid,
    name: workspaceName(doc),
  };
}

function expectConverged(sessions: readonly WorkspaceSession[]) {
  const [first, ...rest] = sessions.map((s) => s.doc);
  const expected = visibleState(first!);
  const expectedVector = Y.encodeStateVector(first!);
  expect(expected.invalid).toBe(0);
  for (const doc of rest) {
    expect(visibleState(doc)).toEqual(expected);
    expect(Y.encodeStateVector(doc)).toEqual(expectedVector);
    expect(doc.getMap('partners').toJSON()).toEqual(first!.getMap('partners').toJSON());
    expect(doc.getMap('people').toJSON()).toEqual(first!.getMap('people').toJSON());
  }
  // Each session's incrementally maintained cache agrees with a full read.
  for (const session of sessions) {
    expect(byId([...session.partners.live()])).toEqual(expected.partners);
    expect(byId([...session.people.live()])).toEqual(expected.people);
  }
}

describe('random concurrent editing converges', () => {
  test('3–5 peers, random model operations, updates reordered, duplicated and delayed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(opArb, { minLength: 1, maxLength: 60 }),
        fc.integer(),
        (peerCount, ops, seed) => {
          deterministicIds();
          const random = prng(seed);
          const sessions = Array.from({ length: peerCount }, (_, i) => {
            const doc = new Y.Doc();
            doc.clientID = i + 1;
            return new WorkspaceSession(doc);
          });
          const network = new Network(
            sessions.map((s) => s.doc),
            random,
          );
          try {
            for (const op of ops) {
              const session = sessions[op.peer % peerCount]!;
              if (op.type === 'deliver') network.flushSome(session.doc, op.max);
              else apply(session, op);
            }
            network.flushAll();
            expectConverged(sessions);
          } finally {
            for (const session of sessions) session.dispose();
            vi.restoreAllMocks();
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  test('a peer that was offline for everything catches up from buffered updates alone', () => {
    deterministicIds();
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const sessions = docs.map((doc) => new WorkspaceSession(doc));
    const network = new Network(docs, prng(7));
    const a = addPartner(docs[0]!, { name: 'A' });
    network.flushSome(docs[1]!, Infinity);
    updatePartner(docs[1]!, a, { website: 'https://a.example/' });
    addPerson(docs[1]!, { name: 'Ada', partnerId: a });
    renameWorkspace(docs[0]!, 'Ours');
    // docs[2] has received nothing yet; everything arrives at once, shuffled.
    network.flushAll();
    expectConverged(sessions);
    expect(getPartner(docs[2]!, a)?.website).toBe('https://a.example/');
    expect(workspaceName(docs[2]!)).toBe('Ours');
    for (const session of sessions) session.dispose();
  });
});

describe('concurrent edits of one partner', () => {
  function twoPeersWithPartner() {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addPartner(a, { name: 'Start', tags: ['x'] }, 1);
    syncAll(a, b);
    return { a, b, id };
  }

  test('edits to different fields both survive', () => {
    const { a, b, id } = twoPeersWithPartner();
    updatePartner(a, id, { name: 'Renamed by A', tags: ['x', 'from-a'] });
    updatePartner(b, id, { website: 'https://b.example/', description: 'From B' });
    syncAll(a, b);
    for (const doc of [a, b]) {
      expect(getPartner(doc, id)).toMatchObject({
        name: 'Renamed by A',
        tags: ['x', 'from-a'],
        website: 'https://b.example/',
        description: 'From B',
      });
    }
    expect(getPartner(a, id)).toEqual(getPartner(b, id));
  });

  test('edits to the same field converge to one of the two values', () => {
    for (const [clientA, clientB] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      a.clientID = clientA;
      b.clientID = clientB;
      const id = addPartner(a, { name: 'Start' }, 1);
      syncAll(a, b);
      updatePartner(a, id, { name: 'From A' }, 2);
      updatePartner(b, id, { name: 'From B' }, 3);
      syncAll(a, b);
      const name = getPartner(a, id)!.name;
      expect(['From A', 'From B']).toContain(name);
      expect(getPartner(b, id)).toEqual(getPartner(a, id));
    }
  });

  test('a delete concurrent with an edit converges on both peers', () => {
    const { a, b, id } = twoPeersWithPartner();
    const person = addPerson(a, { name: 'Ada', partnerId: id });
    syncAll(a, b);
    deletePartner(a, id);
    updatePartner(b, id, { name: 'Edited meanwhile' });
    updatePerson(b, person, { role: 'Chair' });
    syncAll(a, b);
    expect(getPartner(a, id)).toBeNull();
    expect(getPartner(b, id)).toBeNull();
    expect(getPerson(a, person)).toBeNull();
    expect(getPerson(b, person)).toBeNull();
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  test('concurrent adds never collide and both partners appear everywhere', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const fromA = addPartner(a, { name: 'Same name' });
    const fromB = addPartner(b, { name: 'Same name' });
    syncAll(a, b);
    expect(fromA).not.toBe(fromB);
    expect(byId(listPartners(a).items)).toEqual(byId(listPartners(b).items));
    expect(listPartners(a).items).toHaveLength(2);
  });
});
