import { mkdirSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

/**
 * The contact log in a real browser. Each test starts its own browser on a fresh profile and
 * builds what it needs through the UI, so the tests run alone or in any order; waits are polls
 * (a locator's waitFor or expect.poll), never sleeps.
 */

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

let open: { browser: ExtensionBrowser; profileDir: string } | undefined;

/** A fresh browser and panel for one test; closed after it. */
async function startPanel(): Promise<{ browser: ExtensionBrowser; panel: Page }> {
  const profileDir = newProfileDir();
  const browser = await launchExtension(profileDir);
  open = { browser, profileDir };
  return { browser, panel: await browser.openPanel() };
}

afterEach(async () => {
  await open?.browser.close();
  if (open) removeProfileDir(open.profileDir);
  open = undefined;
});

async function addPartner(panel: Page, name: string) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

/** On the partner's page: logs a meeting `daysAgo` days ago with the given agenda items. */
async function logMeeting(panel: Page, title: string, daysAgo: number, agenda: string[] = []) {
  await panel.getByRole('button', { name: 'Log contact' }).click();
  await panel.getByLabel('Title', { exact: true }).fill(title);
  await panel.getByLabel('Date', { exact: true }).fill(`${localDay(-daysAgo)}T10:00`);
  if (agenda.length) await panel.getByRole('button', { name: 'Add agenda item' }).click();
  for (const [index, text] of agenda.entries()) {
    const item = panel.getByLabel(`Agenda item ${index + 1}`, { exact: true });
    await item.fill(text);
    if (index < agenda.length - 1) await item.press('Enter');
  }
  await shot(panel, 'log-form');
  await panel.getByRole('button', { name: 'Save entry' }).click();
  await panel.getByRole('heading', { name: title, level: 2 }).waitFor();
}

/** On the partner's page: adds a follow-up due `dueInDays` from today. */
async function addFollowup(panel: Page, partner: string, text: string, dueInDays: number) {
  await panel.getByRole('button', { name: 'Add follow-up' }).click();
  await panel.getByLabel('Follow-up', { exact: true }).fill(text);
  await panel.getByLabel('Due date', { exact: true }).fill(localDay(dueInDays));
  await panel.getByRole('button', { name: 'Save follow-up' }).click();
  await panel
    .getByRole('list', { name: `Open follow-ups with ${partner}` })
    .getByRole('listitem', { name: new RegExp(`^${text}`) })
    .waitFor();
}

async function openLogTab(panel: Page, tab: 'Timeline' | RegExp | 'Due for contact') {
  await panel.getByRole('tab', { name: 'Log' }).click();
  await panel.getByRole('tab', { name: tab }).click();
}

describe('contact log', () => {
  test('a meeting logged from a partner page keeps its agenda and joins the partner timeline', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 3, ['Reading buddies', 'Summer fair']);
    const agenda = panel.getByRole('region', { name: 'Agenda' }).getByRole('list').first();
    await agenda.getByRole('listitem').filter({ hasText: 'Reading buddies' }).waitFor();
    await agenda.getByRole('listitem').filter({ hasText: 'Summer fair' }).waitFor();
    await shot(panel, 'log-entry');
    await panel.getByRole('button', { name: /Riverside Library timeline/ }).click();
    await panel
      .getByRole('list', { name: 'Timeline with Riverside Library' })
      .getByRole('listitem', { name: /^Termly review/ })
      .waitFor();
  });

  test('a partner last met 90 days ago on a 30-day cadence is overdue for contact by 60 days', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 90);
    await panel.getByRole('button', { name: /Riverside Library timeline/ }).click();
    await panel.getByText(/Overdue for contact by 60 days/).waitFor();
  });

  test('an overdue follow-up counts on the badge until it is marked done', async () => {
    const { browser, panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await addFollowup(panel, 'Riverside Library', 'Send the signed MOU', -2);
    await shot(panel, 'partner-page');
    await expect.poll(() => badge(browser), { timeout: 5000 }).toBe('1');
    await panel
      .getByRole('listitem', { name: /^Send the signed MOU/ })
      .getByRole('button', { name: 'Mark done' })
      .click();
    await expect.poll(() => badge(browser), { timeout: 5000 }).toBe('');
  });

  test('the Overdue view lists an overdue follow-up with how late it is, and empties when done', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await addFollowup(panel, 'Riverside Library', 'Send the signed MOU', -2);
    await openLogTab(panel, /Follow-ups/);
    await panel.getByRole('radio', { name: /Overdue/ }).check();
    const item = panel
      .getByRole('list', { name: 'Overdue' })
      .getByRole('listitem', { name: /^Send the signed MOU/ });
    await item.getByText('Overdue by 2 days').waitFor();
    await shot(panel, 'followups-overdue');
    await item.getByRole('button', { name: 'Mark done' }).click();
    await panel.getByText('Nothing overdue. Well done.').waitFor();
  });

  test('Due for contact lists a partner past its cadence, not one just added', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Hillside Bakery');
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 90);
    await openLogTab(panel, 'Due for contact');
    const due = panel.getByRole('list', { name: 'Due for contact' });
    await due.getByRole('listitem', { name: /^Riverside Library/ }).waitFor();
    // The list has rendered (the library is in it); the bakery, added today, is not.
    await expect.poll(() => due.getByRole('listitem').count()).toBe(1);
    // The bakery is not overdue yet, but the summary must not claim it was contacted: it is
    // named below, in its own list, with when it falls due.
    await panel.getByText('1 partner is due for contact · Never contacted: 1 partner').waitFor();
    const notYet = panel.getByRole('list', { name: 'Not contacted yet' });
    await notYet
      .getByRole('listitem', { name: /^Hillside Bakery/ })
      .getByText(/due in 30 days · never contacted/)
      .waitFor();
    await shot(panel, 'due-for-contact');
  });

  test('the timeline search finds an entry by its agenda and says when nothing matches', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 3, ['Summer fair']);
    await openLogTab(panel, 'Timeline');
    const log = panel.getByRole('list', { name: 'Contact log' });
    await log.getByRole('listitem', { name: /^Termly review/ }).waitFor();
    await shot(panel, 'timeline');
    await panel.getByRole('searchbox', { name: 'Search log' }).fill('summer fair');
    await panel.getByText('1 entry').waitFor();
    await log.getByRole('listitem', { name: /^Termly review/ }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search log' }).fill('no such thing');
    await panel.getByText('No entries match these filters.').waitFor();
  });

  test('the partners list shows the last contact and flags an overdue partner', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 90);
    await panel.getByRole('tab', { name: 'Partners' }).click();
    await panel.getByRole('button', { name: '← All partners' }).click();
    await panel
      .getByRole('listitem', { name: /^Riverside Library/ })
      .getByText(/Due for contact · Last contact 90 days ago/)
      .waitFor();
    await shot(panel, 'partners-list');
  });

  test('a deleted entry leaves the timeline, and Undo brings it back', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await logMeeting(panel, 'Termly review', 3);
    await panel.getByRole('button', { name: 'Delete entry' }).click();
    await panel.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await panel
      .getByText('No meetings, calls or emails logged with Riverside Library yet.')
      .waitFor();
    await panel.getByText('Deleted Termly review.').waitFor();
    await panel.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await panel
      .getByRole('list', { name: 'Timeline with Riverside Library' })
      .getByRole('listitem', { name: /^Termly review/ })
      .waitFor();
  });

  test('daily reminders are off until turned on, and the choice is stored for the background', async () => {
    const { browser, panel } = await startPanel();
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const reminders = panel.getByRole('checkbox', { name: 'Daily reminders' });
    // Enabled once the stored value has loaded; only then does "unchecked" mean "off".
    await expect.poll(() => reminders.isEnabled()).toBe(true);
    expect(await reminders.isChecked()).toBe(false);
    await reminders.check();
    await expect
      .poll(() =>
        worker(browser).evaluate(async () => {
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
  test('at 360 px the Log form with a linked goal and its agenda suggestion does not scroll sideways', async () => {
    const { panel } = await startPanel();
    await panel.setViewportSize({ width: 360, height: 720 });
    await addPartner(panel, 'Riverside Library');
    const goal =
      'Every second-grade reader finishes twenty library books with a reading buddy before the summer fair';
    await panel.getByLabel('New goal with Riverside Library').fill(goal);
    await panel.getByRole('button', { name: 'Add goal' }).click();
    await panel.getByRole('listitem', { name: new RegExp(`^${goal}`) }).waitFor();
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByRole('radio', { name: 'Meeting' }).check();
    await panel.getByRole('checkbox', { name: goal }).check();
    await panel
      .getByRole('list', { name: 'Suggested agenda items' })
      .getByRole('button', { name: /^Add to agenda: / })
      .waitFor();
    await shot(panel, 'log-form-360-linked-goal');
    const widths = await panel.evaluate(() => {
      const form = document.querySelector('form.log-form')!;
      return {
        page: document.scrollingElement!.scrollWidth,
        viewport: window.innerWidth,
        formScroll: form.scrollWidth,
        formClient: form.clientWidth,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.formScroll).toBeLessThanOrEqual(widths.formClient);
  });

  test('Enter in the partner finder adds the partner and does not save the entry', async () => {
    const { panel } = await startPanel();
    await addPartner(panel, 'Riverside Library');
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByLabel('Title', { exact: true }).fill('Called the library');
    const finder = panel.getByRole('searchbox', { name: 'Find a partner to add' });
    await finder.fill('zzz');
    await finder.press('Enter');
    await finder.fill('river');
    await panel.getByRole('button', { name: 'Add Riverside Library' }).waitFor();
    await finder.press('Enter');
    await panel
      .getByRole('list', { name: 'Chosen partners' })
      .getByRole('listitem')
      .filter({ hasText: 'Riverside Library' })
      .waitFor();
    // Still the form: nothing was saved, and Enter left focus in the finder.
    expect(await panel.getByRole('button', { name: 'Save entry' }).count()).toBe(1);
    expect(await finder.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await panel.getByRole('list', { name: 'Chosen partners' }).getByRole('listitem').count(),
    ).toBe(1);
  });
});
