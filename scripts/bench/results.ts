import { benchSizes, type BenchSize } from './workspace-data';
// One row of `bench/results.json`: what `npm run bench` measured, against its budget and, where
// there is one, a peer's figure (published, or the same data stored another way).

export interface BenchRow {
  /** What and at which size: `first-view-district`, `panel-js-gzip`. */
  scenario: string;
  value: number;
  unit: string;
  /** The most the scenario may take (issue 17, DESIGN.md); null when it has none. */
  budget: number | null;
  /** The figure it is compared with (named in docs/benchmarks.md); null when none. */
  peer: number | null;
  /** value / peer, or null without a peer. */
  ratio: number | null;
}

/** A bench file's answer: its Markdown section, and the rows it adds to the summary table. */
export interface BenchOutput {
  markdown: string;
  rows: BenchRow[];
}

export function benchRow(
  scenario: string,
  value: number,
  unit: string,
  budget: number | null = null,
  peer: number | null = null,
): BenchRow {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    scenario,
    value: round(value),
    unit,
    budget,
    peer: peer === null ? null : round(peer),
    ratio: peer ? round(value / peer) : null,
  };
}

/** "yes", or by how much the row misses its budget. */
export function verdict(row: BenchRow): string {
  if (row.budget === null) return '—';
  if (row.value <= row.budget) return 'yes';
  const over = row.value / row.budget - 1;
  return over < 1 ? `no (+${Math.round(over * 100)} %)` : `no (${(over + 1).toFixed(1)}× budget)`;
}

/** Runs a sized bench for each size asked for (BENCH_SIZE), one section and its rows each. */
export async function forEachSize(
  runOne: (size: BenchSize) => Promise<BenchOutput>,
): Promise<BenchOutput> {
  const outputs: BenchOutput[] = [];
  for (const size of benchSizes()) outputs.push(await runOne(size));
  return {
    markdown: outputs.map((o) => o.markdown).join('\n'),
    rows: outputs.flatMap((o) => o.rows),
  };
}
