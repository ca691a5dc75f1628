/**
 * Scores a folder of capture cases (the shared corpus's format: `<case>/page.html` + `case.json`)
 * in-process with `scorer.ts`, summed the way the corpus scorer sums them: TP/FP/FN per field over
 * all cases, then micro-F1 over every field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { ALL_FIELDS, caseF1, scoreCase } from './scorer';

export interface CorpusCase {
  id: string;
  url: string;
  form: string;
  expected: unknown;
  optional?: unknown;
  html: string;
}

export interface FieldTotals {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  cases: number;
  microF1: number;
  fields: Record<string, FieldTotals>;
  /** Per case: its F1 and the differences, for a failure message. */
  perCase: { id: string; f1: number; notes: string[] }[];
}

export function loadCases(dir: string): CorpusCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(resolve(dir, d, 'case.json')))
    .sort()
    .map((id) => {
      const c = JSON.parse(readFileSync(resolve(dir, id, 'case.json'), 'utf8')) as Omit<
        CorpusCase,
        'id' | 'html'
      >;
      return { ...c, id, html: readFileSync(resolve(dir, id, 'page.html'), 'utf8') };
    });
}

export function f1Of(t: FieldTotals): number {
  return t.tp + t.fp + t.fn === 0 ? 1 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}

export function scoreCases(cases: CorpusCase[]): CorpusScore {
  const fields: Record<string, FieldTotals> = {};
  for (const f of ALL_FIELDS) fields[f] = { tp: 0, fp: 0, fn: 0 };
  const perCase: CorpusScore['perCase'] = [];
  for (const c of cases) {
    // through JSON, as the CLI prints it, so the scorer sees what the corpus scorer would
    const result = JSON.parse(JSON.stringify(extractFromHtml(c.html, c.url))) as unknown;
    const s = scoreCase(c.expected, c.optional, result);
    for (const [f, v] of Object.entries(s)) {
      fields[f]!.tp += v.tp;
      fields[f]!.fp += v.fp;
      fields[f]!.fn += v.fn;
    }
    perCase.push({
      id: c.id,
      f1: caseF1(s),
      notes: Object.entries(s).flatMap(([f, v]) => v.notes.map((n) => `${f}: ${n}`)),
    });
  }
  const all = Object.values(fields).reduce(
    (a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { cases: cases.length, microF1: f1Of(all), fields, perCase };
}
