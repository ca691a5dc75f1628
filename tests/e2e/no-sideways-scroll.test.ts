import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveFixtures } from './fixture-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  FORM_STOPS,
  LONG_NAME,
  OTHER_STOPS,
  VIEW_STOPS,
  captureStop,
  closeDialogs,
  needsAttentionStop,
  openPanelBesidePage,
  screenshot,
  seedWorkspace,
} from './panel-tour';

/**
 * A side panel is 320–400 px wide. At those widths nothing may scroll sideways: not the page, not
 * the scrolling <main> (which would hide a sideways scroll from the page's own width), not a form
 * or dialog. One browser walks every stop of the tour; with BRIDGEWORK_SCREENSHOTS set it also
 * saves each stop at 360 px to docs/screenshots/360/.
 */

interface Widths {
  page: number;
  main: number;
  viewport: number;
  mainClient: number;
  part?: { scroll: number; client: number };
}

async function widths(panel: Page, part: Locator | undefined): Promise<Widths> {
  const measured = await panel.evaluate(() => {
    const main = document.querySelector('main')!;
    return {
      page: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
      main: main.scrollWidth,
      mainClient: main.clientWidth,
    };
  });
  if (!part) return measured;
  const own = await part.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
  }));
  return { ...measured, part: own };
}

function expectNoSidewaysScroll(name: string, width: number, measured: Widths) {
  const where = `${name} at ${width} px: ${JSON.stringify(measured)}`;
  expect(measured.page, where).toBeLessThanOrEqual(measured.viewport);
  expect(measured.main, where).toBeLessThanOrEqual(measured.mainClient);
  if (measured.part) expect(measured.part.scroll, where).toBeLessThanOrEqual(measured.part.client);
}

describe('at 320–360 px nothing scrolls sideways', () => {
  let browser: ExtensionBrowser;
  let panel: Page;
  let fixtures: Awaited<ReturnType<typeof serveFixtures>>;

  beforeAll(async () => {
    fixtures = await serveFixtures();
    browser = await launchExtension();
    panel = await openPanelBesidePage(browser, fixtures.url('partner-contact.html'));
    await panel.setViewportSize({ width: 360, height: 720 });
    await seedWorkspace(panel);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (browser) removeProfileDir(browser.profileDir);
    await fixtures?.close();
  });

  // Needs attention last: once planted, its notice shows on every section.
  const stops = [...VIEW_STOPS, ...FORM_STOPS, ...OTHER_STOPS, captureStop, needsAttentionStop];
  test.each(stops.map((stop) => [stop.name, stop] as const))(
    '%s fits 360 and 320 px',
    async (name, stop) => {
      await panel.setViewportSize({ width: 360, height: 720 });
      const part = await stop.open(panel);
      expectNoSidewaysScroll(name, 360, await widths(panel, part));
      await screenshot(panel, name);
      await panel.setViewportSize({ width: 320, height: 720 });
      expectNoSidewaysScroll(name, 320, await widths(panel, part));
      await panel.setViewportSize({ width: 360, height: 720 });
      await closeDialogs(panel);
    },
    60_000,
  );

  test('a 30-character partner name with two tags is shown whole in its row', async () => {
    await VIEW_STOPS[0]!.open(panel);
    const row = panel.getByRole('listitem', { name: new RegExp(`^${LONG_NAME}`) });
    const name = row.locator('.row-title');
    expect(await name.textContent()).toBe(LONG_NAME);
    const fit = await name.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(fit.client).toBeGreaterThan(0);
    expect(fit.scroll).toBeLessThanOrEqual(fit.client);
    // Both tags are in the row, below the name.
    for (const tag of ['food security', 'volunteers']) {
      const box = await row.getByText(tag, { exact: true }).boundingBox();
      const nameBox = await name.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(nameBox!.y + nameBox!.height);
    }
  });

  test('after Save partner, focus is on the new partner’s heading, and its page starts at the top', async () => {
    await VIEW_STOPS[0]!.open(panel);
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Harbor Tutoring Collective');
    // Down at the end of the long form, as a person is when they save: the partner's page must
    // still open at its top.
    const scrolled = await panel.evaluate(() => {
      const main = document.querySelector('main')!;
      main.scrollTo(0, main.scrollHeight);
      return main.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(100);
    await panel.getByRole('button', { name: 'Save partner' }).click();
    const heading = panel.getByRole('heading', { name: 'Harbor Tutoring Collective', level: 2 });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const top = await heading.evaluate((element) => {
      const main = document.querySelector('main')!;
      return element.getBoundingClientRect().top - main.getBoundingClientRect().top;
    });
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
  });

  test('a captured partner opens at the top of its page with its name focused', async () => {
    const review = await captureStop.open(panel);
    // The fixture server's address (127.0.0.1) is not a website the form accepts.
    await review!.getByLabel('Website', { exact: true }).fill('https://maplegrove-literacy.org');
    await panel.evaluate(() => {
      const main = document.querySelector('main')!;
      main.scrollTo(0, main.scrollHeight);
    });
    await review!.getByRole('button', { name: /^(Save partner|Save as new)$/ }).click();
    const heading = panel.getByRole('heading', { name: 'Maple Grove Literacy Alliance', level: 2 });
    await heading.waitFor();
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    const top = await heading.evaluate(
      (element) =>
        element.getBoundingClientRect().top -
        document.querySelector('main')!.getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(120);
  });

  test('the partner form opens on its first field; Esc cancels it and focus returns to Add partner', async () => {
    await VIEW_STOPS[0]!.open(panel);
    await panel.getByRole('button', { name: 'Add partner' }).click();
    const form = panel.getByRole('form', { name: 'Add partner' });
    await form.waitFor();
    const nameField = panel.getByLabel('Name', { exact: true });
    expect(await nameField.evaluate((element) => element === document.activeElement)).toBe(true);
    await nameField.fill('Not kept');
    await panel.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    const focused = await panel.evaluate(() => document.activeElement?.textContent?.trim());
    expect(focused).toBe('Add partner');
    expect(await panel.getByRole('listitem', { name: /^Not kept/ }).count()).toBe(0);
  });

  test('Back from a partner page focuses its row; after Delete partner the list heading has focus', async () => {
    const isFocused = (locator: Locator) =>
      locator.evaluate((element) => element === document.activeElement);
    await VIEW_STOPS[0]!.open(panel);
    const row = panel
      .getByRole('listitem', { name: /^Northgate Robotics Club/ })
      .getByRole('button');
    await row.click();
    await panel.getByRole('button', { name: '← All partners' }).click();
    await expect.poll(() => isFocused(row)).toBe(true);

    await row.click();
    await panel.getByRole('button', { name: 'Delete partner' }).click();
    await panel.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    const heading = panel.getByRole('heading', { name: 'Partners', level: 2 });
    await expect.poll(() => isFocused(heading)).toBe(true);
    expect(await row.count()).toBe(0);
  });
});
