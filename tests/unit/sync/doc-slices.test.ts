import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { encodeInSlices, inDependencyOrder } from '../../../lib/sync/doc-slices';

/** One edit by one of several clients, or two clients exchanging what they have. */
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    client: fc.nat(3),
    key: fc.constantFrom('a', 'b', 'c', 'd'),
    nested: fc.boolean(),
    value: fc.string({ maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    client: fc.nat(3),
    key: fc.constantFrom('a', 'b', 'c', 'd'),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    client: fc.nat(3),
    at: fc.nat(20),
    text: fc.string({ minLength: 1, maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant('cut' as const),
    client: fc.nat(3),
    at: fc.nat(20),
    length: fc.nat(4),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Four clients editing a map of nested maps, an array and a text, syncing now and then. */
function replay(operations: Operation[]): Y.Doc {
  const clients = Array.from({ length: 4 }, () => new Y.Doc());
  for (const op of operations) {
    if (op.kind === 'sync') {
      const [from, to] = [clients[op.from]!, clients[op.to]!];
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
      continue;
    }
    const doc = clients[op.client]!;
    const records = doc.getMap<unknown>('records');
    const list = doc.getArray<string>('list');
    const text = doc.getText('notes');
    if (op.kind === 'set') {
      const current = records.get(op.key);
      if (op.nested && current instanceof Y.Map) current.set('field', op.value);
      else if (op.nested) {
        const record = new Y.Map<unknown>();
        record.set('field', op.value);
        records.set(op.key, record);
      } else records.set(op.key, op.value);
    } else if (op.kind === 'delete') records.delete(op.key);
    else if (op.kind === 'insert') {
      list.insert(Math.min(op.at, list.length), [op.text]);
      text.insert(Math.min(op.at, text.length), op.text);
    } else {
      const at = Math.min(op.at, list.length);
      list.delete(at, Math.min(op.length, list.length - at));
      const from = Math.min(op.at, text.length);
      text.delete(from, Math.min(op.length, text.length - from));
    }
  }
  const whole = new Y.Doc();
  for (const doc of clients) Y.applyUpdate(whole, Y.encodeStateAsUpdate(doc));
  return whole;
}

function expectSameDoc(actual: Y.Doc, expected: Y.Doc) {
  expect(actual.toJSON()).toEqual(expected.toJSON());
  expect(actual.getText('notes').toString()).toBe(expected.getText('notes').toString());
  // Same items and same deletions.
  expect(Y.equalSnapshots(Y.snapshot(actual), Y.snapshot(expected))).toBe(true);
}

describe('a doc stored as slices', () => {
  test('applied in their order, the slices build the same doc, never waiting on a missing item', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (ops, size) => {
          const whole = replay(ops);
          const slices = encodeInSlices(whole, size);
          const rebuilt = new Y.Doc();
          for (const slice of slices) {
            Y.applyUpdate(rebuilt, slice);
            expect(rebuilt.store.pendingStructs).toBeNull();
          }
          expectSameDoc(rebuilt, whole);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a district-like history of many sessions comes back whole from slices of 2,000 items', () => {
    // 60 sessions (each a new client, as each panel open is), each adding records and editing
    // earlier sessions' records: references across clients everywhere.
    const whole = new Y.Doc();
    for (let session = 0; session < 60; session++) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(whole));
      const records = doc.getMap<Y.Map<unknown>>('records');
      doc.transact(() => {
        for (let i = 0; i < 50; i++) {
          const record = new Y.Map<unknown>();
          record.set('name', `Partner ${session}-${i}`);
          records.set(`p${session}-${i}`, record);
        }
        for (let i = 0; i < 80; i++) {
          const key = `p${(session * 7 + i) % (session + 1)}-${i % 50}`;
          records.get(key)?.set('name', `Renamed in ${session}`);
        }
        if (session > 0) records.delete(`p${session - 1}-3`);
      });
      Y.applyUpdate(whole, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(whole)));
    }
    const slices = encodeInSlices(whole, 2_000);
    expect(slices.length).toBeGreaterThan(2);
    const rebuilt = new Y.Doc();
    for (const slice of slices) {
      Y.applyUpdate(rebuilt, slice);
      expect(rebuilt.store.pendingStructs).toBeNull();
    }
    expectSameDoc(rebuilt, whole);
  });

  test('an empty doc is one update with nothing in it', () => {
    const slices = encodeInSlices(new Y.Doc());
    expect(slices).toHaveLength(1);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, slices[0]!);
    expect(rebuilt.store.clients.size).toBe(0);
  });
});

describe('inDependencyOrder', () => {
  test('every group comes after the groups it depends on; a cycle is one group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((count) =>
          fc.array(fc.uniqueArray(fc.nat(count - 1), { maxLength: 4 }), {
            minLength: count,
            maxLength: count,
          }),
        ),
        (dependencies) => {
          const groups = inDependencyOrder(dependencies);
          const groupOf = new Map<number, number>();
          groups.forEach((group, g) => group.forEach((node) => groupOf.set(node, g)));
          expect([...groupOf.keys()].sort((a, b) => a - b)).toEqual(dependencies.map((_, i) => i));
          dependencies.forEach((needs, node) => {
            for (const needed of needs)
              expect(groupOf.get(needed)!).toBeLessThanOrEqual(groupOf.get(node)!);
          });
        },
      ),
    );
    expect(inDependencyOrder([[1], [0], [1]])).toEqual([[0, 1], [2]]);
  });
});
