// Contact log at district size: 10,000 partners and 100,000 log entries in one doc.
// How long the log's view model index takes to build, a partner's timeline (first page) and the
// global timeline's first render (Preact into happy-dom), plus one remote edit's incremental cost.
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { addFollowup } from '../../lib/model/followup';
import { LogView } from '../../lib/state/log-view';
import { median, table, time } from './stats';

const PARTNERS = 10_000;
const ENTRIES = 100_000;
const KINDS = ['meeting', 'call', 'email', 'visit', 'event', 'note'] as const;

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** Writes records the way the model does (nested Y.Maps, agenda as a map of item maps). */
export function seed(): { update: Uint8Array; partnerIds: string[] } {
  const doc = new Y.Doc();
  const partnerIds: string[] = [];
  doc.transact(() => {
    const partners = doc.getMap('partners');
    for (let i = 0; i < PARTNERS; i++) {
      const id = `p${i}`;
      partnerIds.push(id);
      const record = new Y.Map<unknown>();
      record.set('name', `Partner ${i}`);
      record.set('kind', 'nonprofit');
      record.set('cadenceDays', 30);
      record.set('createdAt', 1_700_000_000_000);
      partners.set(id, record);
    }
    const log = doc.getMap('log');
    for (let i = 0; i < ENTRIES; i++) {
      const record = new Y.Map<unknown>();
      const day = new Date(Date.UTC(2018, 0, 1) + ((i * 7919) % 3000) * 86_400_000);
      record.set('kind', KINDS[i % KINDS.length]);
      record.set(
        'date',
        `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(9 + (i % 8))}:00`,
      );
      record.set('title', `Contact ${i} about the reading programme`);
      record.set('notes', `Notes for entry ${i}.`);
      record.set('decisions', []);
      // Skewed like real life: a few partners have many entries.
      const first = i % 10 === 0 ? 'p0' : `p${(i * 31) % PARTNERS}`;
      record.set('partnerIds', i % 5 === 0 ? [first, `p${(i * 17) % PARTNERS}`] : [first]);
      record.set('personIds', []);
      record.set('goalIds', []);
      const agenda = new Y.Map<unknown>();
      if (i % 6 === 0) {
        for (let k = 0; k < 2; k++) {
          const item = new Y.Map<unknown>();
          item.set('text', `Item ${k}`);
          item.set('order', `a${k}`);
          item.set('decisions', []);
          agenda.set(`i${i}-${k}`, item);
        }
      }
      record.set('agenda', agenda);
      record.set('createdAt', 1_700_000_000_000 + i);
      log.set(`e${i}`, record);
    }
  });
  for (let i = 0; i < 200; i++) addFollowup(doc, { text: `Follow-up ${i}`, due: '2026-01-01' });
  return { update: Y.encodeStateAsUpdate(doc), partnerIds };
}

export function installDom() {
  const window = new Window({ width: 400, height: 720 });
  const g = globalThis as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'navigator',
    'HTMLElement',
    'Node',
    'Event',
    'ResizeObserver',
  ])
    if (!(key in g) || key === 'window' || key === 'document')
      g[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
  g.requestAnimationFrame = (cb: () => void) => setTimeout(cb, 0);
  return window;
}

