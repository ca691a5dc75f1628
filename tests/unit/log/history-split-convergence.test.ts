import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { isMovedRaw } from '../../../lib/model/history-split';
import {
  addLogEntry,
  deleteLogEntry,
  listLogEntries,
  updateLogEntry,
  type LogEntry,
} from '../../../lib/model/log-entry';
import { migratedPeers } from './migrated-peers';
import type { YearHistory } from '../../../lib/state/year-history';
import { fuzzParams } from '../../fuzz/fuzz-params';
import { syncAll } from '../../helpers/yjs';

/**
 * The history split under random interleavings: an old-layout peer (workspace doc only) and two
 * peers that migrated concurrently, without having seen each other's year docs, add, rename and
 * delete entries while their docs sync in random pairs. After a full exchange the two migrated
 * peers show the same entries; every entry added anywhere is there unless someone deleted it; a
 * title only one peer ever changed ends as that peer's last one, and any other is one written.
 */

afterEach(() => vi.restoreAllMocks());

const TODAY = '2026-11-27';
const DATES = ['2019-10-01', '2021-03-04', '2025-09-15', '2026-11-20'];

type Peer = 0 | 1 | 2; // the old-layout peer, then the two migrated ones
type Op =
  | { type: 'add'; peer: Peer; date: number }
  | { type: 'rename'; peer: Peer; pick: number }
  | { type: 'delete'; peer: Peer; pick: number }
  | { type: 'syncMain'; a: Peer; b: Peer }
  | { type: 'syncYears' };

const peerArb = fc.constantFrom<Peer>(0, 1, 2);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), peer: peerArb, date: fc.nat(DATES.length - 1) }),
  fc.record({ type: fc.constant('rename' as const), peer: peerArb, pick: fc.nat(40) }),
  fc.record({ type: fc.constant('delete' as const), peer: peerArb, pick: fc.nat(40) }),
  fc.record({ type: fc.constant('syncMain' as const), a: peerArb, b: peerArb }),
  fc.record({ type: fc.constant('syncYears' as const) }),
);

function live(h: YearHistory): Map<string, LogEntry> {
  const out = new Map<string, LogEntry>();
  for (const doc of h.all()) {
    const log = collection(doc, 'log');
    for (const entry of listLogEntries(doc).items) {
      if (doc === h.main && isMovedRaw(log.get(entry.id))) continue;
      if (out.has(entry.id)) throw new Error(`${entry.id} shows twice`);
      out.set(entry.id, entry);
    }
  }
  return out;
}

describe('history split convergence', () => {
  test('old-layout and migrated peers converge without losing an entry or a lone edit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => {
        const old = new Y.Doc();
        const mains = [old, new Y.Doc(), new Y.Doc()] as const;
        const dates = new Map<string, string>();
        for (let i = 0; i < 6; i++) {
          const date = DATES[i % DATES.length]!;
          dates.set(addLogEntry(old, { kind: 'note', date, title: `Seed ${i}` }).id, date);
        }
        syncAll(...mains);
        const { histories, settled, syncYears, stop } = await migratedPeers(
          [mains[1], mains[2]],
          TODAY,
        );
        const ids = [...dates.keys()];
        const deleted = new Set<string>();
        const titles = new Map<string, { peer: Peer; title: string }[]>();
        let n = 0;

        for (const op of ops) {
          if (op.type === 'syncMain') {
            if (op.a !== op.b) syncAll(mains[op.a], mains[op.b]);
            await settled();
            continue;
          }
          if (op.type === 'syncYears') {
            await syncYears();
            continue;
          }
          const doc = (id: string | null, date: string) =>
            op.peer === 0 ? old : histories[op.peer - 1]!.docFor(date);
          if (op.type === 'add') {
            const date = DATES[op.date]!;
            const id = addLogEntry(doc(null, date), {
              kind: 'call',
              date,
              title: `Added ${n++}`,
            }).id;
            dates.set(id, date);
            ids.push(id);
            continue;
          }
          const id = ids[op.pick % ids.length]!;
          const target = doc(id, dates.get(id)!);
          // A peer can only edit what it has received.
          if (!(collection(target, 'log').get(id) instanceof Y.Map)) continue;
          if (op.type === 'rename') {
            const title = `Title ${n++}`;
            updateLogEntry(target, id, { title });
            titles.set(id, [...(titles.get(id) ?? []), { peer: op.peer, title }]);
          } else {
            deleteLogEntry(target, id, `Peer ${op.peer}`);
            deleted.add(id);
          }
        }

        for (let round = 0; round < 2; round++) {
          syncAll(...mains);
          await settled();
          await syncYears();
        }

        const [one, two] = histories.map(live) as [Map<string, LogEntry>, Map<string, LogEntry>];
        expect(two).toEqual(one);
        expect([...one.keys()].sort()).toEqual(ids.filter((id) => !deleted.has(id)).sort());
        for (const [id, written] of titles) {
          const entry = one.get(id);
          if (!entry) continue;
          const peers = new Set(written.map((w) => w.peer));
          if (peers.size === 1) expect(entry.title).toBe(written[written.length - 1]!.title);
          else expect(written.map((w) => w.title)).toContain(entry.title);
        }
        await stop();
      }),
      fuzzParams(25),
    );
  }, 60_000);
});
