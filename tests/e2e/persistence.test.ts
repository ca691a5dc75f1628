import { afterAll, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir } from './harness';

describe('local persistence', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('a partner survives closing the panel and restarting the browser', async () => {
    let browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name').fill('Riverside Public Library');
    await panel.getByLabel('Website').fill('riverside-library.example.org');
    await panel.getByLabel('Email').fill('Hello@Riverside-Library.example.org');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Riverside Public Library' }).count())
      .toBe(1);
    await panel.close();

    panel = await browser.openPanel();
    const row = panel.getByRole('listitem', { name: /^Riverside Public Library/ });
    await row.waitFor();
    expect(await panel.getByText('1 partner', { exact: true }).count()).toBe(1);
    await browser.close();

    browser = await launchExtension(profileDir);
    panel = await browser.openPanel();
    await panel.getByRole('listitem', { name: /^Riverside Public Library/ }).waitFor();
    await panel
      .getByRole('listitem', { name: /^Riverside Public Library/ })
      .getByRole('button')
      .click();
    const email = panel.getByRole('link', { name: 'hello@riverside-library.example.org' });
    expect(await email.getAttribute('href')).toBe('mailto:hello@riverside-library.example.org');
    await browser.close();
  });

  test('a partner saved the instant before the panel reloads is still there', async () => {
    const dir = newProfileDir();
    const browser = await launchExtension(dir);
    try {
      let panel = await browser.openPanel();
      await panel.getByRole('button', { name: 'Add partner' }).click();
      await panel.getByLabel('Name').fill('Saved at the last moment');
      // Save and reload in one task: the write's transaction cannot commit before the page goes.
      await panel.evaluate(() => {
        const save = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Save partner',
        );
        save!.click();
        location.reload();
      });
      await panel.waitForLoadState();
      await panel.getByRole('listitem', { name: /^Saved at the last moment/ }).waitFor();
      await panel.close();
      panel = await browser.openPanel();
      await panel.getByRole('listitem', { name: /^Saved at the last moment/ }).waitFor();
    } finally {
      await browser.close();
      removeProfileDir(dir);
    }
  });
});
