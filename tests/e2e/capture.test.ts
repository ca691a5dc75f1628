import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures } from './fixture-server';
import {
  dismissToast,
  launchExtension,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';

/** Opens `fixture` in a tab, then the panel, and presses Capture this page. */
async function capture(browser: ExtensionBrowser, url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const panel = await browser.openPanel();
  await panel.getByRole('button', { name: 'Capture this page' }).click();
  return panel;
}

function reviewForm(panel: Page) {
  return panel.getByRole('form', { name: 'Review captured details' });
}

// Each test starts a browser on a fresh profile, so any test runs alone with `-t`.
describe('capture this page', () => {
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
  const browsers: ExtensionBrowser[] = [];
  beforeAll(async () => {
    fixtures = await serveFixtures();
  });
  afterEach(async () => {
    for (const browser of browsers.splice(0)) {
      await browser.close();
      removeProfileDir(browser.profileDir);
    }
  });
  afterAll(async () => {
    await fixtures.close();
  });

  async function freshBrowser() {
    const browser = await launchExtension();
    browsers.push(browser);
    return browser;
  }

  test('captures a page into the review form, and Save partner adds it', async () => {
    const panel = await capture(await freshBrowser(), fixtures.url('partner-contact.html'));
    const review = reviewForm(panel);
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
  });

  test('capturing a page already saved offers Merge into existing, which keeps one partner', async () => {
    const browser = await freshBrowser();
    const panel = await capture(browser, fixtures.url('partner-contact.html'));
    const review = reviewForm(panel);
    await review.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Maple Grove Literacy Alliance' }).waitFor();
    await panel.getByRole('button', { name: '← All partners' }).click();

    await panel.getByRole('button', { name: 'Capture this page' }).click();
    await review.waitFor();
    // The "saved" toast of the first capture would sit over the review's buttons until it fades.
    await dismissToast(panel);
    expect(await review.getByRole('button', { name: 'Merge into existing' }).count()).toBe(1);
    expect(await review.getByRole('button', { name: 'Save as new' }).count()).toBe(1);
    expect(await review.getByRole('button', { name: 'Save partner' }).count()).toBe(0);
    await review.getByRole('button', { name: 'Merge into existing' }).click();
    await panel.getByRole('heading', { name: 'Maple Grove Literacy Alliance' }).waitFor();
    await panel.getByRole('button', { name: '← All partners' }).click();
    await expect.poll(() => panel.getByText('1 partner', { exact: true }).count()).toBe(1);
  });

  test('an NGO page with staff cards and a logo that fails to load reviews cleanly at 360 px', async () => {
    const panel = await capture(await freshBrowser(), fixtures.url('staff-team.html'));
    await panel.setViewportSize({ width: 360, height: 1100 });
    const review = reviewForm(panel);
    await review.waitFor();
    // the schema.org type decides, not "after-school" or "school district" in the description
    expect(await review.getByLabel('Kind').inputValue()).toBe('nonprofit');
    const kindNote = review.locator('div:has(> .field #partner-kind) > .source');
    expect(await kindNote.textContent()).toBe('Found in structured data (JSON-LD)');
    // the staff are people; their own addresses are not the organisation's
    expect(await review.getByRole('textbox', { name: 'Email', exact: true }).inputValue()).toBe(
      'info@eastside-youth.example.org',
    );
    const people = review.getByRole('group', { name: 'People on this page' });
    for (const name of ['Maria Lopez', 'James Carter', 'Aisha Bello']) {
      expect(await people.getByRole('checkbox', { name: new RegExp(name) }).count()).toBe(1);
    }
    expect(await people.getByText('jcarter@eastside-youth.example.org').count()).toBe(1);
    // the page's only logo does not load: no broken image, no logo choice
    await expect.poll(() => review.locator('img[src$="missing-logo.png"]').count()).toBe(0);
    expect(await review.getByRole('group', { name: 'Logo' }).count()).toBe(0);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await screenshotTo(panel, { path: 'docs/screenshots/capture-review-staff-cards.png' });
    await people.scrollIntoViewIfNeeded();
    await screenshotTo(panel, { path: 'docs/screenshots/capture-review-staff-people.png' });

    await review.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Eastside Youth Alliance' }).waitFor();
    expect(await panel.getByText('Maria Lopez').count()).toBeGreaterThan(0);
  });

  test('a page the browser does not let extensions read gets a clear message', async () => {
    const panel = await capture(await freshBrowser(), 'chrome://version');
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('browser’s own pages');
  });
});
