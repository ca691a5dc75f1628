// First useful view in real Chromium, the way a user meets it: a workspace of BENCH_SIZE (school
// or district, both when unset) generated with the model's functions (workspace-data.ts), its
// history split per school year, is stored in the extension's IndexedDB databases in the app's
// own format (one row in `updates` per doc, as an older version wrote it), opened once (the panel re-slices it) and, once the slices are
// stored, the browser is restarted and, once it is up (BROWSER_UP_MS), the panel opened again. Measured from the panel's
// navigation start to the first partner row painted (a frame after it is in the DOM), the longest main-thread block until the panel has
// been quiet for 3 s (long tasks from a PerformanceObserver), the panel's JS heap after a GC
// (CDP), and a search keystroke over every partner: the work it costs, from the input event to the
// list re-rendered and laid out, without the wait for the next frame (which alone is up to 16.7 ms
// at 60 Hz, so a measure to the next frame says more about when the key was pressed).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ensureE2eBuild, launchChromiumWithExtension } from '../lib/chromium';
import { storeWorkspace } from '../lib/stored-workspace';
import {
  heapMb,
  PANEL_BUDGET,
  PANEL_PROBE,
  readProbe,
  settle,
  settleFirstOpen,
  SETTLE_LIMIT_MS,
} from './panel-probe';
import { benchRow, forEachSize, type BenchOutput, type BenchRow } from './results';
import { median, table } from './stats';
import { SIZES, splitWorkspaceUpdates, type BenchSize } from './workspace-data';

/** Odd counts, so each row's median is one restart's value, not the lower of two. */
const RUNS: Record<BenchSize, number> = { school: 3, district: 3 };
/**
 * A user opens the panel once the browser is up, so the measured restarts wait this long first.
 * Opened in the instant the browser starts (its service worker just launched the extension's
 * process), Chromium leaves that process in V8's memory-saving mode for its lifetime in about a
 * third of starts: every major collection is a compacting "reduce" one (`--trace-gc`), a reload
 * keeps it, opening and closing another extension tab clears it, and in 7 opens 4 s after the
 * start it never came. A district's load then runs a cascade of growing collections (60–250 ms
 * each). That race is the browser's, out of the page's reach, so one more restart opened at once
 * is shown beside the others rather than hidden.
 */
const BROWSER_UP_MS = 3_000;

interface Measure {
  firstRowMs: number;
  longestBlockMs: number;
  longTasks: number;
  settledMs: number;
  heapMb: number;
  keystrokeMs: number;
}

async function launch(profileDir: string) {
  const { context, extensionId } = await launchChromiumWithExtension(profileDir);
  await context.addInitScript(PANEL_PROBE);
  return { context, extensionId };
}

async function openPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return page;
}

/** Median work of typing one more letter in the search box: input → the list re-rendered and laid out. */
async function keystrokeMs(page: Page): Promise<number> {
  const times = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return [];
    const out: number[] = [];
    for (const query of ['r', 'ri', 'riv', 'rive', 'river', 'rivers', 'river', 'riv']) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact renders in a microtask after the handler; a timer runs after it, and reading a
      // layout value makes the browser lay the new rows out now rather than at the frame.
      await new Promise((done) => setTimeout(done, 0));
      void document.body.offsetHeight;
      out.push(performance.now() - start);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return out;
  });
  return times.length ? median(times) : NaN;
}

async function measure(page: Page, size: BenchSize): Promise<Measure> {
  const begun = Date.now();
  await settle(page, SETTLE_LIMIT_MS[size]);
  const probe = await readProbe(page);
  return {
    firstRowMs: probe.firstRowMs,
    longestBlockMs: probe.longestBlockMs,
    longTasks: probe.longTasks,
    settledMs: Date.now() - begun,
    heapMb: await heapMb(page),
    keystrokeMs: await keystrokeMs(page),
  };
}

