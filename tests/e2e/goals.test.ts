import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir } from './harness';

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
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('Title').fill(values.title);
  await page.getByLabel('Baseline').fill(values.baseline);
  await page.getByLabel('Target').fill(values.target);
  await page.getByLabel('Unit').fill(values.unit);
  await page.getByLabel('Due date').fill(values.due);
  await page.getByRole('button', { name: 'Save goal' }).click();
}

describe('goals board', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('create, check in, drag, move by keyboard, and everything survives a restart', async () => {
    let browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    await openGoals(panel);

    await newGoal(panel, {
      title: 'Families at school events',
      baseline: '40',
      target: '120',
      unit: 'families',
      due: '2099-06-30',
    });
    const card = column(panel, 'Idea').getByRole('listitem', {
      name: /^Families at school events/,
    });
    await card.waitFor();
    expect(await card.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    await newGoal(panel, {
      title: 'Volunteer hours',
      baseline: '0',
      target: '500',
      unit: 'hours',
      due: '2099-12-31',
    });
    await column(panel, 'Idea')
      .getByRole('listitem', { name: /^Volunteer hours/ })
      .waitFor();

    // Check in: progress goes from 0% to 50%.
    await card.getByRole('button', { name: 'Families at school events', exact: true }).click();
    await panel.getByRole('button', { name: 'Add check-in' }).click();
    await panel.getByLabel('Value').fill('80');
    await panel.getByRole('button', { name: 'Save check-in' }).click();
    const progress = panel.getByRole('progressbar', { name: 'Progress', exact: true });
    await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('50');
    expect(await panel.getByRole('list', { name: 'Check-in history' }).textContent()).toContain(
      '80 families',
    );
    await panel.getByRole('button', { name: '← All goals' }).click();
    expect(await card.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    // Drag to another column (a tall window, so source and target are both in view).
    await panel.setViewportSize({ width: 400, height: 1100 });
    await card.dragTo(column(panel, 'In progress'), { sourcePosition: { x: 6, y: 6 } });
    const moved = column(panel, 'In progress').getByRole('listitem', {
      name: /^Families at school events/,
    });
    await moved.waitFor();
    expect(await column(panel, 'Idea').getByRole('listitem').count()).toBe(1);

    // Keyboard: Alt+Arrow moves the focused card; the card menu does too.
    const hours = panel.getByRole('listitem', { name: /^Volunteer hours/ });
    await hours.getByRole('button', { name: 'Volunteer hours', exact: true }).focus();
    await panel.keyboard.press('Alt+ArrowRight');
    await column(panel, 'Planned')
      .getByRole('listitem', { name: /^Volunteer hours/ })
      .waitFor();
    // Focus stays on the moved card (it is restored after the move renders), so a second press
    // keeps going.
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''))
      .toContain('Volunteer hours');
    await panel.keyboard.press('Alt+ArrowRight');
    await column(panel, 'In progress')
      .getByRole('listitem', { name: /^Volunteer hours/ })
      .waitFor();
    const inProgressTitles = () =>
      column(panel, 'In progress')
        .getByRole('listitem')
        .evaluateAll((items) => items.map((item) => item.getAttribute('aria-labelledby')));
    expect((await inProgressTitles()).length).toBe(2);
    await panel.getByRole('button', { name: 'Actions for Volunteer hours' }).click();
    await panel.getByRole('button', { name: 'Move up' }).click();
    await expect
      .poll(async () =>
        column(panel, 'In progress')
          .getByRole('listitem')
          .first()
          .getAttribute('aria-labelledby')
          .then(async (id) => panel.locator(`[id="${id}"]`).textContent()),
      )
      .toBe('Volunteer hours');

    // Reload the panel, then restart the browser: everything is still there.
    await panel.reload();
    await openGoals(panel);
    await column(panel, 'In progress')
      .getByRole('listitem', { name: /^Volunteer hours/ })
      .waitFor();
    await browser.close();

    browser = await launchExtension(profileDir);
    panel = await browser.openPanel();
    await openGoals(panel);
    const inProgress = column(panel, 'In progress');
    await inProgress.getByRole('listitem', { name: /^Families at school events/ }).waitFor();
    const texts = await inProgress.getByRole('listitem').allTextContents();
    expect(texts[0]).toContain('Volunteer hours');
    expect(texts[1]).toContain('Families at school events');
    expect(
      await inProgress
        .getByRole('listitem', { name: /^Families at school events/ })
        .getByRole('progressbar')
        .getAttribute('aria-valuenow'),
    ).toBe('50');
    expect(await column(panel, 'Idea').getByRole('listitem').count()).toBe(0);

    // From a partner's page: add a goal linked to the partner; it shows on the board too.
    await panel.getByRole('tab', { name: 'Partners' }).click();
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name').fill('Riverside Library');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'Riverside Library' }).waitFor();
    await panel.getByLabel('New goal with Riverside Library').fill('Summer reading club');
    await panel.getByRole('button', { name: 'Add goal' }).click();
    await panel
      .getByRole('list', { name: 'Goals with Riverside Library' })
      .getByRole('listitem', { name: /^Summer reading club/ })
      .waitFor();
    await openGoals(panel);
    const linked = column(panel, 'Idea').getByRole('listitem', { name: /^Summer reading club/ });
    expect(await linked.textContent()).toContain('Riverside Library');
    await browser.close();
  });
});
