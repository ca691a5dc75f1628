import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

declare global {
  interface Window {
    __failWrites?: boolean;
  }
}

/** Opens the panel page with a script that runs before the app (to break IndexedDB on purpose). */
async function openPanelWith(browser: ExtensionBrowser, init: () => void): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(init);
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  return page;
}

async function addPartner(panel: Page, name: string) {
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('a failing disk', () => {
  const profiles: string[] = [];
  afterAll(() => profiles.forEach(removeProfileDir));

  test('a write the disk refuses shows "Not saved", Export downloads the data, a later save clears it', async () => {
    const profile = newProfileDir();
    profiles.push(profile);
    const browser = await launchExtension(profile);
    const panel = await openPanelWith(browser, () => {
      // Every IndexedDB write fails as a full disk does, once the test says so.
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args) {
        if (window.__failWrites)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return add.apply(this, args);
      } as typeof add;
    });
    await panel.getByRole('tablist', { name: 'Sections' }).waitFor();
    await addPartner(panel, 'Riverside Public Library');
    expect(
      await panel
        .getByRole('alert')
        .filter({ hasText: /^Not saved/ })
        .count(),
    ).toBe(0);

    await panel.evaluate(() => (window.__failWrites = true));
    await addPartner(panel, 'Hillside Youth Club');
    const banner = panel.getByRole('alert').filter({ hasText: /^Not saved/ });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('no storage space');

    const downloading = panel.waitForEvent('download');
    await banner.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bridgework-.*\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const names = exported.collections.partners.map(
      (r: { value: { name: string } }) => r.value.name,
    );
    expect(names.sort()).toEqual(['Hillside Youth Club', 'Riverside Public Library']);

    // The disk recovers: the next edit writes everything, and the banner goes.
    await panel.evaluate(() => (window.__failWrites = false));
    await addPartner(panel, 'Northside Choir');
    await expect.poll(() => banner.count()).toBe(0);

    // What was refused at first is on disk now.
    await panel.close();
    const again = await browser.openPanel();
    await again.getByRole('listitem', { name: /^Hillside Youth Club/ }).waitFor();
    await browser.close();
  });

  test('IndexedDB that cannot open: the panel still opens and says why', async () => {
    const profile = newProfileDir();
    profiles.push(profile);
    const browser = await launchExtension(profile);
    const panel = await openPanelWith(browser, () => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        if (name.startsWith('bridgework-workspace-'))
          throw new DOMException('Internal error opening backing store', 'UnknownError');
        return open.call(this, name, version);
      };
    });
    const alert = panel.getByRole('alert').filter({ hasText: 'could not open' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Internal error opening backing store');
    for (const name of ['Try again', 'Export what can be read', 'Leave this workspace'])
      expect(await panel.getByRole('button', { name }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Export what can be read' }).click();
    await panel.getByRole('status').filter({ hasText: 'Nothing could be read' }).waitFor();
    await browser.close();
  });
});
