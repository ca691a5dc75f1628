// Opening a workspace: how long until the Partners view has its validated, sorted list,
// at the sizes DESIGN.md names (a school and a district), plus search and one remote edit.
import * as Y from 'yjs';
import { addPartner } from '../../lib/model/partner';
import { addPerson } from '../../lib/model/person';
import { WorkspaceSession } from '../../lib/state/workspace-session';
import { median, percentile, table, time } from './stats';

function seed(partners: number, people: number): Uint8Array {
  const doc = new Y.Doc();
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < partners; i++) {
      ids.push(
        addPartner(doc, {
          name: `Partner ${i} ${['Library', 'Foundation', 'Bakery', 'University'][i % 4]}`,
          website: `https://partner-${i}.example.org/`,
          emails: [`info@partner-${i}.example.org`],
          phones: ['+1 555 555 0100'],
          tags: [['literacy', 'stem', 'arts'][i % 3]!],
          kind: 'nonprofit',
        }),
      );
    }
    for (let i = 0; i < people; i++) {
      addPerson(doc, { name: `Person ${i}`, role: 'Coordinator', partnerId: ids[i % partners]! });
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

function openOnce(update: Uint8Array) {
  const doc = new Y.Doc();
  const load = time(() => Y.applyUpdate(doc, update));
  let session!: WorkspaceSession;
  const build = time(() => {
    session = new WorkspaceSession(doc);
    void session.sortedPartners.value.length;
    void session.peopleByPartner.value.size;
  });
  const search = time(() => session.searchPartners('librar 12'));
  const remote = new Y.Doc();
  Y.applyUpdate(remote, update);
  const firstId = [...remote.getMap('partners').keys()][0]!;
  const before = Y.encodeStateVector(remote);
  (remote.getMap('partners').get(firstId) as Y.Map<unknown>).set('name', 'Renamed partner');
  const edit = Y.encodeStateAsUpdate(remote, before);
  const applyEdit = time(() => {
    Y.applyUpdate(doc, edit);
    void session.sortedPartners.value.length;
  });
  session.dispose();
  return { load, build, search, applyEdit };
}

export async function run(): Promise<string> {
  const rows: string[][] = [];
  for (const [label, partners, people, runs] of [
    ['school', 500, 1_500, 7],
    ['district', 10_000, 30_000, 3],
  ] as const) {
    const update = seed(partners, people);
    const samples = Array.from({ length: runs }, () => openOnce(update));
    const col = (key: keyof ReturnType<typeof openOnce>) =>
      `${median(samples.map((s) => s[key])).toFixed(1)} (p95 ${percentile(
        samples.map((s) => s[key]),
        95,
      ).toFixed(1)})`;
    rows.push([
      `${label}: ${partners.toLocaleString('en')} partners, ${people.toLocaleString('en')} people`,
      (update.byteLength / 1e6).toFixed(1),
      col('load'),
      col('build'),
      col('search'),
      col('applyEdit'),
    ]);
  }
  return `## Opening a workspace (Partners view)

Median of several runs, ms (p95 in brackets). *load* = \`Y.applyUpdate\` of the whole doc as
IndexedDB would hand it over; *view model* = validating every partner and person and sorting the
list; *search* = a two-word query over all partners; *remote edit* = applying a peer's one-field edit
and re-reading the list (only the touched record is re-validated).

${table(['workspace', 'doc MB', 'load', 'view model', 'search', 'remote edit'], rows)}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
