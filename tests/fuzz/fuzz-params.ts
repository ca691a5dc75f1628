/**
 * One place for the fuzz suites' seed and run count. CI runs them with a fixed seed so a failure
 * reproduces; `npm run fuzz` runs them longer with a fresh random seed each time and prints it.
 * Reproduce a failure with FUZZ_SEED=<seed> npm run fuzz.
 */
const random = process.env.FUZZ_RANDOM === '1';
const fixedSeed = Number(process.env.FUZZ_SEED);

export const FUZZ_SEED = Number.isInteger(fixedSeed)
  ? fixedSeed
  : random
    ? Math.floor(Math.random() * 2 ** 31)
    : 20261127;

/** Scales a suite's CI run count: `npm run fuzz` runs 20 times as many cases. */
export function fuzzRuns(ciRuns: number): number {
  const factor = Number(process.env.FUZZ_FACTOR) || (random ? 20 : 1);
  return Math.max(1, Math.round(ciRuns * factor));
}

/** fast-check parameters for one property: the shared seed, a scaled run count. */
export function fuzzParams(ciRuns: number) {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(ciRuns) };
}

if (random) console.log(`fuzz seed ${FUZZ_SEED} (reproduce with FUZZ_SEED=${FUZZ_SEED})`);