async function runSize(size: BenchSize): Promise<{
  runs: Measure[];
  atOnce: Measure;
  bytes: number;
  yearBytes: number;
  cached: boolean;
}> {
  ensureE2eBuild();
  // The workspace as it stands once its history is split per school year (issue 17, item 2):
  // the workspace doc, and a doc per year of which the panel loads the current one.
  const { main: update, years, cached } = splitWorkspaceUpdates(size);
  const profileDir = mkdtempSync(join(tmpdir(), 'bridgework-first-view-'));
  const runs: Measure[] = [];
  let atOnce: Measure | undefined;
  try {
    // First launch: the app creates its workspace; its rows are then replaced by the generated
    // one, and the panel opens it once (migrations, anything the app keeps beside the doc).
    let browser = await launch(profileDir);
    let page = await openPanel(browser.context, browser.extensionId);
    await page.getByRole('tablist', { name: 'Sections' }).waitFor({ timeout: 60_000 });
    const workspaceId = await page.evaluate(
      () =>
        (window as unknown as { __bridgework: { registry: { value: { activeId: string } } } })
          .__bridgework.registry.value.activeId,
    );
    await page.close();
    await storeWorkspace(browser.context, workspaceId, update);
    for (const [year, bytes] of years)
      await storeWorkspace(browser.context, `${workspaceId}.${year}`, bytes);
    page = await openPanel(browser.context, browser.extensionId);
    await settleFirstOpen(page, workspaceId, size);
    await page.close();
    await browser.context.close();
    for (let run = 0; run <= RUNS[size]; run++) {
      browser = await launch(profileDir);
      const last = run === RUNS[size];
      if (!last) await new Promise((done) => setTimeout(done, BROWSER_UP_MS));
      page = await openPanel(browser.context, browser.extensionId);
      const measured = await measure(page, size);
      if (last) atOnce = measured;
      else runs.push(measured);
      await browser.context.close();
    }
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
  const yearBytes = [...years.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0);
  if (!atOnce) throw new Error('the restart opened at once was not measured');
  return { runs, atOnce, bytes: update.byteLength, yearBytes, cached };
}

const range = (values: number[], digits = 0) => {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(digits);
  return sorted.length > 1 ? `${f(sorted[0]!)}–${f(sorted.at(-1)!)}` : f(sorted[0]!);
};

async function runOne(size: BenchSize): Promise<BenchOutput> {
  const counts = SIZES[size];
  const load = loadavg()[0]!.toFixed(1);
  const { runs, atOnce, bytes, yearBytes, cached } = await runSize(size);
  const rows: BenchRow[] = [
    benchRow(
      `first-view-${size}`,
      median(runs.map((r) => r.firstRowMs)),
      'ms',
      PANEL_BUDGET.firstViewMs[size],
    ),
    benchRow(
      `longest-block-${size}`,
      median(runs.map((r) => r.longestBlockMs)),
      'ms',
      PANEL_BUDGET.longestBlockMs,
    ),
    benchRow(`panel-heap-${size}`, median(runs.map((r) => r.heapMb)), 'MB', PANEL_BUDGET.heapMb),
    benchRow(`search-keystroke-${size}`, median(runs.map((r) => r.keystrokeMs)), 'ms', 16),
  ];
  const markdown = [
    `## First view in Chromium (${size})`,
    '',
    `${counts.partners.toLocaleString('en')} partners, ${counts.people.toLocaleString('en')} people, ${counts.logEntries.toLocaleString('en')} log entries, ${counts.goals.toLocaleString('en')} goals, ${counts.checkins.toLocaleString('en')} check-ins, ${counts.feedback.toLocaleString('en')} feedback pulses, ${counts.contributions.toLocaleString('en')} contributions; split per school year: workspace doc ${(bytes / 1024 / 1024).toFixed(1)} MB, year docs ${(yearBytes / 1024 / 1024).toFixed(1)} MB in all${cached ? ' (generated earlier, from the /tmp cache)' : ''}. ${runs.length + 1} browser restarts, ranges over them; load average ${load} when it started.`,
    '',
    table(
      [
        'panel opened',
        'first row painted',
        'longest block',
        'long tasks',
        'quiet after',
        'JS heap (after GC)',
        'search keystroke',
      ],
      [
        [
          `${BROWSER_UP_MS / 1000} s after the browser started (${runs.length} restarts)`,
          `${range(runs.map((r) => r.firstRowMs))} ms`,
          `${range(runs.map((r) => r.longestBlockMs))} ms`,
          range(runs.map((r) => r.longTasks)),
          `${range(
            runs.map((r) => r.settledMs / 1000),
            1,
          )} s`,
          `${range(runs.map((r) => r.heapMb))} MB`,
          `${range(
            runs.map((r) => r.keystrokeMs),
            1,
          )} ms`,
        ],
        [
          'as the browser started (1 restart, not in the rows below)',
          `${atOnce.firstRowMs.toFixed(0)} ms`,
          `${atOnce.longestBlockMs.toFixed(0)} ms`,
          String(atOnce.longTasks),
          `${(atOnce.settledMs / 1000).toFixed(1)} s`,
          `${atOnce.heapMb.toFixed(0)} MB`,
          `${atOnce.keystrokeMs.toFixed(1)} ms`,
        ],
      ],
    ),
    '',
  ].join('\n');
  return { markdown, rows };
}

export function run(): Promise<BenchOutput> {
  return forEachSize(runOne);
}
