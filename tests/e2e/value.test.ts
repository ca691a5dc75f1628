import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';

// The partner page's contributions at 360 px go to docs/screenshots/360/.
const SCREENSHOT = 'docs/screenshots/360/partner-contributions.png';

async function partnerPage(panel: Page, name: string) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByLabel('Stakeholder group').selectOption({ label: 'Libraries and culture' });
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name }).waitFor();
  await dismissToast(panel);
}

async function addContribution(
  panel: Page,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const section = panel.getByRole('region', { name: 'Contributions' });
  await section.getByRole('button', { name: 'Add contribution' }).click();
  const form = section.getByRole('form', { name: 'Contribution' });
  await fill(form);
  await form.getByRole('button', { name: 'Save contribution' }).click();
  await form.waitFor({ state: 'detached' });
  await dismissToast(panel);
}

describe('contributions, stories and lessons', () => {
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    for (const browser of browsers.splice(0)) {
      await browser.close();
      removeProfileDir(browser.profileDir);
    }
  });

  test('a grant of 500 USD and 12 volunteer hours show on the partner’s page as 500 and 12', async () => {
    const browser = await launchExtension(newProfileDir());
    browsers.push(browser);
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 800 });
    await partnerPage(panel, 'Riverside Library');
    await panel.getByText('Libraries and culture').first().waitFor();

    await addContribution(panel, async (form) => {
      await form.getByLabel('Kind').selectOption({ label: 'Grant' });
      await form.getByLabel('Amount').fill('500');
      await form.getByLabel('Currency').fill('USD');
      await form.getByLabel('Date').fill('2026-09-01');
    });
    await addContribution(panel, async (form) => {
      await form.getByLabel('Kind').selectOption({ label: 'Volunteer hours' });
      await form.getByLabel('Hours').fill('12');
      await form.getByLabel('Date').fill('2026-08-31');
    });

    const section = panel.getByRole('region', { name: 'Contributions' });
    const given = section.locator('dd').first();
    await given.getByText(/500/).waitFor();
    expect(await given.textContent()).toMatch(/\$500\.00 · 12 hours/);
    const ledger = section.getByRole('list', { name: 'Contributions of Riverside Library' });
    expect(await ledger.getByRole('listitem').count()).toBe(2);
    expect(await ledger.getByRole('listitem', { name: /^Grant/ }).textContent()).toContain('500');
    expect(
      await ledger.getByRole('listitem', { name: /^Volunteer hours/ }).textContent(),
    ).toContain('12 hours');

    // A currency that is not ISO 4217 is refused with a message, and nothing is saved.
    await section.getByRole('button', { name: 'Add contribution' }).click();
    const form = section.getByRole('form', { name: 'Contribution' });
    await form.getByLabel('Amount').fill('20');
    await form.getByLabel('Currency').fill('ZZZ');
    await form.getByRole('button', { name: 'Save contribution' }).click();
    await form.getByText(/three-letter currency code/).waitFor();
    expect(await ledger.getByRole('listitem').count()).toBe(2);
    await form.getByRole('button', { name: 'Cancel' }).click();

    const widths = await panel.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);

    await panel.setViewportSize({ width: 360, height: 1000 });
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshotTo(panel, { path: SCREENSHOT });
  }, 120_000);

  test('a story is saved and found by search, with share texts; a lesson is saved', async () => {
    const browser = await launchExtension(newProfileDir());
    browsers.push(browser);
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 800 });
    await partnerPage(panel, 'Acme Tools');

    await panel.getByRole('tab', { name: 'Dashboard' }).click();
    const stories = panel.getByRole('region', { name: 'Stories and lessons' });
    await stories.getByRole('button', { name: 'Add story' }).click();
    await stories.getByLabel('Title', { exact: true }).fill('Reading buddies reach forty pupils');
    await stories
      .getByRole('textbox', { name: 'Story', exact: true })
      .fill('Every Tuesday volunteers read with pupils.');
    await stories.getByLabel('Find a partner to add').fill('Acme');
    await stories.getByRole('button', { name: 'Add Acme Tools' }).click();
    await stories.getByRole('button', { name: 'Save story' }).click();
    await dismissToast(panel);

    await stories.getByRole('button', { name: 'Add lesson' }).click();
    await stories.getByLabel('Title', { exact: true }).fill('Book rooms a term ahead');
    await stories.getByLabel('What we learned').fill('Exams take the hall in June');
    await stories.getByRole('button', { name: 'Save lesson' }).click();
    await dismissToast(panel);

    const search = panel.getByLabel('Search stories and lessons');
    await search.fill('forty');
    const story = stories.getByRole('listitem', { name: /^Reading buddies reach forty pupils/ });
    await story.waitFor();
    await search.fill('volcano');
    await stories.getByText('No stories match.').waitFor();
    await search.fill('');
    await story.getByRole('button', { name: 'Share texts' }).click();
    const short = await story.getByLabel('Short text').inputValue();
    expect(short).toContain('Reading buddies reach forty pupils');
    expect(short).toContain('Thank you, Acme Tools!');
    expect([...short].length).toBeLessThanOrEqual(280);
    expect(await stories.getByRole('listitem', { name: /^Book rooms a term ahead/ }).count()).toBe(
      1,
    );

    // The story shows on the partner's page too.
    await panel.getByRole('tab', { name: 'Partners' }).click();
    const row = panel.locator('.partner-row', { hasText: 'Acme Tools' });
    if (await row.count()) await row.click();
    await panel.getByRole('heading', { name: 'Acme Tools', level: 2 }).waitFor();
    await panel
      .getByRole('region', { name: 'Stories and lessons' })
      .getByRole('listitem', { name: /^Reading buddies/ })
      .waitFor();
  }, 120_000);
});
