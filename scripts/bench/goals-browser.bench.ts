// The goals board at district size in real Chromium (e2e build): 1,000 goals and 20,000
// check-ins seeded through the model accessors, then time to the first rendered board, ~3 s of
// programmatic scrolling (requestAnimationFrame gaps and `longtask` entries), a keyboard move, a
// drag and drop, and a peer's move applied from another Y.Doc.
// Run alone: npx tsx scripts/bench/goals-browser.bench.ts
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBenchBrowser } from '../lib/chromium';
import { median, percentile, table } from './stats';

const GOALS = 1_000;
const CHECKINS = 20_000;
const SCROLL_MS = 3_000;

/** Shared in-page helpers (strings, so no bundler helpers leak into the page). */
const PRELUDE = `
  const bw = window.__bridgework;
  const doc = bw.current.value.local.doc;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const until = async (check, ms = 20000) => {
    const end = performance.now() + ms;
    while (!check()) {
      if (performance.now() > end) throw new Error('timed out');
      await frame();
    }
    return performance.now();
  };
  const cardIn = (column, id) =>
    !!document.querySelector('ul.goal-cards[aria-label="' + column + '"] [data-goal-id="' + id + '"]');
  window.__longtasks = window.__longtasks || (() => {
    const list = [];
    new PerformanceObserver((l) => list.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
    return list;
  })();
  window.__loaf = window.__loaf || (() => {
    const list = [];
    new PerformanceObserver((l) => list.push(...l.getEntries().map((e) => ({
      start: e.startTime, duration: e.duration,
      script: e.scripts.reduce((sum, x) => sum + x.duration, 0),
      styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
    })))).observe({ type: 'long-animation-frame' });
    return list;
  })();
  // Where the longest frames between t0 and t1 went: script vs style and layout.
  const framesBetween = (t0, t1) => window.__loaf.filter((e) => e.start >= t0 - 20 && e.start < t1)
    .map((e) => Math.round(e.duration) + ' ms (script ' + Math.round(e.script) + ', style+layout ' + Math.round(e.styleLayout) + ')');
  // Every frame's start, recorded all along, to find the longest frame during an interaction.
  window.__frames = window.__frames || (() => {
    const list = [];
    const tick = (t) => { list.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    return list;
  })();
  const maxGapBetween = (t0, t1) => {
    const f = window.__frames.filter((t) => t >= t0 - 20 && t <= t1 + 20);
    let max = 0;
    for (let i = 1; i < f.length; i++) max = Math.max(max, f[i] - f[i - 1]);
    return max;
  };
  // Entries arrive asynchronously: give the observer a moment before reading.
  const longtasksBetween = async (t0, t1) => {
    await new Promise((r) => setTimeout(r, 150));
    return window.__longtasks.filter((e) => e.start >= t0 && e.start < t1).map((e) => e.duration);
  };
`;

