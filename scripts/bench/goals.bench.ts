// The goals board at district size: 1,000 goals and 20,000 check-ins. How long until the board's
// view model is ready, how long the first render takes (Preact into happy-dom, in Node), and how
// long a peer's move takes from Y.applyUpdate to the re-rendered board.
import { h, render } from 'preact';
import * as Y from 'yjs';
import { addCheckin } from '../../lib/model/checkin';
import { addGoal, DEFAULT_COLUMNS, moveGoal } from '../../lib/model/goal';
import { GoalsBoard } from '../../lib/state/goals-board';
import { EMPTY_FILTERS } from '../../lib/storage/goal-filters';
import { median, percentile, table, time } from './stats';

const NONE: string[] = [];
const NO_PARTNERS: { id: string; name: string }[] = [];
const GOALS = 1_000;
const CHECKINS = 20_000;

function seed(): { update: Uint8Array; ids: string[] } {
  const doc = new Y.Doc();
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < GOALS; i++) {
      ids.push(
        addGoal(doc, {
          title: `Goal ${i}: ${['Reading', 'Attendance', 'Mentoring', 'Funding'][i % 4]}`,
          description: 'A shared goal with partners. '.repeat(4),
          column: DEFAULT_COLUMNS[i % 5]!.id,
          owners: [`Owner ${i % 17}`],
          tags: [['literacy', 'stem', 'arts'][i % 3]!],
          partnerIds: [`p${i % 50}`],
          metric: { baseline: 10, target: 100, direction: 'up', unit: 'hours', due: '2030-06-30' },
        }),
      );
    }
    for (let i = 0; i < CHECKINS; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      addCheckin(doc, { goalId: ids[i % GOALS]!, date: `2025-01-${day}`, value: i % 100 });
    }
  });
  return { update: Y.encodeStateAsUpdate(doc), ids };
}

async function installDom() {
  const { Window } = await import('happy-dom');
  const window = new Window({ width: 360, height: 800 });
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['document', 'HTMLElement', 'Node', 'Event', 'navigator'] as const) {
    if (!(key in globals) || key === 'document') globals[key] = window[key as keyof typeof window];
  }
  globals.window = window;
  return window;
}

interface Sample {
  load: number;
  build: number;
  render: number;
  remoteMove: number;
  remoteMoveRender: number;
}

async function once(
  update: Uint8Array,
  ids: string[],
  GoalsView: typeof import('../../components/goals/GoalsView').GoalsView,
): Promise<Sample> {
  const doc = new Y.Doc();
  const load = time(() => Y.applyUpdate(doc, update));
  let board!: GoalsBoard;
  const build = time(() => {
    board = new GoalsBoard(doc);
    void board.visibleByColumn.value.size;
  });
  const root = document.createElement('div');
  document.body.append(root);
  const draw = () =>
    render(
      h(GoalsView, {
        columns: board.columns.value,
        cardsByColumn: board.visibleByColumn.value,
        totalCount: board.liveCount.value,
        visibleCount: board.visibleCount.value,
        filters: EMPTY_FILTERS,
        onFilters: () => {},
        owners: NONE,
        tags: NONE,
        partners: NO_PARTNERS,
        ownerSuggestions: NONE,
        layout: 'board',
        onLayout: () => {},
        getCard: (id: string) => board.cardOf(id),
        history: (id: string) => board.history(id),
        description: () => ({ value: '', edit: () => {} }),
        actions: {} as never,
        notify: () => {},
      }),
      root,
    );
  const renderTime = time(draw);

  // A peer moves one goal to the top of another column.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, update);
  const before = Y.encodeStateVector(peer);
  moveGoal(peer, ids[7]!, 'achieved', 0);
  const move = Y.encodeStateAsUpdate(peer, before);
  const remoteMove = time(() => {
    Y.applyUpdate(doc, move, 'remote');
    void board.visibleByColumn.value.size;
  });
  const remoteMoveRender = time(() => {
    Y.applyUpdate(doc, move, 'remote'); // already applied: measures the render only
    draw();
  });
  render(null, root);
  root.remove();
  board.dispose();
  return { load, build, render: renderTime, remoteMove, remoteMoveRender };
}

export async function run(): Promise<string> {
  await installDom();
  const { GoalsView } = await import('../../components/goals/GoalsView');
  const { update, ids } = seed();
  const samples: Sample[] = [];
  for (let i = 0; i < 5; i++) samples.push(await once(update, ids, GoalsView));
  const col = (key: keyof Sample) =>
    `${median(samples.map((s) => s[key])).toFixed(1)} (p95 ${percentile(
      samples.map((s) => s[key]),
      95,
    ).toFixed(1)})`;
  const buildMs = median(samples.map((s) => s.build));
  const moveMs = median(samples.map((s) => s.remoteMove));
  return `## Goals board (${GOALS.toLocaleString('en')} goals, ${CHECKINS.toLocaleString('en')} check-ins)

Median of ${samples.length} runs, ms (p95 in brackets), Node + happy-dom. *load* = \`Y.applyUpdate\` of the
whole doc (${(update.byteLength / 1e6).toFixed(1)} MB); *view model* = validating every goal, column and
check-in, grouping the history and computing every card's progress and flags; *render* = first render
of the board (each column draws its first 40 cards; more are drawn as it scrolls); *remote move* =
applying a peer's move of one goal and recomputing the columns (one goal re-validated, every other card
reused); *re-render* = drawing the board after that move.

${table(
  ['load', 'view model', 'render', 'remote move', 're-render'],
  [[col('load'), col('build'), col('render'), col('remoteMove'), col('remoteMoveRender')]],
)}

A remote move costs ${(moveMs / buildMs).toFixed(3)}× building the view model from scratch (same run).
`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
