/**
 * Score a folder of capture cases in-process (same rules as the shared corpus's scorer):
 *   npx tsx tests/unit/capture/score-corpus.ts tests/fixtures/capture [--verbose]
 * Prints per-field precision/recall/F1 and, last, `overall_f1=0.xxx cases=N`. --verbose lists each
 * case's differences (do not use it on the held-out folder while changing rules).
 */
import { resolve } from 'node:path';
import { f1Of, loadCases, scoreCases } from './corpus';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/capture');
const score = scoreCases(loadCases(dir));
const pad = (s: string | number, n: number): string => String(s).padStart(n);
console.log('field                   tp    fp    fn    prec     rec      f1');
for (const [f, t] of Object.entries(score.fields)) {
  const prec = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const rec = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  console.log(
    f.padEnd(20) +
      pad(t.tp, 5) +
      pad(t.fp, 6) +
      pad(t.fn, 6) +
      pad(prec.toFixed(3), 8) +
      pad(rec.toFixed(3), 8) +
      pad(f1Of(t).toFixed(3), 8),
  );
}
if (args.includes('--verbose')) {
  for (const c of score.perCase)
    if (c.notes.length) console.log(`\n${c.id} (f1 ${c.f1.toFixed(3)})\n  ${c.notes.join('\n  ')}`);
}
console.log(`overall_f1=${score.microF1.toFixed(3)} cases=${score.cases}`);
