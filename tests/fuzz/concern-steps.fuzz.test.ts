import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  CONCERN_STATUSES,
  ConcernMoveError,
  getConcern,
  moveConcern,
  raiseConcern,
} from '../../lib/model/concern';
import { collection } from '../../lib/model/doc';
import { syncAll } from '../helpers/yjs';
import { fuzzParams } from './fuzz-params';

const analysis = { rootCause: 'cause', whatWeChange: 'change' };

/** One peer's attempt: move the concern to a status, with or without a note; maybe sync first. */
const attempt = fc.record({
  peer: fc.integer({ min: 0, max: 2 }),
  to: fc.constantFrom(...CONCERN_STATUSES),
  note: fc.boolean(),
  syncBefore: fc.boolean(),
});

describe('concern steps from three peers in any order', () => {
  test('every peer ends with the same steps and status; each accepted move is kept; one lesson per resolution', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 12 }), (attempts) => {
        const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const id = raiseConcern(peers[0]!, {
          partnerId: 'p1',
          text: 'A concern',
          side: 'school',
          date: '2026-11-01',
        });
        syncAll(...peers);
        let accepted = 0;
        let resolutions = 0;
        for (const { peer, to, note, syncBefore } of attempts) {
          if (syncBefore) syncAll(...peers);
          try {
            const step = { to, date: '2026-11-02', note: note ? 'why' : '' };
            const lesson = moveConcern(
              peers[peer]!,
              id,
              step,
              to === 'resolved' ? analysis : undefined,
            );
            accepted++;
            if (lesson) resolutions++;
          } catch (error) {
            expect(error).toBeInstanceOf(ConcernMoveError);
          }
        }
        syncAll(...peers);
        const concerns = peers.map((doc) => getConcern(doc, id)!);
        for (const concern of concerns) {
          expect(concern.steps).toEqual(concerns[0]!.steps);
          expect(concern.status).toBe(concerns[0]!.status);
        }
        expect(concerns[0]!.steps).toHaveLength(accepted);
        for (const doc of peers) expect(collection(doc, 'lessons').size).toBe(resolutions);
      }),
      fuzzParams(150),
    );
  });
});
