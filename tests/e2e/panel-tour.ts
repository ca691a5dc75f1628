import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { dismissToast, type ExtensionBrowser } from './harness';

/**
 * Every view, form and dialog of the panel as a list of stops, each able to open itself from
 * wherever the panel is, over one small seeded workspace. The width checks, the accessibility
 * checks and the 360 px screenshots all walk the same tour, so a screen added here is checked
 * everywhere.
 */

/** Thirty characters: the longest name the partners list must show in full at 360 px. */
export const LONG_NAME = 'Eastside Community Food Pantry';
export const LONG_NAME_TAGS = ['food security', 'volunteers'];
export const LIBRARY = 'Riverside Library';
export const GOAL =
  'Every second-grade reader finishes twenty library books with a reading buddy before the summer fair';
export const ENTRY = 'Planning meeting with the library';

export interface Stop {
  name: string;
  /** What to measure as well as the page: a form or dialog must not be wider than itself. */
  open: (panel: Page) => Promise<Locator | undefined>;
}

async function tab(panel: Page, name: string) {
  await panel.getByRole('tab', { name, exact: true }).click();
}

/** The section as it opens from its tab: lists, not a page or form left open by a previous stop. */
async function fresh(panel: Page, section: string) {
  await closeDialogs(panel);
  await tab(panel, section === 'Dashboard' ? 'Partners' : 'Dashboard');
  await tab(panel, section);
}

async function openPartner(panel: Page, name: string) {
  await fresh(panel, 'Partners');
  await panel
    .getByRole('listitem', { name: new RegExp(`^${name}`) })
    .getByRole('button')
    .click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

async function openGoal(panel: Page) {
  await fresh(panel, 'Goals');
  await panel.getByRole('button', { name: GOAL, exact: true }).click();
  await panel.getByRole('heading', { name: GOAL, level: 2 }).waitFor();
}

async function showing(locator: Locator) {
  await locator.waitFor();
  return locator;
}

/** Partners (one with a long name and two tags), a goal linked to one, and a meeting about it. */
export async function seedWorkspace(panel: Page) {
  for (const [name, tags] of [
    [LONG_NAME, LONG_NAME_TAGS.join(', ')],
    [LIBRARY, 'reading'],
    ['Northgate Robotics Club', ''],
  ] as const) {
    await fresh(panel, 'Partners');
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill(name);
    if (tags) await panel.getByLabel('Tags', { exact: true }).fill(tags);
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name, level: 2 }).waitFor();
  }
  await openPartner(panel, LIBRARY);
  await panel.getByLabel(`New goal with ${LIBRARY}`).fill(GOAL);
  await panel.getByRole('button', { name: 'Add goal' }).click();
  await panel.getByRole('listitem', { name: new RegExp(`^${GOAL}`) }).waitFor();
  await panel.getByRole('button', { name: 'Log contact' }).click();
  await panel.getByRole('radio', { name: 'Meeting' }).check();
  await panel.getByLabel('Title', { exact: true }).fill(ENTRY);
  await panel.getByRole('checkbox', { name: GOAL }).check();
  await panel
    .getByRole('list', { name: 'Suggested agenda items' })
    .getByRole('button', { name: /^Add to agenda: / })
    .first()
    .click();
  await panel.getByRole('button', { name: 'Save entry' }).click();
  await panel.getByRole('heading', { name: ENTRY, level: 2 }).waitFor();
  await dismissToast(panel);
}

export const VIEW_STOPS: Stop[] = [
  {
    name: 'partners-list',
    open: async (panel) => {
      await fresh(panel, 'Partners');
      await panel.getByRole('listitem', { name: new RegExp(`^${LONG_NAME}`) }).waitFor();
      return undefined;
    },
  },
  {
    name: 'goals-board',
    open: async (panel) => {
      await fresh(panel, 'Goals');
      await panel.getByRole('button', { name: 'Board', exact: true }).click();
      await panel.getByRole('button', { name: GOAL, exact: true }).waitFor();
      return undefined;
    },
  },
  {
    name: 'goals-list',
    open: async (panel) => {
      await fresh(panel, 'Goals');
      await panel.getByRole('button', { name: 'List', exact: true }).click();
      await panel.getByRole('button', { name: GOAL, exact: true }).waitFor();
      return undefined;
    },
  },
  {
    name: 'log-timeline',
    open: async (panel) => {
      await fresh(panel, 'Log');
      await panel.getByRole('listitem', { name: new RegExp(`^${ENTRY}`) }).waitFor();
      return undefined;
    },
  },
  {
    name: 'dashboard',
    open: async (panel) => {
      await fresh(panel, 'Dashboard');
      return undefined;
    },
  },
  {
    name: 'settings',
    open: async (panel) => {
      await fresh(panel, 'Settings');
      await panel.getByRole('button', { name: 'Join workspace' }).waitFor();
      return undefined;
    },
  },
];

export const FORM_STOPS: Stop[] = [
  {
    name: 'partner-form',
    open: async (panel) => {
      await fresh(panel, 'Partners');
      await panel.getByRole('button', { name: 'Add partner' }).click();
      return showing(panel.getByRole('form', { name: 'Add partner' }));
    },
  },
  {
    name: 'goal-form',
    open: async (panel) => {
      await fresh(panel, 'Goals');
      await panel.getByRole('button', { name: 'New goal' }).click();
      return showing(panel.getByRole('form', { name: 'New goal' }));
    },
  },
  {
    name: 'log-form-linked-goal',
    open: async (panel) => {
      await openPartner(panel, LIBRARY);
      await panel.getByRole('button', { name: 'Log contact' }).click();
      await panel.getByRole('radio', { name: 'Meeting' }).check();
      await panel.getByRole('checkbox', { name: GOAL }).check();
      await panel
        .getByRole('list', { name: 'Suggested agenda items' })
        .getByRole('button', { name: /^Add to agenda: / })
        .first()
        .waitFor();
      return showing(panel.locator('form.log-form'));
    },
  },
];

