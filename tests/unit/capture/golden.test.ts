/**
 * Golden test over the shared capture corpus: every case's F1 (scored with a port of the corpus
 * scorer's comparison rules) must not drop below its committed baseline.
 *
 * The corpus lives beside the repository (../shared), not in it: vitest.config.ts leaves this file
 * out where there is no corpus (rules.test.ts, walk.test.ts and the capture fuzz suite cover capture
 * from the repository alone).
 *
 * Refresh the baseline after an intended change:
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/capture/golden.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { caseF1, scoreCase } from './scorer';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = resolve(repoRoot, '../shared/capture-corpus');
const casesDir = resolve(corpus, 'cases');
const baselineFile = resolve(repoRoot, 'tests/fixtures/capture/golden-baseline.json');
const update = process.env.UPDATE_GOLDEN === '1';

interface CaseFile {
  url: string;
  form: string;
  expected: unknown;
  optional?: unknown;
}

describe('capture golden corpus', () => {
  it('scores every case at least as well as the baseline', () => {
    if (!existsSync(casesDir)) throw new Error(`capture corpus not found at ${casesDir}`);
    const ids = readdirSync(casesDir)
      .filter((d) => existsSync(resolve(casesDir, d, 'case.json')))
      .sort();
    expect(ids.length).toBeGreaterThan(0);
    const scores: Record<string, number> = {};
    const notes: Record<string, string[]> = {};
    for (const id of ids) {
      const c = JSON.parse(readFileSync(resolve(casesDir, id, 'case.json'), 'utf8')) as CaseFile;
      const html = readFileSync(resolve(casesDir, id, 'page.html'), 'utf8');
      const result = JSON.parse(JSON.stringify(extractFromHtml(html, c.url))) as unknown;
      const s = scoreCase(c.expected, c.optional, result);
      scores[id] = Math.round(caseF1(s) * 1000) / 1000;
      notes[id] = Object.entries(s).flatMap(([f, v]) => v.notes.map((n) => `${f}: ${n}`));
    }
    if (update) {
      writeFileSync(baselineFile, JSON.stringify(scores, null, 2) + '\n');
      return;
    }
    if (!existsSync(baselineFile)) {
      throw new Error(`no baseline at ${baselineFile}; create it with UPDATE_GOLDEN=1`);
    }
    const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, number>;
    const drops: string[] = [];
    for (const id of ids) {
      const base = baseline[id];
      if (base === undefined) continue; // a new case: refresh the baseline to include it
      if (scores[id]! + 1e-9 < base) {
        drops.push(`${id}: ${scores[id]} < baseline ${base}\n    ${notes[id]!.join('\n    ')}`);
      }
    }
    expect(drops, `cases scoring below their baseline:\n${drops.join('\n')}`).toEqual([]);
  }, 60_000);
});
