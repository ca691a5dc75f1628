import fc from 'fast-check';
import { FUZZ_SEED } from '../fuzz/fuzz-params';

// Every property test uses the fuzz suites' seed: fixed in CI, so a run that passes passes again
// and a failure reproduces; random with FUZZ_RANDOM=1 (`npm run fuzz`), reproducible with
// FUZZ_SEED=<seed>. A property test that names its own seed keeps it.
fc.configureGlobal({ seed: FUZZ_SEED });
