// The stored doc against the same data as JSON, and what one small edit costs on the wire, for
// the BENCH_SIZE workspace (workspace-data.ts). Peers: JSON.stringify of the doc's contents, and
// Yjs's published ~27 bytes for an average small edit.
import * as Y from 'yjs';
import { DEFAULT_COLUMNS, updateGoal } from '../../lib/model/goal';
import { updateLogEntry } from '../../lib/model/log-entry';
import { updatePartner } from '../../lib/model/partner';
import { benchRow, type BenchOutput } from './results';
import { median, table } from './stats';
import { benchSizes, workspaceUpdate, type BenchSize } from './workspace-data';

const YJS_PUBLISHED_EDIT_BYTES = 27;

async function runOne(size: BenchSize, withEdits: boolean): Promise<BenchOutput> {
  const { update } = workspaceUpdate(size);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  // Every collection is a top-level map; a doc lists them only once they are asked for by type.
  const contents = Object.fromEntries(
    [...doc.share.keys()].map((name) => [name, doc.getMap(name).toJSON()]),
  );
  const jsonBytes = Buffer.byteLength(JSON.stringify(contents));

  const edits: { what: string; bytes: number }[] = [];
  let last = 0;
  doc.on('update', (u: Uint8Array) => (last = u.byteLength));
  const firstId = (name: string) => [...doc.getMap(name).keys()][0]!;
  const partner = firstId('partners');
  const entry = firstId('log');
  const goal = firstId('goals');
  const record = (what: string, edit: () => void) => {
    last = 0;
    edit();
    edits.push({ what, bytes: last });
  };
  record('partner website changed', () =>
    updatePartner(doc, partner, { website: 'https://renamed.example.org/' }),
  );
  record('partner cadence changed', () => updatePartner(doc, partner, { cadenceDays: 45 }));
  record('log entry title changed', () => updateLogEntry(doc, entry, { title: 'Renamed entry' }));
  record('goal moved to another column', () =>
    updateGoal(doc, goal, { column: DEFAULT_COLUMNS.at(-1)!.id }),
  );

  const mb = (bytes: number) => bytes / 1024 / 1024;
  const perEdit = median(edits.map((e) => e.bytes));
  const markdown = [
    `## Doc size and edit size (${size})`,
    '',
    table(
      ['doc (Yjs update)', 'same data as JSON', 'doc / JSON'],
      [
        [
          `${mb(update.byteLength).toFixed(1)} MB`,
          `${mb(jsonBytes).toFixed(1)} MB`,
          (update.byteLength / jsonBytes).toFixed(2),
        ],
      ],
    ),
    '',
    ...(withEdits
      ? [
          table(
            ['small edit', 'update bytes'],
            edits.map((e) => [e.what, String(e.bytes)]),
          ),
          '',
        ]
      : []),
  ].join('\n');
  const rows = [
    benchRow(`doc-bytes-vs-json-${size}`, mb(update.byteLength), 'MB', null, mb(jsonBytes)),
  ];
  if (withEdits)
    rows.push(benchRow('bytes-per-edit', perEdit, 'bytes', null, YJS_PUBLISHED_EDIT_BYTES));
  return { markdown, rows };
}

/** Doc against JSON at each size; the edits (which do not depend on size) on the last one. */
export async function run(): Promise<BenchOutput> {
  const sizes = benchSizes();
  const outputs: BenchOutput[] = [];
  for (const size of sizes) outputs.push(await runOne(size, size === sizes.at(-1)));
  return {
    markdown: outputs.map((o) => o.markdown).join('\n'),
    rows: outputs.flatMap((o) => o.rows),
  };
}
