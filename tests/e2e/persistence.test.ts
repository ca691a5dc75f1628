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
});
