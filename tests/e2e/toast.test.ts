import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

// A narrow, short side panel: the forms are taller than the panel, so their Save bars are sticky
// at the bottom of the content, just where a toast used to sit.
const WIDTH = 360;
const HEIGHT = 560;
const LONG_NAME =
  'Riverside Community Partnership for Family Literacy, After-School Tutoring and Weekend Meals';

async function box(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('element is not visible');
  return rect;
}

type Box = Awaited<ReturnType<typeof box>>;

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function toast(panel: Page) {
  return panel.locator('.toast-region').getByRole('button', { name: 'Dismiss' }).locator('..');
}

/** The toast is on screen, one line high, and the button named `save` is clear of it. */
async function expectToastClearOf(panel: Page, save: Locator) {
  const shown = toast(panel);
  await shown.waitFor();
  const text = shown.locator('.toast-text');
  const lineHeight = await text.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await box(text)).height).toBeLessThan(lineHeight * 1.5);
  await save.scrollIntoViewIfNeeded();
  expect(overlap(await box(shown), await box(save))).toBe(false);
  // Nothing else sits over the button either: a trial click would fail on a covering element.
  await save.click({ trial: true, timeout: 2000 });
}

describe('toasts stay out of the way', () => {
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    await Promise.allSettled(browsers.splice(0).map((browser) => browser.close()));
    profiles.splice(0).forEach(removeProfileDir);
  });

  test('at 360 px a long toast is one line, cut with an ellipsis, and never covers a Save bar', async () => {
    const profile = newProfileDir();
    profiles.push(profile);
    const browser = await launchExtension(profile);
    browsers.push(browser);
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: WIDTH, height: HEIGHT });

    await panel.getByRole('tab', { name: 'Partners' }).click();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill(LONG_NAME);
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: LONG_NAME }).waitFor();

    // The whole text is still there for assistive technology and as a tooltip; only the screen
    // cuts it (its content is wider than the box it is drawn in).
    const region = panel.locator('.toast-region[role="status"]');
    await expect.poll(() => region.textContent()).toContain(`Added ${LONG_NAME}.`);
    const text = toast(panel).locator('.toast-text');
    expect(await text.getAttribute('title')).toBe(`Added ${LONG_NAME}.`);
    expect(await text.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);

    // The partner form again, while the toast shows.
    await panel.getByRole('button', { name: 'Edit partner' }).click();
    await expectToastClearOf(panel, panel.getByRole('button', { name: 'Save partner' }));
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: LONG_NAME }).waitFor();

    // A goal form, while the partner's "saved" toast shows.
    await panel.getByRole('tab', { name: 'Goals' }).click();
    await panel.getByRole('button', { name: 'New goal' }).click();
    await expectToastClearOf(panel, panel.getByRole('button', { name: 'Save goal' }));
  });
});
