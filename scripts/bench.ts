// `npm run bench [name…]`: runs every scripts/bench/<name>.bench.ts (or the named ones) in one
// process, one after another, and prints their Markdown sections. Figures within a section are
// measured in the same run so that ratios between them are meaningful on a noisy machine.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace('.bench.ts', '')))
  .sort();

console.log(`# Bridgework benchmarks\n\n${new Date().toISOString()} · Node ${process.version}\n`);
let failures = 0;
for (const file of files) {
  const started = performance.now();
  try {
    const bench = (await import(pathToFileURL(join(here, file)).href)) as {
      run: () => Promise<string>;
    };
    console.log(await bench.run());
    console.log(`_(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)_\n`);
  } catch (error) {
    failures++;
    console.log(`## ${file}\n\nFailed: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
}
process.exit(failures ? 1 : 0);
