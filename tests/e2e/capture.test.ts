import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures } from './fixture-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';

describe('capture this page', () => {
  let browser: ExtensionBrowser;
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
  beforeAll(async () => {
    fixtures = await serveFixtures();
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser.close();
    await fixtures.close();
    removeProfileDir(browser.profileDir);
  });

  test('captures a page, saves the partner, then offers to merge a second capture', async () => {
    const page = await browser.context.newPage();
    await page.goto(fixtures.url('partner-contact.html'));
    const panel = await browser.openPanel();

    await panel.getByRole('button', { name: 'Capture this page' }).click();
    const review = panel.getByRole('form', { name: 'Review captured details' });
    await review.waitFor();
    expect(await review.getByLabel('Name').inputValue()).toBe('Maple Grove Literacy Alliance');
    expect(await review.getByLabel('Email').inputValue()).toBe('hello@maplegrove-literacy.org');
    expect(await review.getByLabel('Phone').inputValue()).toContain('555');
    expect(await review.getByLabel('Phone').inputValue()).not.toContain('0199');
    expect(await review.getByLabel('Street').inputValue()).toBe('1200 Birch Street');
    expect(await review.getByLabel('City or town').inputValue()).toBe('Maple Grove');
    expect(await review.getByLabel('Postal code').inputValue()).toBe('55369');
    await review.getByRole('button', { name: 'Save partner' }).click();

    await panel.getByRole('heading', { name: 'Maple Grove Literacy Alliance' }).waitFor();
    await panel.getByRole('button', { name: '← All partners' }).click();
    await panel.getByRole('listitem', { name: /^Maple Grove Literacy Alliance/ }).waitFor();

    await panel.getByRole('button', { name: 'Capture this page' }).click();
    await review.waitFor();
    expect(await review.getByRole('button', { name: 'Merge into existing' }).count()).toBe(1);
    expect(await review.getByRole('button', { name: 'Save as new' }).count()).toBe(1);
    expect(await review.getByRole('button', { name: 'Save partner' }).count()).toBe(0);
    await review.getByRole('button', { name: 'Merge into existing' }).click();
    await panel.getByRole('heading', { name: 'Maple Grove Literacy Alliance' }).waitFor();
    await panel.getByRole('button', { name: '← All partners' }).click();
    expect(await panel.getByText('1 partner', { exact: true }).count()).toBe(1);
  });

  test('a page the browser does not let extensions read gets a clear message', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const panel = await browser.openPanel();
    await panel.getByRole('button', { name: 'Capture this page' }).click();
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('browser’s own pages');
  });
});
