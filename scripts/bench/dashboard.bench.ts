// Dashboard and digest at district size: 10,000 partners, 100,000 log entries (log.bench's seed),
// 1,000 goals with 20,000 check-ins, 20,000 contributions and 200 stories in one doc. Times the
// dashboard's figures once the view models hold the data, its first render (Preact into
// happy-dom), a change's recomputation, and the digest of one month. Budget (issue 15): the
// dashboard's first render under 300 ms at district scale.
import { h, render } from 'preact';
import * as Y from 'yjs';
import { DashboardView } from '../../components/dashboard/DashboardView';
import { digestMarkdown } from '../../components/dashboard/digest-text';
import { addCheckin } from '../../lib/model/checkin';
import { addContribution } from '../../lib/model/contribution';
import { transactLocal } from '../../lib/model/doc';
import { addGoal } from '../../lib/model/goal';
import { singleDocHistory } from '../../lib/model/history-docs';
import { addStory } from '../../lib/model/story';
import { dashboardOf, digestOf } from '../../lib/state/dashboard-view';
import { logViewOf } from '../../lib/state/log-view';
import { WorkspaceSession } from '../../lib/state/workspace-session';
import { installDom, seed } from './log.bench';
import { median, table, time } from './stats';

const GOALS = 1_000;
const CHECKINS_PER_GOAL = 20;
const CONTRIBUTIONS = 20_000;
const STORIES = 200;

function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function fill(doc: Y.Doc, partnerIds: string[]) {
  const history = singleDocHistory(doc);
  transactLocal(doc, () => {
    for (let g = 0; g < GOALS; g++) {
      const goalId = addGoal(doc, {
        title: `Goal ${g}: reading buddies`,
        metric: { unit: 'pupils', baseline: 0, target: 100 },
      });
      for (let c = 0; c < CHECKINS_PER_GOAL; c++)
        addCheckin(doc, { goalId, date: day((g + c * 37) % 1000), value: c * 5 });
    }
    for (let i = 0; i < CONTRIBUTIONS; i++)
      addContribution(history, {
        partnerId: partnerIds[(i * 13) % partnerIds.length]!,
        direction: i % 7 === 0 ? 'to-partner' : 'from-partner',
        kind: i % 7 === 0 ? 'recognition' : i % 2 ? 'volunteer-hours' : 'grant',
        ...(i % 2 ? { hours: 3 } : { amount: 250, currency: i % 3 ? 'USD' : 'EUR' }),
        date: day(i % 1000),
      });
    for (let s = 0; s < STORIES; s++)
      addStory(doc, { title: `Story ${s}`, date: day(s * 5), partnerIds: [partnerIds[s]!] });
  });
}

export async function run(): Promise<string> {
  const { update, partnerIds } = seed();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const fillMs = time(() => fill(doc, partnerIds));
  const window = installDom();
  const session = new WorkspaceSession(doc);
  const log = logViewOf(session);
  const ready = performance.now();
  while (!log.ready.value) await new Promise((resolve) => setTimeout(resolve, 5));
  const indexMs = performance.now() - ready;

  // The first figures build every feature view model they read (goals, agreements, feedback,
  // value): what opening the Dashboard first costs once the log is indexed.
  const firstFigures = time(() => void dashboardOf(session).value);
  const container = window.document.createElement('div');
  window.document.body.append(container);
  const noop = () => {};
  const figures = () => {
    const core = dashboardOf(session).value;
    return {
      ...core,
      contributions: { year: '2026–27', rows: [] },
      inclusion: core.inclusion.map((g) => ({ ...g, label: g.group })),
      stories: [],
    };
  };
  const links = { openGoals: noop, openDueForContact: noop, openOverdueFollowups: noop };
  const firstRender = time(() =>
    render(h(DashboardView, { figures: figures(), links }), container as never),
  );

  // A remote-like change: one more contact logged; figures recompute from the view models.
  const recompute: number[] = [];
  for (let i = 0; i < 5; i++) {
    const entry = new Y.Map<unknown>();
    entry.set('kind', 'call');
    entry.set('date', `2026-11-${String(10 + i).padStart(2, '0')}T10:00`);
    entry.set('title', `Extra ${i}`);
    entry.set('partnerIds', [partnerIds[i]!]);
    doc.getMap('log').set(`extra${i}`, entry);
    recompute.push(time(() => void dashboardOf(session).value));
  }

  const digests: number[] = [];
  let lines = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const digest = await digestOf(session, '2025-06-01', '2025-06-30');
    lines = digestMarkdown(digest, 'District').split('\n').length;
    digests.push(performance.now() - started);
  }
  session.dispose();
  render(null, container as never);

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  return [
    '## Dashboard and digest (district)',
    '',
    `${partnerIds.length.toLocaleString('en')} partners, 100,000 log entries, ${GOALS.toLocaleString('en')} goals, ` +
      `${(GOALS * CHECKINS_PER_GOAL).toLocaleString('en')} check-ins, ${CONTRIBUTIONS.toLocaleString('en')} contributions, ${STORIES} stories; ` +
      `data written in ${ms(fillMs)}, log index ready after ${ms(indexMs)}.`,
    '',
    table(
      ['what', 'time', 'budget'],
      [
        ['figures, first time (builds the feature view models)', ms(firstFigures), '—'],
        ['dashboard first render (figures ready)', ms(firstRender), '300 ms'],
        ['figures after one more contact (median of 5)', ms(median(recompute)), '50 ms'],
        [`digest of one month as Markdown (median of 3, ${lines} lines)`, ms(median(digests)), '—'],
      ],
    ),
    '',
  ].join('\n');
}
