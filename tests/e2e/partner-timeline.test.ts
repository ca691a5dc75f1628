import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { localDay } from '../../lib/model/days';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';

// The partner page's timeline at 360 px goes to docs/screenshots/360/.
const SCREENSHOT = 'docs/screenshots/360/partner-timeline.png';
const PARTNER = 'Riverside Library';
const CONCERN = 'Buses arrive late for the reading club';

async function partnerPage(panel: Page) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(PARTNER);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name: PARTNER, level: 2 }).waitFor();
  await dismissToast(panel);
}

/** One of each record, through the partner page's own forms. */
async function addRecords(panel: Page) {
  const commitments = panel.getByRole('region', { name: 'Commitments' });
  await commitments.getByRole('button', { name: 'Add commitment' }).click();
  const pledge = panel.getByRole('form', { name: 'New commitment' });
  await pledge.getByLabel('Commitment', { exact: true }).fill('Lend 30 picture books');
  await pledge.getByRole('button', { name: 'Save commitment' }).click();
  await commitments.getByRole('listitem', { name: /^Lend 30 picture books/ }).waitFor();
  await dismissToast(panel);

  await panel.getByRole('button', { name: 'Raise concern' }).click();
  await panel.getByLabel('Concern', { exact: true }).fill(CONCERN);
  await panel.getByRole('button', { name: 'Save concern' }).click();
  await panel.getByRole('listitem', { name: new RegExp(`^${CONCERN}`) }).waitFor();
  await dismissToast(panel);

  await panel.getByRole('button', { name: 'Record feedback' }).click();
  const pulse = panel.getByRole('form', { name: 'Record feedback' });
  await pulse.getByLabel('Score').selectOption('4');
  await pulse.getByLabel('Comment').fill('Pupils loved the visit');
  await pulse.getByLabel('Date').fill(localDay());
  await pulse.getByRole('button', { name: 'Save feedback' }).click();
  await pulse.waitFor({ state: 'detached' });
  await dismissToast(panel);

  const contributions = panel.getByRole('region', { name: 'Contributions' });
  await contributions.getByRole('button', { name: 'Add contribution' }).click();
  const gift = contributions.getByRole('form', { name: 'Contribution' });
  await gift.getByLabel('Kind').selectOption({ label: 'Grant' });
  await gift.getByLabel('Amount').fill('500');
  await gift.getByLabel('Currency').fill('USD');
  await gift.getByLabel('Date').fill(localDay());
  await gift.getByRole('button', { name: 'Save contribution' }).click();
  await gift.waitFor({ state: 'detached' });
  await dismissToast(panel);

  // A contact yesterday, so the records are merged around it by date.
  await panel.getByRole('button', { name: 'Log a call' }).click();
  await panel.getByLabel('Title', { exact: true }).fill('Called about the book fair');
  await panel
    .getByLabel('Date', { exact: true })
    .fill(`${localDay(Date.now() - 86_400_000)}T10:00`);
  await panel.getByRole('button', { name: 'Save entry' }).click();
  await panel.getByRole('heading', { name: 'Called about the book fair', level: 2 }).waitFor();
  await dismissToast(panel);
  await panel.getByRole('button', { name: `${PARTNER} timeline` }).click();

  const stories = panel.getByRole('region', { name: 'Stories and lessons' });
  await stories.getByRole('button', { name: 'Add story' }).click();
  await stories.getByLabel('Title', { exact: true }).fill('Reading week was a success');
  await stories.getByLabel('Date').fill(localDay());
  await stories.getByRole('button', { name: 'Save story' }).click();
  await stories.getByRole('listitem', { name: /^Reading week was a success/ }).waitFor();
  await dismissToast(panel);
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations inside `selector` (rule id and the elements), none expected. */
async function axeViolations(panel: Page, selector: string): Promise<string[]> {
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE_SOURCE);
  return panel.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(context, { resultTypes: ['violations'] })) as {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, selector);
}

/** The focused element's closest list item's accessible name source: the record's own text. */
const focusedRecordText = (panel: Page) =>
  panel.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '');

describe('the partner timeline', () => {
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    for (const browser of browsers.splice(0)) {
      await browser.close();
      removeProfileDir(browser.profileDir);
    }
  });

  test('a commitment, a concern, a feedback pulse, a contribution and a story appear on the partner’s timeline with their kinds; a Log search for a word of the concern finds it and opens it', async () => {
    const browser = await launchExtension(newProfileDir());
    browsers.push(browser);
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 800 });
    await partnerPage(panel);
    await addRecords(panel);

    const timeline = panel.getByRole('list', { name: `Timeline with ${PARTNER}` });
    const row = (title: RegExp) => timeline.getByRole('button', { name: title });
    const expected: [RegExp, string][] = [
      [/^Pledged \(Our school\): Lend 30 picture books/, 'Commitment'],
      [new RegExp(`^Raised: ${CONCERN}`), 'Concern'],
      [/^Score 4 of 5: Pupils loved the visit/, 'Feedback'],
      [/^Given by the partner: Grant, \$500\.00/, 'Contribution'],
      [/^Reading week was a success/, 'Story'],
    ];
    for (const [title, kind] of expected) {
      await row(title).waitFor();
      expect(await row(title).locator('.row-detail').textContent()).toMatch(
        new RegExp(`^${kind} · `),
      );
    }
    // Newest first: today's records, then yesterday's call.
    const titles = await timeline.locator('.row-title').allTextContents();
    expect(titles).toHaveLength(6);
    expect(titles.at(-1)).toBe('Called about the book fair');

    // The rows' badges, names and the Show select pass axe (contrast, names, roles).
    expect(await axeViolations(panel, 'section.partner-log')).toEqual([]);

    // Show: Value keeps the contribution and the story only.
    await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'Value' });
    await expect.poll(() => timeline.getByRole('button').count()).toBe(2);
    await panel.getByLabel('Show', { exact: true }).selectOption({ label: 'All' });
    await expect.poll(() => timeline.getByRole('button').count()).toBe(6);

    // A row opens its record on the page: the concern's list item has focus.
    await row(new RegExp(`^Raised: ${CONCERN}`)).click();
    await expect.poll(() => focusedRecordText(panel)).toContain(CONCERN);

    const widths = await panel.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await panel.getByRole('heading', { name: 'Timeline', exact: true }).scrollIntoViewIfNeeded();
    await panel
      .getByRole('heading', { name: /^Contact log/ })
      .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.mouse.move(0, 0);
    await screenshotTo(panel, { path: SCREENSHOT });

    // The Log's search finds the concern by one of its words and opens it on the partner's page.
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByRole('searchbox', { name: 'Search log' }).fill('BUSES');
    const hit = panel.getByRole('button', { name: new RegExp(`^Raised: ${CONCERN}`) });
    await hit.waitFor();
    expect(await hit.textContent()).toContain(`Concern · `);
    expect(await hit.textContent()).toContain(PARTNER);
    expect(await axeViolations(panel, '#log-tabpanel')).toEqual([]);
    await hit.click();
    await panel.getByRole('heading', { name: PARTNER, level: 2 }).waitFor();
    expect(await panel.getByRole('tab', { name: 'Partners' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await expect.poll(() => focusedRecordText(panel)).toContain(CONCERN);
  }, 180_000);
});
