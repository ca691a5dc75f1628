import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addContribution,
  deleteContribution,
  updateContribution,
} from '../../../lib/model/contribution';
import { softDelete } from '../../../lib/model/deletion';
import { collection, transactLocal } from '../../../lib/model/doc';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { historyRecordIn } from '../../../lib/model/history-records';
import { isMovedRaw, MOVED_AT_KEY, MOVED_KEY } from '../../../lib/model/history-split';
import { migratedPeers } from '../log/migrated-peers';
import type { YearHistory } from '../../../lib/state/year-history';
import { fuzzParams } from '../../fuzz/fuzz-params';
import { syncAll } from '../../helpers/yjs';

/**
 * Contributions under the history split, in random interleavings (lib/model/history-split.ts):
 * an old-layout peer (workspace doc only) and two peers that migrated concurrently add
 * contributions, change their amounts and delete them, while their docs sync in random pairs.
 * After a full exchange the two migrated peers hold the same contributions with the same fields;
 * an amount changed by one edit only (no other edit of that contribution's amount anywhere) has
 * that value, and a deletion anywhere is a deletion everywhere.
 */

const TODAY = '2026-11-27';
const DATES = ['2019-10-01', '2021-03-04', '2025-09-15', '2026-11-20'];
const NOW = Date.parse(`${TODAY}T12:00:00Z`);

type Peer = 0 | 1 | 2; // the old-layout peer, then the two migrated ones
type Op =
  | { type: 'add'; peer: Peer; date: number }
  | { type: 'amount'; peer: Peer; pick: number; amount: number }
  | { type: 'delete'; peer: Peer; pick: number }
  | { type: 'syncMain'; a: Peer; b: Peer }
  | { type: 'syncYears' };

const peerArb = fc.constantFrom<Peer>(0, 1, 2);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), peer: peerArb, date: fc.nat(DATES.length - 1) }),
  fc.record({
    type: fc.constant('amount' as const),
    peer: peerArb,
    pick: fc.nat(50),
    amount: fc.integer({ min: 1, max: 9_999 }),
  }),
  fc.record({ type: fc.constant('delete' as const), peer: peerArb, pick: fc.nat(50) }),
  fc.record({ type: fc.constant('syncMain' as const), a: peerArb, b: peerArb }),
  fc.record({ type: fc.constant('syncYears' as const) }),
);

const grant = (date: string, amount = 100) => ({
  partnerId: 'p1',
  direction: 'from-partner' as const,
  kind: 'grant' as const,
  amount,
  currency: 'USD',
  date,
});

/** What each migrated peer shows: the copy that counts of every contribution, marks left out. */
function shown(h: YearHistory): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const docs = h.all();
  for (const doc of docs)
    collection(doc, 'contributions').forEach((_raw, id) => {
      if (out.has(id)) return;
      const raw = historyRecordIn(docs, 'contributions', id) as Y.Map<unknown>;
      const json = raw.toJSON() as Record<string, unknown>;
      delete json[MOVED_KEY];
      delete json[MOVED_AT_KEY];
      out.set(id, json);
    });
  return out;
}

describe('history split convergence with contributions', () => {
  test('old-layout and migrated peers converge; a lone amount change and every deletion survive', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        const old = new Y.Doc();
        const oldHistory = singleDocHistory(old);
        const mains = [old, new Y.Doc(), new Y.Doc()] as const;
        const ids: string[] = [];
        for (let i = 0; i < 5; i++)
          ids.push(addContribution(oldHistory, grant(DATES[i % DATES.length]!), NOW));
        syncAll(...mains);
        const { histories, settled, syncYears, stop } = await migratedPeers(
          [mains[1], mains[2]],
          TODAY,
        );
        // Moved: each original marked, its copy in its year's doc.
        expect([...collection(mains[1], 'contributions').values()].every(isMovedRaw)).toBe(true);
        const amounts = new Map<string, number[]>();
        const deleted = new Set<string>();
        const dateOf = new Map<string, string>(ids.map((id, i) => [id, DATES[i % DATES.length]!]));

        for (const op of ops) {
          if (op.type === 'syncMain') {
            if (op.a !== op.b) syncAll(mains[op.a], mains[op.b]);
            await settled();
          } else if (op.type === 'syncYears') {
            await syncYears();
          } else if (op.type === 'add') {
            const date = DATES[op.date]!;
            const history = op.peer === 0 ? oldHistory : histories[op.peer - 1]!;
            const id = addContribution(history, grant(date), NOW);
            ids.push(id);
            dateOf.set(id, date);
          } else {
            const id = ids[op.pick % ids.length]!;
            if (op.peer === 0) {
              // The old layout edits the workspace doc's record, moved or not.
              const record = collection(old, 'contributions').get(id);
              if (!(record instanceof Y.Map)) continue;
              if (op.type === 'amount') transactLocal(old, () => record.set('amount', op.amount));
              else softDelete(old, 'contributions', id, 'Old', { now: NOW });
            } else {
              const history = histories[op.peer - 1]!;
              if (!historyRecordIn(history.all(), 'contributions', id)) continue; // not here yet
              if (op.type === 'amount')
                updateContribution(history, id, { ...grant(dateOf.get(id)!, op.amount) }, NOW);
              else deleteContribution(history, id, 'New', NOW);
            }
            if (op.type === 'amount') amounts.set(id, [...(amounts.get(id) ?? []), op.amount]);
            else deleted.add(id);
          }
        }

        for (let round = 0; round < 2; round++) {
          syncAll(...mains);
          await settled();
          await syncYears();
        }

        const [one, two] = histories.map(shown) as [
          Map<string, Record<string, unknown>>,
          Map<string, Record<string, unknown>>,
        ];
        expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
        expect([...one.keys()].sort()).toEqual([...ids].sort());
        for (const [id, fields] of one) {
          expect(two.get(id)).toEqual(fields);
          const edits = amounts.get(id) ?? [];
          if (edits.length === 1) expect(fields.amount).toBe(edits[0]);
          if (deleted.has(id)) expect(fields.deletedAt).toBeDefined();
        }
        await stop();
      }),
      fuzzParams(25),
    );
  }, 120_000);
});
