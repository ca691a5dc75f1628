/**
 * The project's own capture corpus (tests/fixtures/capture, hand-written pages of hosted and other
 * hard kinds) scored with the shared corpus's rules. Runs from the repository alone; a change that
 * lowers the micro-F1 below the floor fails CI. The floor is a regression floor: the measured score
 * less a small margin (see FLOOR); raise it when a change lifts the score for good (measure: npx tsx
 * tests/unit/capture/score-corpus.ts).
 * The held-out part (tests/fixtures/capture-holdout) is deliberately not scored here.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCases, scoreCases } from './corpus';

// regression floor: the micro-F1 measured on the 159 development cases after the socials and
// url round (0.989, 2026-11-27) less 0.005, rounded down; kept after the street round (0.988 on
// 179 cases); raised after the host-detection round (0.990 on 241 cases); after the kind-5 round
// 0.986 on the 280 cases then committed (its 17 pages and the kind-6 round's pages, some still
// being worked on), less 0.005; it guards against regressions, it is not a target
const FLOOR = 0.981;

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/capture');

describe('capture on the project corpus', () => {
  it('keeps micro-F1 over the development cases at or above the floor', () => {
    const cases = loadCases(dir);
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const score = scoreCases(cases);
    const worst = [...score.perCase]
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 5)
      .map((c) => `${c.id} ${c.f1.toFixed(3)}\n    ${c.notes.join('\n    ')}`);
    expect(
      score.microF1,
      `micro-F1 ${score.microF1.toFixed(3)} < ${FLOOR}; weakest cases:\n${worst.join('\n')}`,
    ).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);
});