export const OTHER_STOPS: Stop[] = [
  {
    name: 'partner-page',
    open: async (panel) => {
      await openPartner(panel, LONG_NAME);
      return undefined;
    },
  },
  {
    name: 'person-form',
    open: async (panel) => {
      await openPartner(panel, LONG_NAME);
      await panel.getByRole('button', { name: 'Add person' }).click();
      return showing(panel.getByRole('form', { name: 'Add person' }));
    },
  },
  {
    name: 'goal-detail',
    open: async (panel) => {
      await openGoal(panel);
      return undefined;
    },
  },
  {
    name: 'checkin-form',
    open: async (panel) => {
      await openGoal(panel);
      await panel.getByRole('button', { name: 'Add check-in' }).click();
      return showing(panel.locator('form.checkin-form'));
    },
  },
  {
    name: 'log-entry-detail',
    open: async (panel) => {
      await fresh(panel, 'Log');
      await panel
        .getByRole('listitem', { name: new RegExp(`^${ENTRY}`) })
        .getByRole('button')
        .click();
      await panel.getByRole('heading', { name: ENTRY, level: 2 }).waitFor();
      return undefined;
    },
  },
  {
    name: 'followup-form',
    open: async (panel) => {
      await fresh(panel, 'Log');
      await panel.getByRole('button', { name: 'Add follow-up' }).click();
      return showing(panel.locator('form.followup-form'));
    },
  },
  {
    name: 'followups',
    open: async (panel) => {
      await fresh(panel, 'Log');
      await panel.getByRole('tab', { name: /^Follow-ups/ }).click();
      return undefined;
    },
  },
  {
    name: 'due-for-contact',
    open: async (panel) => {
      await fresh(panel, 'Log');
      await panel.getByRole('tab', { name: /^Due for contact/ }).click();
      return undefined;
    },
  },
  {
    name: 'settings-join-dialog',
    open: async (panel) => {
      await fresh(panel, 'Settings');
      await panel.getByRole('button', { name: 'Join workspace' }).click();
      return showing(panel.getByRole('dialog', { name: 'Join workspace' }));
    },
  },
  {
    name: 'settings-delete-everything-dialog',
    open: async (panel) => {
      await fresh(panel, 'Settings');
      await panel.getByRole('button', { name: 'Delete everything on this device' }).click();
      return showing(panel.getByRole('dialog', { name: 'Delete everything on this device?' }));
    },
  },
];

/** The capture review of a fixture page that `browser` has open in a tab. */
export const captureStop: Stop = {
  name: 'capture-review',
  open: async (panel) => {
    await fresh(panel, 'Partners');
    await panel.getByRole('button', { name: 'Capture this page' }).click();
    return showing(panel.getByRole('form', { name: 'Review captured details' }));
  },
};

/** A peer's partner record whose name is a number: the panel sets it aside under Needs attention. */
async function plantInvalidPartner(panel: Page) {
  const peer = new Y.Doc();
  const record = new Y.Map<unknown>();
  peer.getMap('partners').set('invalid-from-peer', record);
  record.set('name', 42);
  record.set('createdAt', Date.now());
  const update = Array.from(Y.encodeStateAsUpdate(peer));
  await panel.evaluate((bytes) => {
    const bridgework = (
      window as unknown as {
        __bridgework: {
          current: { value: { session: { doc: unknown } } | null };
          hooks: { applyRemoteChecked: (doc: unknown, update: Uint8Array) => unknown };
        };
      }
    ).__bridgework;
    bridgework.hooks.applyRemoteChecked(
      bridgework.current.value!.session.doc,
      new Uint8Array(bytes),
    );
  }, update);
}

/** Needs attention, opened, after a peer sent a record the panel cannot read. */
export const needsAttentionStop: Stop = {
  name: 'needs-attention',
  open: async (panel) => {
    await fresh(panel, 'Partners');
    const region = panel.getByRole('region', { name: 'Needs attention' });
    if (!(await region.count())) await plantInvalidPartner(panel);
    await region.waitFor();
    const show = region.getByRole('button', { name: 'Show' });
    if (await show.count()) await show.click();
    await region.getByRole('listitem').first().waitFor();
    return region;
  },
};

/** Leaves whatever dialog a stop opened, so the next stop starts from the panel. */
export async function closeDialogs(panel: Page) {
  while (await panel.locator('dialog[open]').count()) await panel.keyboard.press('Escape');
}

/** Opens the page to capture first, then the panel beside it. */
export async function openPanelBesidePage(browser: ExtensionBrowser, url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  return browser.openPanel();
}

const SCREENSHOTS = process.env.BRIDGEWORK_SCREENSHOTS;

/** Only when BRIDGEWORK_SCREENSHOTS is set (CI never writes files): docs/screenshots/360/<name>.png. */
export async function screenshot(panel: Page, name: string) {
  if (!SCREENSHOTS) return;
  const dir = resolve('docs/screenshots/360');
  mkdirSync(dir, { recursive: true });
  await panel.screenshot({ path: resolve(dir, `${name}.png`) });
}
