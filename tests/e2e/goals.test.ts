import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
} from './harness';

async function openGoals(page: Page) {
  await page.getByRole('tab', { name: 'Goals' }).click();
  await page.getByRole('button', { name: 'New goal' }).waitFor();
}

function column(page: Page, name: string) {
  return page.getByRole('list', { name, exact: true });
}

async function newGoal(
  page: Page,
  values: { title: string; baseline: string; target: string; unit: string; due: string },
) {
  // The previous goal's toast would sit over the form's Save button until it fades.
  await dismissToast(page);
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Title').fill(values.title);
  await page.getByLabel('Baseline').fill(values.baseline);
  await page.getByLabel('Target').fill(values.target);
  await page.getByLabel('Unit').fill(values.unit);
  await page.getByLabel('Due date').fill(values.due);
  await page.getByRole('button', { name: 'Save goal' }).click();
}

const FAMILIES = {
  title: 'Families at school events',
  baseline: '40',
  target: '120',
  unit: 'families',
  due: '2099-06-30',
};
const HOURS = {
  title: 'Volunteer hours',
  baseline: '0',
  target: '500',
  unit: 'hours',
  due: '2099-12-31',
};

function card(page: Page, columnName: string, title: string) {
  return column(page, columnName).getByRole('listitem', { name: new RegExp(`^${title}`) });
}

/** The titles of a column's cards, top to bottom. */
function titlesIn(page: Page, columnName: string): Promise<string[]> {
  return column(page, columnName)
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => {
        const id = item.getAttribute('aria-labelledby');
        return (id ? document.getElementById(id)?.textContent : '') ?? '';
      }),
    );
}

/** From the board: one check-in of `value` on the goal called `title`, then back to the board. */
async function checkIn(page: Page, title: string, value: string) {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Add check-in' }).click();
  await page.getByLabel('Value').fill(value);
  await page.getByRole('button', { name: 'Save check-in' }).click();
}

