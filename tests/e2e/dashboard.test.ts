import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { dismissToast, launchExtension, newProfileDir, removeProfileDir } from './harness';

/**
 * The Dashboard and the digest in a real browser at 360 px: contributions, inclusion coverage
 * and a digest built from what was entered through the panel. Screenshots of the dashboard and
 * the printable digest go to docs/screenshots/360/.
 */
const SHOTS = 'docs/screenshots/360';
const profileDir = newProfileDir();
afterAll(() => removeProfileDir(profileDir));

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function addContribution(
  panel: Page,
  fill: (form: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  const section = panel.getByRole('region', { name: 'Contributions' });
  await section.getByRole('button', { name: 'Add contribution' }).click();
  const form = section.getByRole('form', { name: 'Contribution' });
  await fill(form);
  await form.getByLabel('Date').fill(today());
  await form.getByRole('button', { name: 'Save contribution' }).click();
  await form.waitFor({ state: 'detached' });
  await dismissToast(panel);
}

async function saved(download: Download, name: string): Promise<string> {
  const file = join(profileDir, name);
  await download.saveAs(file);
  return file;
}

test('contributions, inclusion and a digest reach the Dashboard from what was entered', async () => {
  const browser = await launchExtension(profileDir);
  try {
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 800 });

    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Riverside Library');
    await panel.getByLabel('Stakeholder group').selectOption({ label: 'Libraries and culture' });
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Riverside Library', level: 2 }).waitFor();
    await dismissToast(panel);

    await addContribution(panel, async (form) => {
      await form.getByLabel('Kind').selectOption({ label: 'Grant' });
      await form.getByLabel('Amount').fill('500');
      await form.getByLabel('Currency').fill('USD');
    });
    await addContribution(panel, async (form) => {
      await form.getByLabel('Kind').selectOption({ label: 'Volunteer hours' });
      await form.getByLabel('Hours').fill('12');
    });

    // A logged contact engages the partner's group.
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByLabel('Title', { exact: true }).fill('Called about the book fair');
    await panel.getByRole('button', { name: 'Save entry' }).click();
    await panel.getByRole('heading', { name: 'Called about the book fair', level: 2 }).waitFor();
    await dismissToast(panel);

    await panel.getByRole('tab', { name: 'Dashboard' }).click();
    const contributions = panel.getByRole('region', { name: 'Contributions' });
    await expect.poll(() => contributions.textContent()).toContain('$500.00');
    expect(await contributions.textContent()).toContain('12 hours');

    const inclusion = panel.getByRole('region', { name: 'Inclusion' });
    await inclusion.getByRole('button', { name: 'Show as table' }).click();
    const row = inclusion.getByRole('row', { name: /^Libraries and culture/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['1', '1']);
    expect(await inclusion.textContent()).toMatch(/Not engaged: .*Families and parents/);

    const activity = panel.getByRole('region', { name: 'Contact activity' });
    expect(await activity.textContent()).toContain('1 contact logged in the last 12 months.');

    // A story, then the digest of the last month names it.
    const stories = panel.getByRole('region', { name: 'Stories and lessons' });
    await stories.getByRole('button', { name: 'Add story' }).click();
    await stories.getByLabel('Title', { exact: true }).fill('Record book fair');
    await stories
      .getByRole('textbox', { name: 'Story', exact: true })
      .fill('Families bought 300 books.');
    await stories.getByLabel('Date').fill(today());
    await stories.getByRole('button', { name: 'Save story' }).click();
    await dismissToast(panel);
    await panel
      .getByRole('region', { name: 'Recent stories' })
      .getByText('Record book fair')
      .waitFor();

    await panel.getByRole('button', { name: 'Create digest' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /Digest of .* is ready/ })
      .waitFor();
    const [markdownDownload] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = readFileSync(await saved(markdownDownload, 'digest.md'), 'utf8');
    expect(markdown).toContain('### Record book fair');
    expect(markdown).toContain('Partners gave: $500.00 and 12 hours.');
    expect(markdown).toContain('Thank you to Riverside Library');

    const widths = await panel.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);

    const [htmlDownload] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download HTML' }).click(),
    ]);
    const htmlFile = await saved(htmlDownload, 'digest.html');
    expect(readFileSync(htmlFile, 'utf8')).toContain('<h3>Record book fair');

    if (process.env.BRIDGEWORK_SCREENSHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await panel.setViewportSize({ width: 360, height: 1400 });
      await panel.getByRole('region', { name: 'Follow up now' }).scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true });
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 800, height: 1000 });
      await page.goto(`file://${htmlFile}`);
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${SHOTS}/digest-print.png`, fullPage: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
