import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { schoolYearOf } from '../../lib/model/school-year';
import { splitWorkspaceUpdates } from '../../scripts/bench/workspace-data';
import { storeWorkspace } from '../../scripts/lib/stored-workspace';
import { activeWorkspaceId, launchExtension, newProfileDir, removeProfileDir } from './harness';

/**
 * Runs before the panel's scripts: notes the rows of the first view (the list as last shown,
 * painted before the doc loads) and whether the app's tabs existed yet, and clicks the first row
 * as a person would while the rest loads. A MutationObserver, because the main thread is busy
 * loading the doc right after that paint, so polling from the test would not see it.
 */
const PROBE = `(() => {
  const seen = (window.__firstView = { rows: null, tabsBefore: null });
  const watch = new MutationObserver(() => {
    const rows = document.querySelectorAll('.first-view .partner-row .row-title');
    if (!rows.length || seen.rows) return;
    seen.rows = [...rows].map((row) => row.textContent);
    seen.tabsBefore = document.querySelector('[role="tablist"]') !== null;
    document.querySelector('.first-view .partner-row').click();
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
})();`;

interface Seen {
  rows: string[] | null;
  tabsBefore: boolean | null;
}

/** The first-view picture kept beside the workspace's doc (lib/model/first-view.ts), in brief. */
function keptFirstView(panel: Page, workspaceId: string) {
  return panel.evaluate(
    (name) =>
      new Promise<{ total: number; first: string } | null>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('custom').objectStore('custom').get('beside:first-view');
          read.onsuccess = () => {
            const view = read.result as { total: number; rows: { name: string }[] } | undefined;
            db.close();
            resolve(view ? { total: view.total, first: view.rows[0]?.name ?? '' } : null);
          };
          read.onerror = () => resolve(null);
        };
      }),
    `bridgework-workspace-${workspaceId}`,
  );
}

/** "2025–26": how the panel names a school year (September start). */
const yearLabel = (year: number) => `${year}–${String(year + 1).slice(-2)}`;

describe('a district-size workspace (10,000 partners, 100,000 log entries)', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('after a browser restart its first rows show before the doc has loaded, and are usable', async () => {
    // Its history split per school year, as a district's is (lib/model/history-years.ts).
    const { main: update, years } = splitWorkspaceUpdates('district');
    let browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    const workspaceId = await activeWorkspaceId(panel);
    await panel.close();
    await storeWorkspace(browser.context, workspaceId, update);
    for (const [year, bytes] of years)
      await storeWorkspace(browser.context, `${workspaceId}.${year}`, bytes);

    // Opened once as it is: the list with its contact status, kept beside the doc on closing.
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByText('10,000 partners', { exact: true }).waitFor({ timeout: 120_000 });
    await panel
      .getByText(/Last contact|No contact yet/)
      .first()
      .waitFor({ timeout: 60_000 });
    const liveFirst = await panel.locator('.partner-row .row-title').allTextContents();
    // Kept a few seconds after the list settles (and again on closing, which a page closed while
    // it is still loading may not finish): waited for, so that the restart below has it.
    await expect
      .poll(() => keptFirstView(panel, workspaceId), { timeout: 60_000 })
      .toEqual({ total: 10_000, first: liveFirst[0] });
    await panel.close();
    await browser.close();

    browser = await launchExtension(profileDir);
    await browser.context.addInitScript(PROBE);
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const clicked = liveFirst[0]!;
    // The row clicked in the first view opens once the workspace has loaded.
    await panel.getByRole('heading', { name: clicked, exact: true }).waitFor({ timeout: 120_000 });
    const seen = await panel.evaluate(
      () => (window as unknown as { __firstView: Seen }).__firstView,
    );
    expect(seen.tabsBefore).toBe(false);
    expect(seen.rows?.slice(0, 5)).toEqual(liveFirst.slice(0, 5));

    // And the live list is the whole workspace: back to it, and a search finds a partner
    // far down the list.
    await panel.getByRole('button', { name: '← All partners' }).click();
    await panel.getByText('10,000 partners', { exact: true }).waitFor();
    const last = liveFirst.at(-1)!;
    await panel.getByRole('searchbox', { name: 'Search partners' }).fill(last);
    const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await panel
      .getByRole('listitem', { name: new RegExp(`^${escaped}`) })
      .first()
      .waitFor();
    await browser.close();
  }, 300_000);

  test('the log shows this school year, and an older year’s entries load when the timeline scrolls to them', async () => {
    const browser = await launchExtension(profileDir);
    const panel = await browser.openPanel();
    await panel.getByRole('tab', { name: 'Log' }).click();
    const count = panel.locator('.log-tabpanel .count').first();
    const entries = async () => Number((await count.textContent())!.replace(/\D/g, ''));
    await count.filter({ hasText: /entries$/ }).waitFor({ timeout: 120_000 });
    const current = schoolYearOf(new Date().toISOString().slice(0, 10))!;
    const previous = panel.getByRole('button', {
      name: `Show entries from ${yearLabel(current - 1)}`,
    });
    await previous.waitFor({ timeout: 60_000 });
    const thisYear = await entries();
    expect(thisYear).toBeLessThan(100_000);

    // Scrolled to the end of this year's entries: the year before loads on its own.
    const list = panel.getByRole('list', { name: 'Contact log' });
    await list.hover();
    const older = panel.getByRole('button', {
      name: `Show entries from ${yearLabel(current - 2)}`,
    });
    for (let i = 0; i < 60 && !(await older.isVisible()); i++) {
      await panel.mouse.wheel(0, 200_000);
      await panel.waitForTimeout(500);
    }
    await older.waitFor({ timeout: 60_000 });
    // A whole school year more (about 14,600 entries in this workspace), not a few rows.
    await expect.poll(entries, { timeout: 60_000 }).toBeGreaterThan(thisYear + 5_000);
    await browser.close();
  }, 300_000);
});
