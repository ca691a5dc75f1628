import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

const SHOTS = process.env.BRIDGEWORK_SHOTS;

function localDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
}

function worker(browser: ExtensionBrowser): Worker {
  return browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
}

const badge = (browser: ExtensionBrowser) =>
  worker(browser).evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { action: { getBadgeText: (details: object) => Promise<string> } };
      }
    ).chrome.action.getBadgeText({}),
  );

async function addPartner(panel: Page, name: string) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('contact log', () => {
  const profileDir = newProfileDir();
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    removeProfileDir(profileDir);
  });

  test('meeting with an agenda on the partner timeline, overdue follow-up on the badge, due for contact', async () => {
    browser = await launchExtension(profileDir);
    const panel = await browser.openPanel();

    await addPartner(panel, 'Hillside Bakery');
    await addPartner(panel, 'Riverside Library');

    // Log a meeting from the partner's page, 90 days ago, with two agenda items.
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByLabel('Title', { exact: true }).fill('Termly review');
    await panel.getByLabel('Date', { exact: true }).fill(`${localDay(-90)}T10:00`);
    await panel.getByRole('button', { name: 'Add agenda item' }).click();
    await panel.getByLabel('Agenda item 1', { exact: true }).fill('Reading buddies');
    await panel.getByLabel('Agenda item 1', { exact: true }).press('Enter');
    await panel.getByLabel('Agenda item 2', { exact: true }).fill('Summer fair');
    await panel.getByLabel('Notes', { exact: true }).fill('Good energy in the room.');
    await shot(panel, 'log-form');
    await panel.getByRole('button', { name: 'Save entry' }).click();

    await panel.getByRole('heading', { name: 'Termly review', level: 2 }).waitFor();
    expect(await panel.getByRole('listitem').filter({ hasText: 'Reading buddies' }).count()).toBe(
      1,
    );
    await shot(panel, 'log-entry');
    await panel.getByRole('button', { name: /Riverside Library timeline/ }).click();
    const timeline = panel.getByRole('list', { name: 'Timeline with Riverside Library' });
    await timeline.getByRole('listitem', { name: /^Termly review/ }).waitFor();
    expect(await panel.getByText(/Overdue for contact by 60 days/).count()).toBe(1);

    // A follow-up already past due: badge and the Overdue view show it.
    await panel.getByRole('button', { name: 'Add follow-up' }).click();
    await panel.getByLabel('Follow-up', { exact: true }).fill('Send the signed MOU');
    await panel.getByLabel('Due date', { exact: true }).fill(localDay(-2));
    await panel.getByRole('button', { name: 'Save follow-up' }).click();
    await panel.getByRole('list', { name: 'Open follow-ups with Riverside Library' }).waitFor();
    await shot(panel, 'partner-page');
    await expect.poll(() => badge(browser!), { timeout: 5000 }).toBe('1');

    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByRole('tab', { name: /Follow-ups/ }).click();
    await panel.getByRole('radio', { name: /Overdue/ }).check();
    const overdue = panel.getByRole('list', { name: 'Overdue' });
    const item = overdue.getByRole('listitem', { name: /^Send the signed MOU/ });
    await item.waitFor();
    expect(await item.getByText('Overdue by 2 days').count()).toBe(1);
    await shot(panel, 'followups-overdue');
    await item.getByRole('button', { name: 'Mark done' }).click();
    await panel.getByText('Nothing overdue. Well done.').waitFor();
    await expect.poll(() => badge(browser!), { timeout: 5000 }).toBe('');

    // Due for contact: the library (90 days, cadence 30) is listed, the new bakery is not.
    await panel.getByRole('tab', { name: 'Due for contact' }).click();
    const due = panel.getByRole('list', { name: 'Due for contact' });
    await due.getByRole('listitem', { name: /^Riverside Library/ }).waitFor();
    expect(await due.getByRole('listitem', { name: /^Hillside Bakery/ }).count()).toBe(0);
    await shot(panel, 'due-for-contact');

    // The global timeline lists the entry and filters it by kind.
    await panel.getByRole('tab', { name: 'Timeline' }).click();
    const log = panel.getByRole('list', { name: 'Contact log' });
    await log.getByRole('listitem', { name: /^Termly review/ }).waitFor();
    await shot(panel, 'timeline');
    await panel.getByRole('searchbox', { name: 'Search log' }).fill('summer fair');
    await log.getByRole('listitem', { name: /^Termly review/ }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search log' }).fill('no such thing');
    await panel.getByText('No entries match these filters.').waitFor();

    // The Partners list shows last contact and flags the overdue partner.
    await panel.getByRole('tab', { name: 'Partners' }).click();
    const row = panel.getByRole('listitem', { name: /^Riverside Library/ });
    await row.getByText(/Due for contact · Last contact 90 days ago/).waitFor();
    await shot(panel, 'partners-list');

    // Daily reminders are opt-in, stored for the background.
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const reminders = panel.getByRole('checkbox', { name: 'Daily reminders' });
    expect(await reminders.isChecked()).toBe(false);
    await reminders.check();
    await expect
      .poll(() =>
        worker(browser!).evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } };
            };
          };
          return (await chrome.storage.local.get('dailyReminders')).dailyReminders;
        }),
      )
      .toBe(true);
    await reminders.scrollIntoViewIfNeeded();
    await shot(panel, 'settings-reminders');
  });
});
