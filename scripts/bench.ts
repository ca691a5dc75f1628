// `npm run bench [name…|all]`: runs the scenario benches (or the named scripts/bench/<name>.bench.ts,
// or every one) in one process, one after another, and prints their Markdown sections, then one
// table of every scenario row the benches returned, which is also written to bench/results.json.
// Figures within a section are measured in the same run so that ratios between them are
// meaningful on a noisy machine. BENCH_SIZE=school|district picks one size of the sized
// scenarios (both when unset).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { verdict, type BenchOutput, type BenchRow } from './bench/results';
import { table } from './bench/stats';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const here = join(root, 'scripts', 'bench');
/**
 * The scenarios `npm run bench` runs by default: each returns rows for the summary table, and
 * together they take a few minutes on a shared 2-core machine. The other bench files (capture,
 * sync, goals, log, data…) print detailed sections: `npm run bench all`, or name them.
 */
const SCENARIOS = ['first-view', 'panel-size', 'doc-size', 'offscreen-memory'];
const args = process.argv.slice(2);
const wanted = args.length === 0 ? SCENARIOS : args;
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.includes('all') || wanted.includes(file.replace('.bench.ts', '')))
  .sort();

console.log(`# Bridgework benchmarks\n\n${new Date().toISOString()} · Node ${process.version}\n`);
let failures = 0;
const rows: BenchRow[] = [];
for (const file of files) {
  const started = performance.now();
  try {
    const bench = (await import(pathToFileURL(join(here, file)).href)) as {
      run: () => Promise<string | BenchOutput>;
    };
    const output = await bench.run();
    if (typeof output === 'string') console.log(output);
    else {
      console.log(output.markdown);
      rows.push(...output.rows);
    }
    console.log(`_(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)_\n`);
  } catch (error) {
    failures++;
    console.log(`## ${file}\n\nFailed: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
}

const show = (n: number | null) => (n === null ? '—' : String(n));
console.log('## Scenarios\n');
console.log(
  table(
    ['scenario', 'value', 'unit', 'budget', 'met?', 'peer', 'ratio'],
    rows.map((r) => [
      r.scenario,
      show(r.value),
      r.unit,
      show(r.budget),
      verdict(r),
      show(r.peer),
      show(r.ratio),
    ]),
  ),
);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`\n${rows.length} rows written to bench/results.json`);
process.exit(failures ? 1 : 0);
