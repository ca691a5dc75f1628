import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser, screenshotTo } from './harness';
import {
  addPartner,
  currentWorkspace,
  partnerRow,
  statusIs,
  switchWorkspace,
  SYNC_TIMEOUT,
  syncStatus,
  tab,
  useSignaling,
} from './two-browsers';

// A side panel as narrow as Chrome lets it be. At this width the header used to squeeze the
// workspace picker to about 10 px, and creating a workspace looked like losing every partner.
const WIDTH = 360;
const HEIGHT = 640;
const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

async function box(locator: Locator) {
  // A switch redraws the panel: the header is gone for a moment while the next workspace opens.
  await locator.waitFor({ state: 'visible' });
  const rect = await locator.boundingBox();
  if (!rect) throw new Error('element is not visible');
  return rect;
}

type Box = Awaited<ReturnType<typeof box>>;

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The header's name of the open workspace: the picker, or the name alone with one workspace. */
function workspaceName(panel: Page) {
  return panel.locator('header').locator('select.workspace-picker, .workspace-name').first();
}

/** The workspace's name is wide, on screen, clear of presence and sync status; whole as tooltip. */
async function expectNameClear(panel: Page, name: string) {
  const shown = workspaceName(panel);
  await expect.poll(() => currentWorkspace(panel)).toBe(name);
  const viewport = panel.viewportSize()!;
  const rect = await box(shown);
  expect(rect.width).toBeGreaterThan(120);
  expect(rect.x + rect.width).toBeLessThanOrEqual(viewport.width);
  expect(await shown.getAttribute('title')).toBe(name);
  const others = [
    syncStatus(panel),
    panel.locator('header .presence'),
    panel.locator('#sync-detail'),
  ];
  for (const other of others) {
    if ((await other.count()) === 0) continue;
    expect(overlap(rect, await box(other))).toBe(false);
  }
  // Nor does the page itself scroll (a page scrollbar would narrow the header): content does.
  const page = await panel.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  expect(page).toEqual(viewport);
}

/** As expectNameClear, and the name is drawn whole: it needs no more room than it has. */
async function expectNameReadable(panel: Page, name: string) {
  await expectNameClear(panel, name);
  const shown = workspaceName(panel);
  const fits = await shown.evaluate((el) => {
    if (!(el instanceof HTMLSelectElement)) return el.scrollWidth <= el.clientWidth;
    const probe = document.createElement('span');
    probe.textContent = el.selectedOptions[0]?.textContent ?? '';
    probe.style.font = getComputedStyle(el).font;
    probe.style.position = 'absolute';
    document.body.append(probe);
    const needed = probe.getBoundingClientRect().width;
    probe.remove();
    return needed < el.clientWidth - 24; // room left for the select's arrow
  });
  expect(fits).toBe(true);
}

async function createWorkspace(panel: Page, name: string) {
  await tab(panel, 'Settings');
  await panel.getByLabel('Workspace name').fill(name);
  await panel.getByRole('button', { name: 'Create workspace' }).click();
  await expect.poll(() => currentWorkspace(panel), { timeout: SYNC_TIMEOUT }).toBe(name);
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations on the panel as it is, as `rule: element` lines (any impact). */
async function axeViolations(panel: Page): Promise<string[]> {
  // evaluate, not addScriptTag: the extension page's policy refuses inline scripts.
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE_SOURCE);
  return panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document)) as {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    };
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

function toast(panel: Page) {
  return panel.locator('.toast-region[role="status"]');
}

