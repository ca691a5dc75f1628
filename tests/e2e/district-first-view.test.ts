import { afterAll, describe, expect, test } from 'vitest';
import { workspaceUpdate } from '../../scripts/bench/workspace-data';
import { storeWorkspace } from '../../scripts/lib/stored-workspace';
import { launchExtension, newProfileDir, removeProfileDir } from './harness';

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

describe('a district-size workspace (10,000 partners, 100,000 log entries)', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('after a browser restart its first rows show before the doc has loaded, and are usable', async () => {
    const { update } = workspaceUpdate('district');
    let browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    const workspaceId = await panel.evaluate(
      () =>
        (window as unknown as { __bridgework: { registry: { value: { activeId: string } } } })
          .__bridgework.registry.value.activeId,
    );
    await panel.close();
    await storeWorkspace(browser.context, workspaceId, update);

    // Opened once as it is: the list with its contact status, kept beside the doc on closing.
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.getByText('10,000 partners', { exact: true }).waitFor({ timeout: 120_000 });
    await panel
      .getByText(/Last contact|No contact yet/)
      .first()
      .waitFor({ timeout: 60_000 });
    const liveFirst = await panel.locator('.partner-row .row-title').allTextContents();
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
});