export async function run(): Promise<string> {
  const seedStart = performance.now();
  const { update, partnerIds } = seed();
  const seedMs = performance.now() - seedStart;
  const window = installDom();
  // One remote edit (an entry's date changes), made once on a peer's copy.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, update);
  const before = Y.encodeStateVector(peer);
  (peer.getMap('log').get('e5') as Y.Map<unknown>).set('date', '2026-11-20T10:00');
  const edit = Y.encodeStateAsUpdate(peer, before);
  peer.destroy();
  const { EntryList } = await import('../../components/log/EntryRow');

  const load: number[] = [];
  const build: number[] = [];
  const busiest: number[] = [];
  const typical: number[] = [];
  const firstRender: number[] = [];
  const filtered: number[] = [];
  const firstSearch: number[] = [];
  const chunkedTotal: number[] = [];
  const chunkedLongest: number[] = [];
  const remote: number[] = [];
  let busiestCount = 0;
  let typicalCount = 0;
  let renderedRows = 0;
  const RUNS = 3;
  for (let run = 0; run < RUNS; run++) {
    const doc = new Y.Doc();
    load.push(time(() => Y.applyUpdate(doc, update)));
    // Collect the load's garbage first (with --expose-gc), so it is not billed to the index.
    (globalThis as { gc?: () => void }).gc?.();
    let view!: LogView;
    build.push(time(() => (view = new LogView(doc, { clock: () => Date.UTC(2026, 10, 23) }))));
    busiest.push(
      time(() => {
        const timeline = view.timelineOf('p0');
        busiestCount = timeline.length;
        void timeline.slice(0, 20);
        void view.lastContactOf('p0');
      }),
    );
    const samples: number[] = [];
    for (let k = 0; k < 200; k++) {
      const id = partnerIds[(k * 97 + 1) % partnerIds.length]!;
      samples.push(
        time(() => {
          const timeline = view.timelineOf(id);
          typicalCount = timeline.length;
          void timeline.slice(0, 20);
          void view.lastContactOf(id);
        }),
      );
    }
    typical.push(median(samples));

    // The panel's way: the same index in slices of 2,000 with the event loop free in between.
    {
      const chunked = new Y.Doc();
      Y.applyUpdate(chunked, update);
      (globalThis as { gc?: () => void }).gc?.();
      const started = performance.now();
      const sliced = new LogView(chunked, { clock: () => Date.UTC(2026, 10, 23), chunkSize: 2000 });
      let longest = 0;
      while (!sliced.ready.value) {
        const before = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 0));
        longest = Math.max(longest, performance.now() - before);
      }
      chunkedTotal.push(performance.now() - started);
      chunkedLongest.push(longest);
      sliced.dispose();
      chunked.destroy();
    }

    const root = window.document.createElement('div');
    window.document.body.append(root);
    firstRender.push(
      time(() => {
        const entries = view.timeline();
        render(
          h(EntryList, {
            entries,
            getEntry: view.getEntry,
            label: 'Contact log',
            partnerName: (id: string) => `Partner ${id}`,
            onOpen: () => {},
          }),
          root as unknown as Element,
        );
      }),
    );
    renderedRows = root.querySelectorAll('li').length;
    render(null, root as unknown as Element);
    root.remove();
    firstSearch.push(time(() => void view.timeline({ query: 'contact 4242' })));
    filtered.push(time(() => void view.timeline({ query: 'reading 4243', kinds: ['call'] })));

    remote.push(
      time(() => {
        Y.applyUpdate(doc, edit);
        void view.timelineOf('p0').slice(0, 20);
      }),
    );
    view.dispose();
  }
  const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
  return [
    '## Contact log (log.bench.ts)',
    '',
    `${PARTNERS.toLocaleString('en')} partners, ${ENTRIES.toLocaleString('en')} log entries (nested Y.Maps, every sixth with a 2-item agenda), 200 follow-ups; ${update.byteLength.toLocaleString('en')} bytes encoded; seeding took ${(seedMs / 1000).toFixed(1)} s. Median of ${RUNS} runs${(globalThis as { gc?: unknown }).gc ? '' : ' (run with `node --expose-gc` to keep the load’s garbage collection out of the index build)'}.`,
    '',
    table(
      ['step', 'median'],
      [
        ['Y.applyUpdate of the whole doc (for scale)', ms(load)],
        [
          'LogView index build, all at once (read 4 fields of 100k entries, sort, group by partner)',
          ms(build),
        ],
        ['panel: same index built in slices of 2,000, until ready', ms(chunkedTotal)],
        ['panel: longest event-loop block while building in slices', ms(chunkedLongest)],
        [`partner timeline, first page (busiest partner, ${busiestCount} entries)`, ms(busiest)],
        [
          `partner timeline, first page (typical partner, ~${typicalCount} entries; median of 200)`,
          ms(typical),
        ],
        [
          `global timeline first render (Preact into happy-dom, ${renderedRows} rows drawn of 100k)`,
          ms(firstRender),
        ],
        ['global timeline: first search over 100k (builds the search text)', ms(firstSearch)],
        ['global timeline: next search + kind filter over 100k', ms(filtered)],
        ['one remote edit (date change) applied + timeline re-read', ms(remote)],
      ],
    ),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().then(console.log, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
