// The side panel's JavaScript before its first view (partners list), gzipped, from a production
// build made for the benchmark: the entry chunk and every chunk it imports statically.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeBuildIn, firstViewChunks } from '../lib/panel-size';
import { benchRow, type BenchOutput } from './results';
import { table } from './stats';

const BUDGET_KB = 150;

export async function run(): Promise<BenchOutput> {
  const outDir = join(tmpdir(), 'bridgework-bench', 'production');
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, BRIDGEWORK_OUT_DIR: outDir },
    stdio: 'ignore',
  });
  const chunks = firstViewChunks(chromeBuildIn(outDir));
  const kb = (bytes: number) => bytes / 1024;
  const total = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  const markdown = [
    '## Panel JavaScript before the first view (production build)',
    '',
    table(
      ['chunk', 'bytes', 'gzipped'],
      [
        ...chunks.map((c) => [
          c.file,
          `${kb(c.bytes).toFixed(1)} KB`,
          `${kb(c.gzip).toFixed(1)} KB`,
        ]),
        [
          '**total**',
          `${kb(chunks.reduce((sum, c) => sum + c.bytes, 0)).toFixed(1)} KB`,
          `**${kb(total).toFixed(1)} KB**`,
        ],
      ],
    ),
    '',
  ].join('\n');
  return { markdown, rows: [benchRow('panel-js-gzip', kb(total), 'KB', BUDGET_KB)] };
}
