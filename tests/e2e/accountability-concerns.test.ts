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

// The partner page at 360 px with concerns and feedback goes to docs/screenshots/360/.
const SCREENSHOT = 'docs/screenshots/360/partner-concerns.png';
const DAY_MS = 86_400_000;

async function partnerPage(panel: Page, name: string) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name }).waitFor();
  await dismissToast(panel);
}

/** Moves the concern to `status` with a note (and the post-analysis when resolving). */
async function moveConcern(
  panel: Page,
  text: string,
  status: string,
  note: string,
  analysis?: { rootCause: string; change: string },
) {
  const item = panel.getByRole('listitem', { name: new RegExp(`^${text}`) });
  await item.getByRole('button', { name: status, exact: true }).click();
  await item.getByLabel('Note').fill(note);
  await item.getByLabel('Who took part').fill('Ana, Bo');
  if (analysis) {
    await item.getByLabel('Root cause').fill(analysis.rootCause);
    await item.getByLabel('What we change').fill(analysis.change);
  }
  await item.getByRole('button', { name: 'Save step' }).click();
  await dismissToast(panel);
}

async function recordFeedback(panel: Page, score: string, date: string, comment: string) {
  await panel.getByRole('button', { name: 'Record feedback' }).click();
  const form = panel.getByRole('form', { name: 'Record feedback' });
  await form.getByLabel('Score').selectOption(score);
  await form.getByLabel('Comment').fill(comment);
  await form.getByLabel('Date').fill(date);
  await form.getByRole('button', { name: 'Save feedback' }).click();
  await dismissToast(panel);
}

describe('concerns and feedback on a partner’s page', () => {
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    for (const browser of browsers.splice(0)) {
      await browser.close();
      removeProfileDir(browser.profileDir);
    }
  });

  test('a concern goes Raised → In dialogue → Resolved with a root cause, and a lesson learned exists afterwards; two pulses show a trend', async () => {
    const browser = await launchExtension(newProfileDir());
    browsers.push(browser);
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 800 });
    await partnerPage(panel, 'Riverside Library');

    await panel.getByRole('button', { name: 'Raise concern' }).click();
    await panel.getByLabel('Concern', { exact: true }).fill('Volunteers arrive late on Tuesdays');
    await panel.getByRole('button', { name: 'Save concern' }).click();
    await dismissToast(panel);
    const concern = panel.getByRole('listitem', { name: /^Volunteers arrive late/ });
    await concern.getByText('Status: Raised').waitFor();
    // The open concern shows in the partnership's health, on its page and in its list row.
    await panel
      .locator('.detail-header .health-line')
      .getByText(/1 open concern/)
      .waitFor();
    await panel.getByRole('button', { name: '← All partners' }).click();
    await panel
      .getByRole('listitem', { name: /^Riverside Library/ })
      .getByText(/Needs watching: 1 open concern|At risk: .*1 open concern/)
      .waitFor();
    await panel
      .getByRole('listitem', { name: /^Riverside Library/ })
      .getByRole('button')
      .click();

    await moveConcern(panel, 'Volunteers arrive late', 'In dialogue', 'Called the coordinator');
    await concern.getByText('Status: In dialogue').waitFor();

    await moveConcern(panel, 'Volunteers arrive late', 'Resolved', 'Agreed a new start time', {
      rootCause: 'The bus timetable changed in September',
      change: 'Sessions start at 9:30',
    });
    const lessons = panel.getByRole('region', { name: 'Lessons learned from concerns' });
    const lesson = lessons.getByRole('listitem', { name: /^Sessions start at 9:30/ });
    await lesson.waitFor();
    const back = lesson.getByRole('link', { name: /From the concern: Volunteers arrive late/ });
    await back.click();
    const closed = panel.getByRole('listitem', { name: /^Volunteers arrive late/ });
    await closed.getByText('Status: Resolved').waitFor();
    expect(await closed.getByRole('region', { name: 'Lesson learned' }).textContent()).toContain(
      'The bus timetable changed in September',
    );
    expect(await panel.getByText('No open concerns').count()).toBe(1);

    // A second concern stays open, so the screenshot shows both states.
    await panel.getByRole('button', { name: 'Raise concern' }).click();
    await panel.getByLabel('Concern', { exact: true }).fill('Room booking clashes with exams');
    await panel.getByRole('button', { name: 'Save concern' }).click();
    await dismissToast(panel);
    await panel.getByText('1 open concern', { exact: true }).waitFor();

    const now = Date.now();
    await recordFeedback(panel, '3', localDay(now - 120 * DAY_MS), 'Good, a few hiccups');
    await panel.getByText('Trend: not enough feedback to compare yet').waitFor();
    await recordFeedback(panel, '5', localDay(now), 'The new start time works');
    await panel.getByText('Trend: getting better').waitFor();
    expect(await panel.getByRole('img', { name: /^Scores over time: 2 pulses/ }).count()).toBe(1);
    await panel.getByText('Last 90 days: average 5 (1 pulse)').waitFor();

    await panel.getByRole('button', { name: 'Copy survey', exact: true }).click();
    await panel
      .locator('.toast-region')
      .getByText(/Survey copied|clipboard is not available/)
      .waitFor();

    const widths = await panel.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);

    await dismissToast(panel);
    await panel.setViewportSize({ width: 360, height: 1900 });
    await panel.getByRole('heading', { name: 'Concerns', exact: true }).scrollIntoViewIfNeeded();
    await screenshotTo(panel, { path: SCREENSHOT });
  }, 120_000);
});
