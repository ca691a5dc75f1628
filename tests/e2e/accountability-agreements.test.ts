import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';
import {
  createSharedWorkspace,
  join,
  partnerRow,
  seesPartner,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

/**
 * Partnership agreements and commitments in a real browser: an agreement kept across a restart,
 * a commitment delivered, an overdue one on the badge, and both sides of a shared workspace
 * seeing the same commitment. Each test starts its own browsers; waits are polls, never sleeps.
 */

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots/360');

function localDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function start(profileDir = newProfileDir()): Promise<ExtensionBrowser> {
  const browser = await launchExtension(profileDir);
  cleanups.push(async () => {
    await browser.close();
    removeProfileDir(profileDir);
  });
  return browser;
}

/** Adds a partner through the UI and stays on its page. */
async function addPartner(panel: Page, name: string) {
  await tab(panel, 'Partners');
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

async function openPartner(panel: Page, name: string) {
  await seesPartner(panel, name);
  await partnerRow(panel, name).getByRole('button').first().click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

const agreement = (panel: Page) => panel.getByRole('region', { name: 'Agreement' });
const commitments = (panel: Page) => panel.getByRole('region', { name: 'Commitments' });

async function saveAgreement(panel: Page, fields: Record<string, string>) {
  await agreement(panel).getByRole('button', { name: 'Edit agreement' }).click();
  for (const [label, value] of Object.entries(fields))
    await agreement(panel).getByLabel(label, { exact: true }).fill(value);
  await dismissToast(panel);
  await agreement(panel).getByRole('button', { name: 'Save agreement' }).click();
  await agreement(panel).getByRole('button', { name: 'Edit agreement' }).waitFor();
}

async function addCommitment(
  panel: Page,
  text: string,
  side: 'Our school' | 'Partner',
  dueInDays?: number,
) {
  await dismissToast(panel);
  await commitments(panel).getByRole('button', { name: 'Add commitment' }).click();
  const form = panel.getByRole('form', { name: 'New commitment' });
  await form.getByLabel('Commitment', { exact: true }).fill(text);
  await form.getByLabel('Who pledged').selectOption({ label: side });
  if (dueInDays !== undefined)
    await form.getByLabel('Due date', { exact: true }).fill(localDay(dueInDays));
  await form.getByRole('button', { name: 'Save commitment' }).click();
  await commitmentRow(panel, text).waitFor();
}

function commitmentRow(panel: Page, text: string) {
  return commitments(panel).getByRole('listitem', { name: new RegExp(`^${text}`) });
}

async function setStatus(panel: Page, text: string, status: string, note?: string) {
  await dismissToast(panel);
  const row = commitmentRow(panel, text);
  await row.getByLabel('Status', { exact: true }).selectOption({ label: status });
  if (note) await row.getByLabel('Note').fill(note);
  await row.getByRole('button', { name: 'Save status' }).click();
  await expect.poll(() => row.getByRole('button', { name: 'Save status' }).count()).toBe(0);
}

describe('partnership agreement and commitments', () => {
  test('a saved agreement is there after the browser restarts', async () => {
    const profileDir = newProfileDir();
    let browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    await addPartner(panel, 'Riverside Library');
    await saveAgreement(panel, {
      Purpose: 'Every child in year 3 reads for fun',
      'Our responsibilities': 'Bring each class once a month',
      'Partner responsibilities': 'Host story time and lend book boxes',
      'Review date': localDay(180),
    });
    await agreement(panel).getByText('Every child in year 3 reads for fun').waitFor();
    await browser.close();

    browser = await launchExtension(profileDir);
    cleanups.push(async () => {
      await browser.close();
      removeProfileDir(profileDir);
    });
    panel = await browser.openPanel();
    await openPartner(panel, 'Riverside Library');
    await agreement(panel).getByText('Every child in year 3 reads for fun').waitFor();
    await agreement(panel).getByText('Host story time and lend book boxes').waitFor();
  });

  test('a commitment goes Pledged → Delivered and the summary changes', async () => {
    const browser = await start();
    const panel = await browser.openPanel();
    await addPartner(panel, 'Riverside Library');
    await addCommitment(panel, 'Lend 30 picture books', 'Partner', 10);
    const summary = commitments(panel).getByRole('list', { name: 'Pledged and delivered' });
    await summary.getByText('Partner: 0 of 1 delivered').waitFor();
    expect(
      await commitmentRow(panel, 'Lend 30 picture books')
        .getByLabel('Status', { exact: true })
        .inputValue(),
    ).toBe('pledged');
    await setStatus(panel, 'Lend 30 picture books', 'Delivered');
    await summary.getByText('Partner: 1 of 1 delivered').waitFor();
    await summary.getByText('Our school: 0 of 0 delivered').waitFor();
  });

  test('an overdue commitment raises the badge and leaves it once delivered', async () => {
    const browser = await start();
    const panel = await browser.openPanel();
    await addPartner(panel, 'Riverside Library');
    await addCommitment(panel, 'Send the volunteer rota', 'Our school', -2);
    await commitmentRow(panel, 'Send the volunteer rota').getByText('Overdue by 2 days').waitFor();
    await expect.poll(() => badge(browser), { timeout: 5000 }).toBe('1');

    // The Log's Commitments tab lists it under Overdue only.
    await tab(panel, 'Log');
    await panel.getByRole('tab', { name: 'Commitments' }).click();
    await panel.getByLabel('Overdue only').check();
    await panel
      .getByRole('list', { name: 'All commitments' })
      .getByRole('listitem', { name: /^Send the volunteer rota/ })
      .waitFor();

    await tab(panel, 'Partners');
    await openPartner(panel, 'Riverside Library');
    await setStatus(panel, 'Send the volunteer rota', 'Delivered');
    await expect.poll(() => badge(browser), { timeout: 5000 }).toBe('');
  });

  test('at 360 px the partner page shows the agreement and commitments without sideways scroll', async () => {
    const browser = await start();
    const panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 1400 });
    await addPartner(panel, 'Eastside Community Library');
    await saveAgreement(panel, {
      Purpose: 'Every child in year 3 reads for fun, at school and at home',
      'Our responsibilities': 'Bring each class once a month; share reading lists',
      'Partner responsibilities': 'Host story time; lend book boxes each term',
      'How often (days)': '14',
      'Review date': localDay(-3),
    });
    await dismissToast(panel);
    await agreement(panel).getByRole('button', { name: 'Confirm agreement' }).click();
    await agreement(panel).getByLabel('Confirmed by').fill('Ana Alvarez');
    await agreement(panel).getByRole('button', { name: 'Save confirmation' }).click();
    await agreement(panel).getByText('Waiting for the partner to confirm this version.').waitFor();
    await addCommitment(panel, 'Lend 30 picture books', 'Partner', 7);
    await addCommitment(panel, 'Send the volunteer rota', 'Our school', -2);
    await setStatus(panel, 'Lend 30 picture books', 'Delivered');
    await agreement(panel).getByText('Review overdue').waitFor();
    await dismissToast(panel);
    const width = await panel.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await agreement(panel).scrollIntoViewIfNeeded();
    await screenshotTo(panel, {
      path: resolve(SCREENSHOTS, 'partner-agreement.png'),
      fullPage: true,
    });
  });
});

describe('two browsers in one workspace', () => {
  let server: SignalingServer | undefined;

  test('the partner’s side marks a commitment delivered and the school’s side sees it', async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(async () => server?.close());
    const [school, partner] = await Promise.all([start(), start()]);
    const [panelA, panelB] = await Promise.all([school.openPanel(), partner.openPanel()]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    const invite = await createSharedWorkspace(panelA, 'Reading partnership');
    await join(panelB, invite);
    await Promise.all([
      statusIs(panelA, 'Connected · 1 peer'),
      statusIs(panelB, 'Connected · 1 peer'),
    ]);

    await addPartner(panelA, 'Riverside Library');
    await addCommitment(panelA, 'Lend 30 picture books', 'Partner', 10);

    await openPartner(panelB, 'Riverside Library');
    await commitmentRow(panelB, 'Lend 30 picture books').waitFor({ timeout: SYNC_TIMEOUT });
    await setStatus(panelB, 'Lend 30 picture books', 'Delivered');

    await expect
      .poll(
        () =>
          commitmentRow(panelA, 'Lend 30 picture books')
            .getByLabel('Status', { exact: true })
            .inputValue(),
        {
          timeout: SYNC_TIMEOUT,
        },
      )
      .toBe('delivered');
    await commitments(panelA)
      .getByText('Partner: 1 of 1 delivered')
      .waitFor({ timeout: SYNC_TIMEOUT });
  });
});