function inPage<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => { ${PRELUDE}\n${body} })()`) as Promise<T>;
}

interface Frames {
  gaps: number[];
  longtasks: number[];
  cardsAfter: number;
}

interface Figures {
  seed: number;
  firstRender: number;
  firstRenderLongtasks: number[];
  firstRenderGap: number;
  moveGaps: number[];
  scroll: Frames;
  keyboardMove: number;
  dragMove: number;
  remoteApply: number;
  remoteRender: number;
  interactionLongtasks: number[];
}

async function measure(page: Page): Promise<Figures> {
  await page.waitForFunction(() =>
    Boolean(
      (window as unknown as { __bridgework?: { current: { value: unknown } } }).__bridgework
        ?.current.value,
    ),
  );
  page.on('console', (message) => {
    if (process.env.BENCH_DEBUG) console.error(message.text());
  });
  const seed = await inPage<number>(
    page,
    `const t = performance.now(); bw.hooks.seedGoals(doc, ${GOALS}, ${CHECKINS}); return performance.now() - t;`,
  );
  // Let IndexedDB writes of the seed settle before measuring the board.
  await page.waitForTimeout(1500);

  const first = await inPage<{ ms: number; gap: number; longtasks: number[] }>(
    page,
    `await frame();
     const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === 'Goals');
     const t0 = performance.now();
     tab.click();
     await until(() => document.querySelector('.goal-card'));
     const t1 = await frame();
     console.log('first render frames', JSON.stringify(await (async () => { await new Promise((r) => setTimeout(r, 150)); return framesBetween(t0, t1); })()));
     return { ms: t1 - t0, gap: maxGapBetween(t0, t1), longtasks: await longtasksBetween(t0, t1) };`,
  );

  const scroll = await inPage<Frames>(
    page,
    `let box = document.querySelector('.goal-board');
     while (box && !(box.scrollHeight > box.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
     box = box || document.scrollingElement;
     box.scrollTop = 0;
     await frame();
     const t0 = performance.now();
     const gaps = [];
     let last = await frame();
     while (last - t0 < ${SCROLL_MS}) {
       box.scrollTop += 80;
       if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) box.scrollTop = 0;
       const now = await frame();
       gaps.push(now - last);
       last = now;
     }
     const longtasks = await longtasksBetween(t0, last);
     console.log('scroll frames', JSON.stringify(framesBetween(t0, last)));
     const cardsAfter = document.querySelectorAll('.goal-card').length;
     box.scrollTop = 0;
     await frame();
     return { gaps, longtasks, cardsAfter };`,
  );

  const interactions = await inPage<{
    keyboardMove: number;
    dragMove: number;
    remoteApply: number;
    remoteRender: number;
    longtasks: number[];
    gaps: number[];
  }>(
    page,
    `const longtasks = [];
     const gaps = [];
     // Keyboard: Alt+ArrowRight on the first card of "Idea" moves it to "Planned".
     let card = document.querySelector('ul.goal-cards[aria-label="Idea"] .goal-card');
     let id = card.dataset.goalId;
     card.querySelector('.goal-card-title').focus();
     await frame();
     let t0 = performance.now();
     card.querySelector('.goal-card-title').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }));
     await until(() => cardIn('Planned', id));
     const keyboardMove = (await frame()) - t0;
     longtasks.push(...(await longtasksBetween(t0, t0 + keyboardMove)));
     gaps.push(maxGapBetween(t0, t0 + keyboardMove));
     console.log('keyboard move frames', JSON.stringify(framesBetween(t0, t0 + keyboardMove)));

     // Drag and drop (HTML5 events): the next card of "Idea" onto the "In progress" list.
     card = document.querySelector('ul.goal-cards[aria-label="Idea"] .goal-card');
     id = card.dataset.goalId;
     const target = document.querySelector('ul.goal-cards[aria-label="In progress"]');
     const data = new DataTransfer();
     await frame();
     t0 = performance.now();
     card.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
     const rect = target.getBoundingClientRect();
     const at = { clientX: rect.left + 10, clientY: rect.top + 5, dataTransfer: data, bubbles: true, cancelable: true };
     target.dispatchEvent(new DragEvent('dragover', at));
     target.dispatchEvent(new DragEvent('drop', at));
     card.dispatchEvent(new DragEvent('dragend', { dataTransfer: data, bubbles: true }));
     await until(() => cardIn('In progress', id));
     const dragMove = (await frame()) - t0;
     console.log('drag and drop frames', JSON.stringify(framesBetween(t0, t0 + dragMove)));
     longtasks.push(...(await longtasksBetween(t0, t0 + dragMove)));
     gaps.push(maxGapBetween(t0, t0 + dragMove));

     // A peer's move: made in another Y.Doc, applied as an update.
     card = document.querySelector('ul.goal-cards[aria-label="Idea"] .goal-card');
     id = card.dataset.goalId;
     const update = bw.hooks.remoteMoveUpdate(doc, id, 'achieved');
     await frame();
     t0 = performance.now();
     bw.hooks.applyRemote(doc, update);
     const remoteApply = performance.now() - t0;
     await until(() => cardIn('Achieved', id));
     const remoteRender = (await frame()) - t0;
     console.log('remote move frames', JSON.stringify(framesBetween(t0, t0 + remoteRender)));
     longtasks.push(...(await longtasksBetween(t0, t0 + remoteRender)));
     gaps.push(maxGapBetween(t0, t0 + remoteRender));
     return { keyboardMove, dragMove, remoteApply, remoteRender, longtasks, gaps };`,
  );

  return {
    seed,
    firstRender: first.ms,
    firstRenderLongtasks: first.longtasks,
    firstRenderGap: first.gap,
    moveGaps: interactions.gaps,
    scroll,
    keyboardMove: interactions.keyboardMove,
    dragMove: interactions.dragMove,
    remoteApply: interactions.remoteApply,
    remoteRender: interactions.remoteRender,
    interactionLongtasks: interactions.longtasks,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const tasks = (list: number[]) =>
  list.length ? `${list.length} (max ${ms(Math.max(...list))})` : '0';

export async function run(): Promise<string> {
  const browser = await launchBenchBrowser();
  const rows: string[][] = [];
  const scrollRows: string[][] = [];
  try {
    // The side panel's width, so "auto" shows the List layout (columns stacked).
    const layout = 'List (400 px panel)';
    const page = await browser.openPanel({ width: 400, height: 720 });
    {
      const f = await measure(page);
      const gaps = f.scroll.gaps;
      scrollRows.push([
        layout,
        String(gaps.length),
        ms(Math.max(...gaps)),
        String(gaps.filter((gap) => gap > 50).length),
        ms(percentile(gaps, 95)),
        ms(median(gaps)),
        tasks(f.scroll.longtasks),
        String(f.scroll.cardsAfter),
      ]);
      rows.push([
        layout,
        ms(f.seed),
        `${ms(f.firstRender)} (longest frame ${ms(f.firstRenderGap)})`,
        tasks(f.firstRenderLongtasks),
        `${ms(f.keyboardMove)} (${ms(f.moveGaps[0]!)})`,
        `${ms(f.dragMove)} (${ms(f.moveGaps[1]!)})`,
        `${ms(f.remoteApply)} / ${ms(f.remoteRender)} (${ms(f.moveGaps[2]!)})`,
        tasks(f.interactionLongtasks),
      ]);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return [
    `## Goals board in Chromium (${GOALS.toLocaleString('en')} goals, ${CHECKINS.toLocaleString('en')} check-ins)`,
    '',
    'Scrolling the board programmatically for ~3 s (80 px per frame), frame gaps from requestAnimationFrame:',
    '',
    table(
      [
        'layout',
        'frames',
        'max gap',
        'gaps > 50 ms',
        'p95 gap',
        'median gap',
        'long tasks',
        'cards drawn after',
      ],
      scrollRows,
    ),
    '',
    table(
      [
        'layout',
        'seed (1 transaction)',
        'first render of the board',
        'long tasks then',
        'keyboard move (longest frame)',
        'drag and drop (longest frame)',
        'remote move: apply / on screen (longest frame)',
        'long tasks in moves',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await run());
}
