// Memory of the offscreen document (issue 17): the context that keeps every shared workspace's
// doc, and its school years' docs, open to sync them while the browser runs. A workspace of
// BENCH_SIZE (school or district, both when unset) is shared the way a user shares one: the panel's
// Settings → Create workspace, with a signaling server on 127.0.0.1 (started here) saved in the
// sync settings. Its databases are then filled with the generated workspace in the split layout
// (workspace-data.ts: the workspace doc and a doc per school year, as first-view.bench.ts stores
// them), and the browser restarted without a panel: the background starts the offscreen document,
// whose hub opens the shared workspace from storage. Once that document has been quiet for 3 s,
// its JS heap is read after a GC over CDP, and the databases it holds open are counted: every
// IDBDatabase on its heap (Runtime.queryObjects) that is not closed, so a year the hub closed (or
// never opened) is not counted. The hub does not report its years; their databases show them.
// Then the panel is opened on the shared workspace, as a user opens it with sync running: first
// row, longest block until it is quiet, and the JS heap of the renderer the panel and the
// offscreen document share (extension pages run in one process: one heap holds both copies).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { SyncState, WorkspaceSyncStatus } from '../../lib/messages';
import { schoolYearOf } from '../../lib/model/school-year';
import { startSignalingServer } from '../../lib/sync/signaling-server';
import { ensureE2eBuild, launchChromiumWithExtension } from '../lib/chromium';
import { storeWorkspace } from '../lib/stored-workspace';
import {
  heapMb as pageHeapMb,
  PANEL_BUDGET,
  PANEL_PROBE,
  readProbe,
  settle as settlePanel,
  settleFirstOpen,
  SETTLE_LIMIT_MS,
} from './panel-probe';
import { benchRow, forEachSize, type BenchOutput } from './results';
import { table } from './stats';
import { SIZES, splitWorkspaceUpdates, type BenchSize } from './workspace-data';

const QUIET_MS = 3_000;
const POLL_MS = 500;
/** The offscreen document may use this share of a poll's time and still count as quiet. */
const QUIET_SHARE = 0.05;
const WORKSPACE_NAME = 'Bench shared';

interface Measure {
  heapMb: number;
  /** From the offscreen document found to it quiet, the quiet time itself left out. */
  openedMs: number;
  /** False when SETTLE_LIMIT_MS ran out first: measured while it was still busy. */
  quiet: boolean;
  state: SyncState | 'missing';
  workspaceOpen: boolean;
  yearsOpen: number[];
  otherDatabases: number;
  /** The panel opened on the shared workspace once the offscreen document was quiet. */
  panel: { firstRowMs: number; longestBlockMs: number; longTasks: number; sharedHeapMb: number };
}

/**
 * A CDP session with the offscreen document. Playwright does not attach to it (it is neither a
 * page nor a service worker), so the browser session attaches to it and talks through
 * Target.sendMessageToTarget (the unflattened mode, which a Playwright CDPSession can carry).
 */
