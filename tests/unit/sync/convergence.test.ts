import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import {
  addGoal,
  deleteGoal,
  getGoal,
  goalDescriptionText,
  goalsInColumn,
  listColumns,
  listGoals,
  moveGoal,
  restoreGoal,
  updateGoal,
} from '../../../lib/model/goal';
import { addPartner, getPartner, listPartners, updatePartner } from '../../../lib/model/partner';
import { Network, prng, syncAll } from '../../helpers/yjs';

// Peers exchanging updates the way the network does: late, in any order, some twice. Whatever
// happens, once everything is delivered every peer holds the same workspace.

afterEach(() => vi.restoreAllMocks());

let ids = 0;
function deterministicIds() {
  vi.spyOn(crypto, 'randomUUID').mockImplementation(
    () => `00000000-0000-4000-8000-${(ids++).toString(16).padStart(12, '0')}` as const,
  );
}

type Op =
  | { type: 'addGoal'; peer: number; title: string }
  | { type: 'title'; peer: number; pick: number; title: string }
  | { type: 'tags'; peer: number; pick: number; tags: string[] }
  | { type: 'target'; peer: number; pick: number; target: number }
  | { type: 'delete'; peer: number; pick: number; restore: boolean }
  | { type: 'move'; peer: number; pick: number; column: number; index: number }
  | { type: 'insertText'; peer: number; pick: number; at: number; text: string }
  | { type: 'deleteText'; peer: number; pick: number; at: number; length: number }
  | { type: 'addPartner'; peer: number; name: string }
  | { type: 'editPartner'; peer: number; pick: number; field: 'website' | 'description' }
  | { type: 'deliver'; peer: number; max: number };

function opArb(peers: number): fc.Arbitrary<Op> {
  const peer = fc.nat(peers - 1);
  const pick = fc.nat(40);
  const word = fc.constantFrom('reading', 'STEM', 'mentors', 'é', '🙂', ' ', 'volunteers');
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('addGoal'), peer, title: word }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('title'), peer, pick, title: word }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('tags'),
        peer,
        pick,
        tags: fc.subarray(['arts', 'stem', 'family']),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('target'), peer, pick, target: fc.nat(500) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('delete'), peer, pick, restore: fc.boolean() }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        type: fc.constant('move'),
        peer,
        pick,
        column: fc.nat(3),
        index: fc.nat(6),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('insertText'),
        peer,
        pick,
        at: fc.nat(30),
        text: word,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('deleteText'),
        peer,
        pick,
        at: fc.nat(30),
        length: fc.integer({ min: 1, max: 5 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('addPartner'), peer, name: word }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('editPartner'),
        peer,
        pick,
        field: fc.constantFrom('website' as const, 'description' as const),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('deliver'),
        peer,
        max: fc.integer({ min: 1, max: 8 }),
      }),
    },
  );
}

