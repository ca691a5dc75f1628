/**
 * Three peers save agreement versions, confirm them and change commitment statuses while apart,
 * then exchange updates in a random order. Afterwards every peer must read the same current
 * agreement and the same commitment status, and no saved text may be lost.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  agreementHistory,
  agreementVersionsOf,
  confirmAgreement,
  saveAgreement,
} from '../../lib/model/agreement';
import {
  addCommitment,
  changeCommitmentStatus,
  COMMITMENT_STATUSES,
  getCommitment,
} from '../../lib/model/commitment';
import { fuzzParams } from './fuzz-params';

const PARTNER = 'partner-1';

type Op =
  | { kind: 'save'; peer: number; text: string; at: number }
  | { kind: 'confirm'; peer: number; side: 'school' | 'partner' }
  | { kind: 'status'; peer: number; to: (typeof COMMITMENT_STATUSES)[number] }
  | { kind: 'sync'; from: number; to: number };

const peer = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    peer,
    text: fc.string({ minLength: 1, maxLength: 12 }),
    at: fc.integer({ min: 0, max: 50 }),
  }),
  fc.record({
    kind: fc.constant('confirm' as const),
    peer,
    side: fc.constantFrom('school', 'partner'),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    peer,
    to: fc.constantFrom(...COMMITMENT_STATUSES),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: peer, to: peer }),
);

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from));

describe('agreements and commitments converge', () => {
  test('every peer reads the same current version and status, and every saved text is kept', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (ops, order) => {
          const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
          const commitmentId = addCommitment(docs[0]!, {
            partnerId: PARTNER,
            side: 'partner',
            text: 'Lend books',
          });
          for (const doc of docs.slice(1)) sync(docs[0]!, doc);
          const saved = new Set<string>();
          for (const step of ops) {
            if (step.kind === 'sync') sync(docs[step.from]!, docs[step.to]!);
            else if (step.kind === 'save') {
              const text = `${step.peer}:${step.text}`;
              if (saveAgreement(docs[step.peer]!, PARTNER, { purpose: text }, { now: step.at }))
                saved.add(text.trim());
            } else if (step.kind === 'confirm') {
              const current = agreementHistory(
                agreementVersionsOf(docs[step.peer]!, PARTNER),
              ).current;
              if (current)
                confirmAgreement(docs[step.peer]!, current.id, {
                  name: 'Someone',
                  side: step.side,
                  date: '2026-11-20',
                });
            } else {
              changeCommitmentStatus(docs[step.peer]!, commitmentId, { to: step.to, note: 'why' });
            }
          }
          // Everyone exchanges everything, in a random order, twice over.
          const pairs = [
            [0, 1],
            [1, 2],
            [2, 0],
            [1, 0],
            [2, 1],
            [0, 2],
          ];
          const shuffled = pairs
            .map((pair, i) => ({ pair, key: order[i]! }))
            .sort((a, b) => a.key - b.key)
            .map(({ pair }) => pair);
          for (const [from, to] of [...shuffled, ...shuffled]) sync(docs[from!]!, docs[to!]!);

          const histories = docs.map((doc) => agreementHistory(agreementVersionsOf(doc, PARTNER)));
          const currents = histories.map((h) => h.current?.id ?? null);
          expect(new Set(currents).size).toBe(1);
          const texts = new Set(
            [histories[0]!.current, ...histories[0]!.earlier]
              .map((v) => v?.purpose)
              .filter(Boolean),
          );
          for (const text of saved) expect(texts).toContain(text);
          const statuses = docs.map((doc) => getCommitment(doc, commitmentId)?.status);
          expect(new Set(statuses).size).toBe(1);
        },
      ),
      fuzzParams(100),
    );
  }, 120_000);
});