describe('moving to a new workspace at 360 px', () => {
  let server: SignalingServer;
  let browser: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    browser = await launchExtension();
    panel = await browser.openPanel();
    await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
    await useSignaling(panel, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (browser) removeProfileDir(browser.profileDir);
  });

  test('the header names the workspace, the toast says where the partners are, Switch back returns, and Copy partners from… brings them over', async () => {
    await addPartner(panel, 'Eastside Community Library');
    await statusIs(panel, 'On this device');
    await expectNameReadable(panel, 'My workspace');
    await screenshotTo(panel.locator('header'), {
      path: resolve(SCREENSHOTS, 'header-personal-360.png'),
    });

    await createWorkspace(panel, 'PTA 2026');
    await expectNameReadable(panel, 'PTA 2026');
    await expect
      .poll(() => toast(panel).textContent())
      .toContain('Created “PTA 2026”. 1 partner stays in “My workspace”.');
    await statusIs(panel, 'Connected · 0 peers');
    await expectNameReadable(panel, 'PTA 2026');
    // Settings, where it was created, says the same and offers the copy.
    await panel
      .getByText('“PTA 2026” is new and empty. Your earlier partners are in “My workspace”.')
      .waitFor();
    await panel
      .getByText('“PTA 2026” is new and empty. Your earlier partners are in “My workspace”.')
      .scrollIntoViewIfNeeded();
    await screenshotTo(panel, { path: resolve(SCREENSHOTS, 'workspace-created-settings-360.png') });
    await screenshotTo(panel.locator('header'), {
      path: resolve(SCREENSHOTS, 'header-shared-360.png'),
    });

    // The empty Partners view says this is new, not lost.
    await tab(panel, 'Partners');
    await panel
      .getByText('“PTA 2026” is new and empty. Your earlier partners are in “My workspace”.')
      .waitFor();
    await screenshotTo(panel, { path: resolve(SCREENSHOTS, 'workspace-new-empty-360.png') });
    expect(await axeViolations(panel)).toEqual([]);

    await toast(panel).getByRole('button', { name: 'Switch back' }).click();
    await expect.poll(() => currentWorkspace(panel)).toBe('My workspace');
    await expectNameReadable(panel, 'My workspace');
    await partnerRow(panel, 'Eastside Community Library').waitFor();
    await expect.poll(() => toast(panel).textContent()).toContain('Switched to “My workspace”.');

    await createWorkspace(panel, 'Reading Buddies Network of Eastside and Riverside Schools');
    await tab(panel, 'Partners');
    await expect.poll(() => partnerRow(panel, 'Eastside Community Library').count()).toBe(0);
    await panel.getByRole('button', { name: 'Copy partners from…' }).click();
    const source = panel.getByRole('combobox', { name: 'Copy from' });
    expect(await source.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.text)).toBe(
      'My workspace',
    );
    await screenshotTo(panel, { path: resolve(SCREENSHOTS, 'workspace-copy-partners-360.png') });
    expect(await axeViolations(panel)).toEqual([]);
    await panel.getByRole('button', { name: 'Copy partners' }).click();
    await partnerRow(panel, 'Eastside Community Library').waitFor();

    // Copying again finds it already here; Undo takes the copy back in one step.
    await tab(panel, 'Settings');
    await panel.getByRole('button', { name: 'Copy partners from…' }).click();
    await panel
      .getByRole('combobox', { name: 'Copy from' })
      .selectOption({ label: 'My workspace' });
    await panel.getByRole('button', { name: 'Copy partners' }).click();
    await panel
      .getByText(
        'Nothing new to copy from “My workspace”. 1 partner was already here and was skipped.',
      )
      .waitFor();
    await panel.locator('header').getByRole('button', { name: 'Undo' }).click();
    await tab(panel, 'Partners');
    await expect.poll(() => partnerRow(panel, 'Eastside Community Library').count()).toBe(0);

    // A long name is cut on screen, still on its own wide line, whole in its tooltip.
    await expectNameClear(panel, 'Reading Buddies Network of Eastside and Riverside Schools');
    await screenshotTo(panel.locator('header'), {
      path: resolve(SCREENSHOTS, 'header-long-name-360.png'),
    });
    // At 400 px too (the picker used to show two letters there).
    await panel.setViewportSize({ width: 400, height: HEIGHT });
    await expectNameClear(panel, 'Reading Buddies Network of Eastside and Riverside Schools');
    expect((await box(workspaceName(panel))).width).toBeGreaterThan(300);
    await switchWorkspace(panel, 'PTA 2026');
    await expectNameReadable(panel, 'PTA 2026');
  });
});