function pickFrom<T>(items: readonly T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

function apply(docs: Y.Doc[], network: Network, op: Op, step: number) {
  const doc = docs[op.peer]!;
  const goals = listGoals(doc).items.sort((a, b) => (a.id < b.id ? -1 : 1));
  const goal = 'pick' in op ? pickFrom(goals, op.pick) : undefined;
  switch (op.type) {
    case 'addGoal':
      addGoal(doc, { title: op.title.trim() || 'Goal' }, step);
      break;
    case 'title':
      if (goal && op.title.trim()) updateGoal(doc, goal.id, { title: op.title }, step);
      break;
    case 'tags':
      if (goal) updateGoal(doc, goal.id, { tags: op.tags }, step);
      break;
    case 'target':
      if (goal) updateGoal(doc, goal.id, { metric: { target: op.target } }, step);
      break;
    case 'delete':
      if (goal && op.restore) restoreGoal(doc, goal.id);
      else if (goal) deleteGoal(doc, goal.id, `peer ${op.peer}`, step);
      break;
    case 'move': {
      const column = pickFrom(listColumns(doc), op.column);
      if (goal && column) moveGoal(doc, goal.id, column.id, op.index, step);
      break;
    }
    case 'insertText': {
      const text = goal && goalDescriptionText(doc, goal.id);
      if (text) text.insert(Math.min(op.at, text.length), op.text);
      break;
    }
    case 'deleteText': {
      const text = goal && goalDescriptionText(doc, goal.id);
      if (text && text.length > 0) {
        const at = Math.min(op.at, text.length - 1);
        text.delete(at, Math.min(op.length, text.length - at));
      }
      break;
    }
    case 'addPartner':
      addPartner(doc, { name: op.name.trim() || 'Partner' }, step);
      break;
    case 'editPartner': {
      const partner = pickFrom(
        listPartners(doc).items.sort((a, b) => (a.id < b.id ? -1 : 1)),
        op.pick,
      );
      if (partner) {
        updatePartner(
          doc,
          partner.id,
          op.field === 'website'
            ? { website: `https://p${op.peer}-${step}.example.org/` }
            : { description: `Peer ${op.peer} at step ${step}` },
          step,
        );
      }
      break;
    }
    case 'deliver':
      network.flushSome(doc, op.max);
      break;
  }
}

/** What a user sees: every goal (order within each column included) and partner. */
function view(doc: Y.Doc) {
  return {
    board: listColumns(doc).map((column) =>
      goalsInColumn(doc, column.id).map((goal) => [goal.id, goal.title, goal.order]),
    ),
    goals: listGoals(doc)
      .items.map((goal) => ({
        ...goal,
        description: goalDescriptionText(doc, goal.id)?.toString(),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    partners: listPartners(doc).items.sort((a, b) => (a.id < b.id ? -1 : 1)),
    state: doc.toJSON(),
  };
}

describe('convergence of 3–5 peers under random delivery', () => {
  test('random goal, text, reorder, delete and partner edits converge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.integer(),
        fc.array(opArb(5), { minLength: 10, maxLength: 80 }),
        (peers, seed, ops) => {
          deterministicIds();
          const docs = Array.from({ length: peers }, (_, i) => {
            const doc = new Y.Doc();
            doc.clientID = i + 1;
            return doc;
          });
          const network = new Network(docs, prng(seed));
          ops.forEach((op, step) => apply(docs, network, { ...op, peer: op.peer % peers }, step));
          network.flushAll();
          const first = view(docs[0]!);
          for (const doc of docs.slice(1)) expect(view(doc)).toEqual(first);
          // Every goal sits in exactly one column once.
          const placed = first.board.flat().map(([id]) => id);
          expect(new Set(placed).size).toBe(placed.length);
          vi.restoreAllMocks();
        },
      ),
      { numRuns: 150 },
    );
  });

  test('concurrent edits to different fields of one goal and one partner both survive', () => {
    deterministicIds();
    const [a, b, c] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    const goalId = addGoal(a, { title: 'Reading buddies', description: 'Pair readers.' });
    const partnerId = addPartner(a, { name: 'Riverside Library' });
    syncAll(a, b, c);

    updateGoal(a, goalId, { title: 'Reading buddies 2027' });
    updateGoal(b, goalId, { tags: ['literacy'], metric: { target: 40 } });
    goalDescriptionText(c, goalId)!.insert(0, 'Weekly. ');
    goalDescriptionText(b, goalId)!.insert('Pair readers.'.length, ' Grades 1–3.');
    updatePartner(a, partnerId, { website: 'https://riverside.example.org/' });
    updatePartner(b, partnerId, { description: 'Saturday club' });
    syncAll(c, b, a);
    syncAll(a, b, c);

    for (const doc of [a, b, c]) {
      const goal = getGoal(doc, goalId)!;
      expect(goal.title).toBe('Reading buddies 2027');
      expect(goal.tags).toEqual(['literacy']);
      expect(goal.metric.target).toBe(40);
      expect(goalDescriptionText(doc, goalId)!.toString()).toBe(
        'Weekly. Pair readers. Grades 1–3.',
      );
      const partner = getPartner(doc, partnerId)!;
      expect(partner.website).toBe('https://riverside.example.org/');
      expect(partner.description).toBe('Saturday club');
    }
  });

  test('1,000 offline edits per side merge into one state', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const partnerA = addPartner(a, { name: 'Shared' });
    syncAll(a, b);
    for (let i = 0; i < 1000; i++) {
      if (i % 10 === 0) addPartner(a, { name: `A ${i}` });
      else updatePartner(a, partnerA, { cadenceDays: (i % 90) + 1 });
      if (i % 10 === 0) addPartner(b, { name: `B ${i}` });
      else updatePartner(b, partnerA, { description: `B edit ${i}` });
    }
    syncAll(a, b);
    expect(view(a)).toEqual(view(b));
    expect(listPartners(a).items).toHaveLength(201);
    expect(getPartner(a, partnerA)!.description).toBe('B edit 999');
  });
});
