import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setLocale, t, type MessageKey } from '../../lib/i18n';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser, screenshotTo } from './harness';
import {
  createSharedWorkspace,
  currentWorkspace,
  join,
  seesPartner,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

// Two members of one shared workspace: A switches the panel to Spanish, B keeps English. The
// interface follows each person's language; what people typed is shown exactly as typed to both.
// Screenshots of both panels at 360 px go to docs/screenshots/.

const WIDTH = 360;
const SCREENSHOTS = 'docs/screenshots';
/** Typed in Spanish by A: a name, never translated for B. */
const PARTNER = 'Biblioteca Ribereña del Barrio';

/** The Spanish text of a message, as the catalogue has it (never hard-coded here). */
function spanish(key: MessageKey, values?: Record<string, string | number>): string {
  setLocale('es');
  try {
    return t(key, values);
  } finally {
    setLocale('en');
  }
}

const TABS: MessageKey[] = [
  'common.tab.partners',
  'common.tab.goals',
  'common.tab.log',
  'common.tab.dashboard',
  'common.tab.settings',
];

/** Whether an element's text sits on one line (a squeezed box wraps it letter by letter). */
function oneLine(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const lineHeight = parseFloat(getComputedStyle(node).lineHeight) || 20;
    return node.getBoundingClientRect().height < lineHeight * 1.5;
  });
}

/** What each view shows in Spanish once its tab is open. */
const VIEW_MARKS: Record<string, (panel: Page) => Promise<void>> = {
  'common.tab.partners': (panel) =>
    panel.getByRole('button', { name: spanish('partners.list.add') }).waitFor(),
  'common.tab.goals': (panel) =>
    panel.getByRole('button', { name: spanish('goals.view.newGoal') }).waitFor(),
  'common.tab.log': (panel) =>
    panel
      .getByRole('button', { name: spanish('log.view.logContact') })
      .first()
      .waitFor(),
  'common.tab.dashboard': (panel) =>
    panel.getByRole('region', { name: spanish('dashboard.goals.title') }).waitFor(),
  'common.tab.settings': (panel) =>
    panel.getByRole('combobox', { name: spanish('common.language') }).waitFor(),
};

describe('each member reads the panel in their own language', () => {
  let server: SignalingServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let panelA: Page;
  let panelB: Page;

  beforeAll(async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    [a, b] = await Promise.all([launchExtension(), launchExtension()]);
    [panelA, panelB] = await Promise.all([a.openPanel(), b.openPanel()]);
    await Promise.all([
      panelA.setViewportSize({ width: WIDTH, height: 720 }),
      panelB.setViewportSize({ width: WIDTH, height: 720 }),
    ]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const browser of [a, b]) {
      await browser?.close();
      if (browser) removeProfileDir(browser.profileDir);
    }
    await server?.close();
  });

  test('A chooses Español: the five views, the partner form and its toast are in Spanish; B stays in English on the same data, the name exactly as typed', async () => {
    // One shared workspace (expect.poll works only inside a test, so it is made here).
    const invite = await createSharedWorkspace(panelA, 'Lincoln Elementary');
    await join(panelB, invite);
    await Promise.all([
      statusIs(panelA, 'Connected · 1 peer'),
      statusIs(panelB, 'Connected · 1 peer'),
    ]);
    await expect
      .poll(() => currentWorkspace(panelB), { timeout: SYNC_TIMEOUT })
      .toBe('Lincoln Elementary');
    await tab(panelA, 'Settings');
    await panelA.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Español' });

    for (const key of TABS) {
      await panelA.getByRole('tab', { name: spanish(key), exact: true }).click();
      await VIEW_MARKS[key]!(panelA);
    }

    await panelA.getByRole('tab', { name: spanish('common.tab.partners'), exact: true }).click();
    await panelA.getByRole('button', { name: spanish('partners.list.add') }).click();
    // The form's code loads when it is first opened.
    await panelA.getByLabel(spanish('partners.field.name'), { exact: true }).waitFor();
    for (const field of [
      'partners.field.name',
      'partners.field.website',
      'partners.field.emails',
      'partners.field.phones',
      'partners.field.description',
    ] as const) {
      await expect(panelA.getByLabel(spanish(field), { exact: true }).count()).resolves.toBe(1);
    }
    await panelA.getByLabel(spanish('partners.field.name'), { exact: true }).fill(PARTNER);
    await screenshotTo(panelA, { path: `${SCREENSHOTS}/language-es-partner-form.png` });
    await panelA.getByRole('button', { name: spanish('partners.form.save') }).click();

    const toast = panelA.locator('.toast-region');
    await toast.getByText(spanish('partners.toast.added', { name: PARTNER })).waitFor();
    await panelA.getByRole('heading', { name: PARTNER, exact: true }).waitFor();
    await screenshotTo(panelA, { path: `${SCREENSHOTS}/language-es-partner-page.png` });

    // B: the language is personal, the data shared.
    await seesPartner(panelB, PARTNER);
    for (const name of ['Partners', 'Goals', 'Log', 'Dashboard', 'Settings']) {
      await panelB.getByRole('tab', { name, exact: true }).waitFor();
    }
    await panelB
      .getByRole('listitem', { name: new RegExp(`^${PARTNER}`) })
      .getByRole('button')
      .first()
      .click();
    const heading = panelB.getByRole('heading', { name: PARTNER, exact: true });
    await expect(heading.textContent()).resolves.toBe(PARTNER);
    await panelB.getByRole('button', { name: 'Edit partner' }).waitFor();
    await screenshotTo(panelB, { path: `${SCREENSHOTS}/language-en-partner-page.png` });
    // With peers, presence and a sync status beside it, the header still has room for its name.
    for (const panel of [panelA, panelB]) {
      await expect(oneLine(panel.locator('header h1'))).resolves.toBe(true);
    }
  });
});
