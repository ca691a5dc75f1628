// What the panel benches read in the panel: long tasks and the first painted row (a script run
// before the panel's own), when it has settled, and its JS heap.
import type { Page } from 'playwright-core';
import type { BenchSize } from './workspace-data';

const QUIET_MS = 3_000;

/** How long a panel may take to settle, by size (a district loads for seconds on 2 cores). */
export const SETTLE_LIMIT_MS: Record<BenchSize, number> = { school: 30_000, district: 120_000 };

/** Issue 17's budgets for the panel, one set for every bench that opens it. */
export const PANEL_BUDGET = {
  firstViewMs: { school: 300, district: 1_000 } as Record<BenchSize, number>,
  longestBlockMs: 50,
  heapMb: 150,
};

/** Runs before the panel's own scripts: records long tasks and when the first row is painted. */
export const PANEL_PROBE = `(() => {
  const bench = (window.__bench = { longTasks: [], firstRow: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const seen = () => {
    if (bench.firstRow !== null || !document.querySelector('.partner-row')) return false;
    bench.firstRow = -1;
    requestAnimationFrame(() => setTimeout(() => (bench.firstRow = performance.now()), 0));
    return true;
  };
  const watch = new MutationObserver(() => seen() && watch.disconnect());
  watch.observe(document, { childList: true, subtree: true });
})();`;

/** Waits for the first painted row, then until no long task has started for QUIET_MS. */
export async function settle(page: Page, limitMs: number) {
  await page.waitForFunction(
    () =>
      ((window as unknown as { __bench: { firstRow: number | null } }).__bench.firstRow ?? -1) > 0,
    undefined,
    { timeout: limitMs, polling: 50 },
  );
  const started = Date.now();
  for (;;) {
    const quietFor = await page.evaluate(() => {
      const bench = (
        window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
      ).__bench;
      const last = bench.longTasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - last;
    });
    if (quietFor >= QUIET_MS || Date.now() - started > limitMs) return;
    await page.waitForTimeout(Math.max(200, QUIET_MS - quietFor));
  }
}

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** What the probe saw: when the first row was painted, the longest task and how many there were. */
export async function readProbe(
  page: Page,
): Promise<{ firstRowMs: number; longestBlockMs: number; longTasks: number }> {
  const probe = await page.evaluate(() => {
    const bench = (
      window as unknown as {
        __bench: { firstRow: number; longTasks: { start: number; duration: number }[] };
      }
    ).__bench;
    return { firstRow: bench.firstRow, longTasks: bench.longTasks };
  });
  return {
    firstRowMs: probe.firstRow,
    longestBlockMs: probe.longTasks.reduce((max, t) => Math.max(max, t.duration), 0),
    longTasks: probe.longTasks.length,
  };
}

/**
 * Waits until the panel has re-sliced a workspace stored as one big update (as an older version
 * left it; lib/sync/doc-slices.ts), so that the opens measured after it load what a user's do.
 */
async function waitForSlices(page: Page, workspaceId: string, limitMs: number) {
  await pollPage(
    page,
    async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('updates').objectStore('updates').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count > 1;
    },
    `bridgework-workspace-${workspaceId}`,
    limitMs,
  );
}

/**
 * Waits until the panel has kept the workspace's first view beside its doc (written a few seconds
 * after the list settles, lib/model/first-view.ts): closed earlier, the next open has none to
 * paint and waits for the doc.
 */
async function waitForFirstView(page: Page, workspaceId: string, limitMs: number) {
  await pollPage(
    page,
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('custom').objectStore('custom').get('beside:first-view');
          read.onsuccess = () => {
            const view = read.result as { total?: number } | undefined;
            db.close();
            resolve((view?.total ?? 0) > 0);
          };
          read.onerror = () => resolve(false);
        };
      }),
    `bridgework-workspace-${workspaceId}`,
    limitMs,
  );
}

/**
 * Evaluates `check` in the page until it resolves true. Not `page.waitForFunction`: it does not
 * await a promise the function returns, so an async check passes at once (a promise is truthy).
 */
async function pollPage(
  page: Page,
  check: (databaseName: string) => Promise<boolean>,
  databaseName: string,
  limitMs: number,
): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await page.evaluate(check, databaseName))) {
    if (Date.now() > end) throw new Error(`gave up waiting after ${limitMs} ms`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

/**
 * The first open after the generated workspace was stored: it re-slices the stored rows and keeps
 * the first view beside the doc, so the opens measured after it load what a user's do.
 */
export async function settleFirstOpen(page: Page, workspaceId: string, size: BenchSize) {
  await settle(page, SETTLE_LIMIT_MS[size] * 2);
  await waitForSlices(page, workspaceId, SETTLE_LIMIT_MS[size]);
  await waitForFirstView(page, workspaceId, SETTLE_LIMIT_MS[size]);
  await settle(page, SETTLE_LIMIT_MS[size]);
}