async function attachOffscreen(context: BrowserContext, limitMs: number) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the context.');
  const cdp = await browser.newBrowserCDPSession();
  const started = Date.now();
  let targetId: string | undefined;
  while (!targetId) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find(
      (t) => t.url.startsWith('chrome-extension://') && t.url.endsWith('/offscreen.html'),
    )?.targetId;
    if (targetId) break;
    if (Date.now() - started > limitMs) throw new Error('The offscreen document never started.');
    await new Promise((done) => setTimeout(done, 200));
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id === undefined) return;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = ++nextId;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((done) =>
      waiting.set(id, done),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${JSON.stringify(error)}`);
    return result as T;
  };
  await send('Performance.enable');
  return { send, detach: () => cdp.detach() };
}

type Send = Awaited<ReturnType<typeof attachOffscreen>>['send'];

async function metric(send: Send, name: string): Promise<number> {
  const { metrics } = await send<{ metrics: { name: string; value: number }[] }>(
    'Performance.getMetrics',
  );
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** The hub's status of the workspace, asked from the service worker as the panel asks it. */
async function hubState(
  context: BrowserContext,
  workspaceId: string,
): Promise<SyncState | 'missing'> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) return 'missing';
  const statuses = await worker
    .evaluate(
      () =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ target: 'offscreen', type: 'sync:get-status' }) as Promise<
          WorkspaceSyncStatus[] | undefined
        >,
    )
    .catch(() => undefined);
  return statuses?.find((s) => s.workspaceId === workspaceId)?.state ?? 'missing';
}

/** Waits until the hub reports the workspace, then until the document has been quiet QUIET_MS. */
async function settle(context: BrowserContext, send: Send, workspaceId: string, limitMs: number) {
  const started = Date.now();
  let state = await hubState(context, workspaceId);
  while ((state === 'missing' || state === 'connecting') && Date.now() - started < limitMs) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    state = await hubState(context, workspaceId);
  }
  let quietSince = Date.now();
  let busy = await metric(send, 'TaskDuration');
  while (Date.now() - quietSince < QUIET_MS && Date.now() - started < limitMs) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    const now = await metric(send, 'TaskDuration');
    if ((now - busy) * 1000 > POLL_MS * QUIET_SHARE) quietSince = Date.now();
    busy = now;
  }
  const quiet = Date.now() - quietSince >= QUIET_MS;
  return { state, quiet, openedMs: quietSince - started };
}

/** The names of the IndexedDB databases the document holds an open connection to. */
async function openDatabases(send: Send): Promise<string[]> {
  const proto = await send<{ result: { objectId: string } }>('Runtime.evaluate', {
    expression: 'IDBDatabase.prototype',
  });
  const found = await send<{ objects: { objectId: string } }>('Runtime.queryObjects', {
    prototypeObjectId: proto.result.objectId,
  });
  const names = await send<{ result: { value: string[] } }>('Runtime.callFunctionOn', {
    objectId: found.objects.objectId,
    // A closed connection still on the heap refuses a transaction: it is not counted.
    functionDeclaration: `function () {
      return this.filter((db) => {
        try {
          if (db.objectStoreNames.length) db.transaction(db.objectStoreNames[0]).abort();
          return true;
        } catch {
          return false;
        }
      }).map((db) => db.name);
    }`,
    returnByValue: true,
  });
  return names.result.value;
}

/** Shares a new workspace from the panel (Settings) and returns its id. */
async function shareWorkspace(context: BrowserContext, extensionId: string, signaling: string) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Signaling servers').fill(signaling);
  await panel.getByRole('button', { name: 'Save sync settings' }).click();
  await panel.getByText('Sync settings applied.').waitFor();
  await panel.getByLabel('Workspace name').fill(WORKSPACE_NAME);
  await panel.getByRole('button', { name: 'Create workspace' }).click();
  await panel
    .locator('header [role="status"]')
    .getByText('Connected · 0 peers')
    .waitFor({ timeout: 30_000 });
  const entry = await panel.evaluate(() => {
    const registry = (
      window as unknown as {
        __bridgework: {
          registry: { value: { activeId: string; workspaces: { id: string; kind: string }[] } };
        };
      }
    ).__bridgework.registry.value;
    return registry.workspaces.find((w) => w.id === registry.activeId);
  });
  if (entry?.kind !== 'shared') throw new Error('The new workspace is not the shared one.');
  await panel.close();
  return entry.id;
}

async function runSize(size: BenchSize) {
  ensureE2eBuild();
  const { main, years, cached } = splitWorkspaceUpdates(size);
  const server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  const profileDir = mkdtempSync(join(tmpdir(), 'bridgework-offscreen-memory-'));
  try {
    const first = await launchChromiumWithExtension(profileDir);
    const workspaceId = await shareWorkspace(first.context, first.extensionId, server.url);
    // The hub holds the new, empty workspace open but writes nothing while nobody edits it.
    await storeWorkspace(first.context, workspaceId, main);
    for (const [year, bytes] of years)
      await storeWorkspace(first.context, `${workspaceId}.${year}`, bytes);
    // Opened once in the panel, as first-view.bench.ts does: it re-slices the stored rows and
    // keeps its first view, so the measured open loads what a user's does.
    const once = await first.context.newPage();
    await once.addInitScript(PANEL_PROBE);
    await once.goto(`chrome-extension://${first.extensionId}/sidepanel.html`);
    await settleFirstOpen(once, workspaceId, size);
    await first.context.close();
    // No panel from here: what the offscreen document holds on its own.
    const { context, extensionId } = await launchChromiumWithExtension(profileDir);
    const offscreen = await attachOffscreen(context, 20_000);
    const { state, quiet, openedMs } = await settle(
      context,
      offscreen.send,
      workspaceId,
      SETTLE_LIMIT_MS[size],
    );
    await offscreen.send('HeapProfiler.collectGarbage');
    const heapMb = (await metric(offscreen.send, 'JSHeapUsedSize')) / 1024 / 1024;
    const databases = await openDatabases(offscreen.send);
    const page = await context.newPage();
    await page.addInitScript(PANEL_PROBE);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await settlePanel(page, SETTLE_LIMIT_MS[size]);
    const panel = { ...(await readProbe(page)), sharedHeapMb: await pageHeapMb(page) };
    await offscreen.detach();
    await context.close();
    const prefix = `bridgework-workspace-${workspaceId}`;
    const measure: Measure = {
      heapMb,
      openedMs,
      quiet,
      state,
      workspaceOpen: databases.includes(prefix),
      yearsOpen: databases
        .filter((name) => /^\.\d{4}$/.test(name.slice(prefix.length)) && name.startsWith(prefix))
        .map((name) => Number(name.slice(-4)))
        .sort((a, b) => a - b),
      otherDatabases: databases.filter((name) => !name.startsWith(prefix)).length,
      panel,
    };
    return { measure, main, years, cached };
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    await server.close();
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function runOne(size: BenchSize): Promise<BenchOutput> {
  const counts = SIZES[size];
  const load = loadavg()[0]!.toFixed(1);
  const { measure, main, years, cached } = await runSize(size);
  const stored = [...years.keys()].sort((a, b) => a - b);
  const yearBytes = [...years.values()].reduce((sum, bytes) => sum + bytes.byteLength, 0);
  const yearsOpen = measure.yearsOpen.length ? measure.yearsOpen.join(', ') : 'none';
  // The generated workspace keeps the default start month.
  const current = schoolYearOf(new Date().toISOString().slice(0, 10))!;
  const older = measure.yearsOpen.filter((year) => year < current);
  const markdown = [
    `## Offscreen document memory (${size})`,
    '',
    `Shared from the panel (Settings → Create workspace, signaling on 127.0.0.1), then filled with the ${size} workspace split per school year: ${counts.partners.toLocaleString('en')} partners, ${counts.people.toLocaleString('en')} people, ${counts.logEntries.toLocaleString('en')} log entries, ${counts.feedback.toLocaleString('en')} feedback pulses, ${counts.contributions.toLocaleString('en')} contributions; workspace doc ${mb(main.byteLength)} MB and ${stored.length} year docs (${stored[0]}–${stored.at(-1)}, ${mb(yearBytes)} MB) stored${cached ? ' (generated earlier, from the /tmp cache)' : ''}. Opened once in the panel, then the browser restarted with no panel open; load average ${load} when it started.`,
    '',
    table(
      ['hub status', 'opened and quiet after', 'JS heap (after GC)', 'databases held open'],
      [
        [
          measure.state,
          measure.quiet
            ? `${(measure.openedMs / 1000).toFixed(1)} s`
            : `still busy after ${SETTLE_LIMIT_MS[size] / 1000} s`,
          `${measure.heapMb.toFixed(1)} MB`,
          `${measure.workspaceOpen ? 'workspace' : 'no workspace'}, ${measure.yearsOpen.length} of ${stored.length} years (${yearsOpen})${measure.otherDatabases ? `, ${measure.otherDatabases} other` : ''}`,
        ],
      ],
    ),
    '',
    table(
      [
        'then the panel opened',
        'first row painted',
        'longest block',
        'long tasks',
        'JS heap of both (after GC)',
      ],
      [
        [
          'on the shared workspace, sync running',
          `${measure.panel.firstRowMs.toFixed(0)} ms`,
          `${measure.panel.longestBlockMs.toFixed(0)} ms`,
          String(measure.panel.longTasks),
          `${measure.panel.sharedHeapMb.toFixed(1)} MB`,
        ],
      ],
    ),
    '',
    `This school year is ${current}. ${older.length ? `Open besides it: ${older.join(', ')} (older years, last school year included, open one at a time for a while when the hub starts, to catch up with peers: lib/sync/year-rooms.ts), so this is the heap during that pass; it falls once they close.` : 'No year before it is open.'}`,
    '',
  ].join('\n');
  return {
    markdown,
    rows: [
      benchRow(`offscreen-heap-${size}`, measure.heapMb, 'MB', PANEL_BUDGET.heapMb),
      benchRow(
        `shared-first-view-${size}`,
        measure.panel.firstRowMs,
        'ms',
        PANEL_BUDGET.firstViewMs[size],
      ),
      benchRow(
        `shared-longest-block-${size}`,
        measure.panel.longestBlockMs,
        'ms',
        PANEL_BUDGET.longestBlockMs,
      ),
      // The panel's and the offscreen document's copies, in the one heap their process has.
      benchRow(`shared-heap-${size}`, measure.panel.sharedHeapMb, 'MB', PANEL_BUDGET.heapMb),
    ],
  };
}

export function run(): Promise<BenchOutput> {
  return forEachSize(runOne);
}
