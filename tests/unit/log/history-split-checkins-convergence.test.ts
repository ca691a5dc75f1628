import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection, transactLocal } from '../../../lib/model/doc';
import { isMovedRaw } from '../../../lib/model/history-split';
import { insertRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';
import { migratedPeers } from './migrated-peers';
import type { YearHistory } from '../../../lib/state/year-history';
import { fuzzParams } from '../../fuzz/fuzz-params';
import { syncAll } from '../../helpers/yjs';

/**
 * Check-ins under the history split, in random interleavings: an old-layout peer (workspace doc
 * only) and two peers that migrated concurrently, without having seen each other's year docs, add
 * check-ins, and the old peer undoes some of its own (before or after they were moved), while
 * their docs sync in random pairs. After a full exchange the two migrated peers show the same
 * check-ins, each once: every one added anywhere, but those the old peer undid.
 */

const TODAY = '2026-11-27';
const DATES = ['2019-10-01', '2021-03-04', '2025-09-15', '2026-11-20'];

type Peer = 0 | 1 | 2; // the old-layout peer, then the two migrated ones
type Op =
  | { type: 'add'; peer: Peer; date: number }
  | { type: 'undo' }
  | { type: 'syncMain'; a: Peer; b: Peer }
  | { type: 'syncYears' };

const peerArb = fc.constantFrom<Peer>(0, 1, 2);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), peer: peerArb, date: fc.nat(DATES.length - 1) }),
  fc.record({ type: fc.constant('undo' as const) }),
  fc.record({ type: fc.constant('syncMain' as const), a: peerArb, b: peerArb }),
  fc.record({ type: fc.constant('syncYears' as const) }),
);

let counter = 0;

/** A check-in as `addCheckin` writes it, into `doc` (the workspace doc or a year doc). */
function checkin(doc: Y.Doc, date: string): string {
  const id = `checkin-${counter++}`;
  transactLocal(doc, () =>
    insertRecord(doc, 'checkins', id, {
      goalId: 'goal-1',
      date,
      value: counter,
      createdAt: Date.now(),
    }),
  );
  return id;
}

function shown(h: YearHistory): Set<string> {
  const out = new Set<string>();
  for (const doc of h.all())
    collection(doc, 'checkins').forEach((raw, id) => {
      if (doc === h.main && isMovedRaw(raw)) return;
      if (out.has(id)) throw new Error(`${id} shows twice`);
      out.add(id);
    });
  return out;
}

describe('history split convergence with check-ins', () => {
  test('old-layout and migrated peers converge on the same check-ins, an undone one nowhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        const old = new Y.Doc();
        const mains = [old, new Y.Doc(), new Y.Doc()] as const;
        const added = new Set<string>();
        for (let i = 0; i < 6; i++) added.add(checkin(old, DATES[i % DATES.length]!));
        syncAll(...mains);
        const { histories, settled, syncYears, stop } = await migratedPeers(
          [mains[1], mains[2]],
          TODAY,
        );
        const undo = createUndoManager(old);
        const addedByOld: string[] = [];
        const undone = new Set<string>();

        for (const op of ops) {
          if (op.type === 'syncMain') {
            if (op.a !== op.b) syncAll(mains[op.a], mains[op.b]);
            await settled();
          } else if (op.type === 'syncYears') {
            await syncYears();
          } else if (op.type === 'undo') {
            const last = addedByOld.pop();
            if (last === undefined) continue;
            undo.undo();
            expect(collection(old, 'checkins').has(last)).toBe(false);
            undone.add(last);
          } else {
            const date = DATES[op.date]!;
            const doc = op.peer === 0 ? old : histories[op.peer - 1]!.docFor(date);
            const id = checkin(doc, date);
            added.add(id);
            if (op.peer === 0) {
              addedByOld.push(id);
              // One Undo step per check-in.
              undo.stopCapturing();
            }
          }
        }

        for (let round = 0; round < 2; round++) {
          syncAll(...mains);
          await settled();
          await syncYears();
        }

        const [one, two] = histories.map(shown) as [Set<string>, Set<string>];
        expect([...two].sort()).toEqual([...one].sort());
        expect([...one].sort()).toEqual([...added].filter((id) => !undone.has(id)).sort());
        await stop();
      }),
      fuzzParams(25),
    );
  }, 60_000);
});