// Each test starts a browser on a fresh profile, so any test runs alone with `-t`.
describe('goals board', () => {
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    await Promise.allSettled(browsers.splice(0).map((browser) => browser.close()));
    profiles.splice(0).forEach(removeProfileDir);
  });

  async function freshBoard(profileDir = newProfileDir()) {
    if (!profiles.includes(profileDir)) profiles.push(profileDir);
    const browser = await launchExtension(profileDir);
    browsers.push(browser);
    const panel = await browser.openPanel();
    await openGoals(panel);
    return { browser, panel, profileDir };
  }

  test('a new goal lands in Idea with 0% progress', async () => {
    const { panel } = await freshBoard();
    await newGoal(panel, FAMILIES);
    const families = card(panel, 'Idea', FAMILIES.title);
    await families.waitFor();
    expect(await families.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
  });

  test('a check-in moves progress from baseline toward target and is listed in the history', async () => {
    const { panel } = await freshBoard();
    await newGoal(panel, FAMILIES);
    await card(panel, 'Idea', FAMILIES.title).waitFor();
    await checkIn(panel, FAMILIES.title, '80');
    const progress = panel.getByRole('progressbar', { name: 'Progress', exact: true });
    // 40 → 80 of 40 → 120 is half way.
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('50');
    expect(await panel.getByRole('list', { name: 'Check-in history' }).textContent()).toContain(
      '80 families',
    );
    await panel.getByRole('button', { name: '← All goals' }).click();
    expect(
      await card(panel, 'Idea', FAMILIES.title)
        .getByRole('progressbar')
        .getAttribute('aria-valuenow'),
    ).toBe('50');
  });

  test('dragging a card drops it in another column', async () => {
    const { panel } = await freshBoard();
    await newGoal(panel, FAMILIES);
    await newGoal(panel, HOURS);
    await card(panel, 'Idea', HOURS.title).waitFor();
    // A tall window, so source and target are both in view.
    await panel.setViewportSize({ width: 400, height: 1100 });
    await card(panel, 'Idea', FAMILIES.title).dragTo(column(panel, 'In progress'), {
      sourcePosition: { x: 6, y: 6 },
    });
    await card(panel, 'In progress', FAMILIES.title).waitFor();
    expect(await titlesIn(panel, 'Idea')).toEqual([HOURS.title]);
  });

  test('Alt+Arrow moves the focused card and focus stays on it; the card menu moves it up', async () => {
    const { panel } = await freshBoard();
    await newGoal(panel, FAMILIES);
    await newGoal(panel, HOURS);
    await card(panel, 'Idea', HOURS.title).waitFor();
    // Each card goes Idea → Planned → In progress with two presses of Alt+ArrowRight.
    for (const title of [FAMILIES.title, HOURS.title]) {
      // Focus the card once the board has settled its own focus (it returns focus to what
      // opened the goal form when that closes), so the key press reaches the card.
      const button = card(panel, 'Idea', title).getByRole('button', { name: title, exact: true });
      await expect
        .poll(async () => {
          await button.focus();
          return button.evaluate((element) => element === document.activeElement);
        })
        .toBe(true);
      await panel.keyboard.press('Alt+ArrowRight');
      await card(panel, 'Planned', title).waitFor();
      // Focus is restored to the moved card after the move renders, so a second press keeps
      // going.
      await expect
        .poll(() => panel.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''))
        .toContain(title);
      await panel.keyboard.press('Alt+ArrowRight');
      await card(panel, 'In progress', title).waitFor();
    }
    expect(await titlesIn(panel, 'In progress')).toEqual([FAMILIES.title, HOURS.title]);

    await panel.getByRole('button', { name: `Actions for ${HOURS.title}` }).click();
    await panel.getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => titlesIn(panel, 'In progress')).toEqual([HOURS.title, FAMILIES.title]);
  });

  test('columns, order and progress survive a panel reload and a browser restart', async () => {
    const first = await freshBoard();
    let panel = first.panel;
    await newGoal(panel, FAMILIES);
    await newGoal(panel, HOURS);
    await card(panel, 'Idea', HOURS.title).waitFor();
    await checkIn(panel, FAMILIES.title, '80');
    await panel.getByRole('button', { name: '← All goals' }).click();
    await panel.getByRole('button', { name: `Actions for ${HOURS.title}` }).click();
    await panel.getByRole('button', { name: 'Move up' }).click();
    await expect.poll(() => titlesIn(panel, 'Idea')).toEqual([HOURS.title, FAMILIES.title]);
    await card(panel, 'Idea', FAMILIES.title)
      .getByRole('button', { name: FAMILIES.title, exact: true })
      .focus();
    await panel.keyboard.press('Alt+ArrowRight');
    await card(panel, 'Planned', FAMILIES.title).waitFor();

    const expectBoard = async () => {
      await card(panel, 'Planned', FAMILIES.title).waitFor();
      expect(await titlesIn(panel, 'Idea')).toEqual([HOURS.title]);
      expect(
        await card(panel, 'Planned', FAMILIES.title)
          .getByRole('progressbar')
          .getAttribute('aria-valuenow'),
      ).toBe('50');
    };
    await panel.reload();
    await openGoals(panel);
    await expectBoard();

    await first.browser.close();
    panel = (await freshBoard(first.profileDir)).panel;
    await expectBoard();
  });

  test('a goal added from a partner’s page is linked to the partner and shows on the board', async () => {
    const { panel } = await freshBoard();
    await panel.getByRole('tab', { name: 'Partners' }).click();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('Riverside Library');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Riverside Library' }).waitFor();
    await panel.getByLabel('New goal with Riverside Library').fill('Summer reading club');
    await panel.getByRole('button', { name: 'Add goal' }).click();
    await panel
      .getByRole('list', { name: 'Goals with Riverside Library' })
      .getByRole('listitem', { name: /^Summer reading club/ })
      .waitFor();
    await openGoals(panel);
    const linked = card(panel, 'Idea', 'Summer reading club');
    expect(await linked.textContent()).toContain('Riverside Library');
  });
});
