import * as Y from 'yjs';
import { afterAll, describe, expect, test } from 'vitest';
import { addCheckin, listCheckins } from '../../lib/model/checkin';
import { raiseLatestCheckins } from '../../lib/model/checkin-summary';
import { addGoal } from '../../lib/model/goal';
import { markYearLayout, noteHistoryYear } from '../../lib/model/history-years';
import { schoolYearOf } from '../../lib/model/school-year';
import { launchExtension, newProfileDir, removeProfileDir, screenshotTo } from './harness';
import { schoolYearLabel, storeSplitWorkspace } from './split-workspace';

/**
 * A goal last checked in two school years ago, in a workspace whose history is split per year
 * (lib/model/history-years.ts): the panel loads this year only, so the card shows the latest
 * check-in from the workspace's record of it, and the goal's page loads the older year on request.
 */
function splitWorkspaceWithOldCheckin() {
  const main = new Y.Doc();
  const old = new Y.Doc();
  const current = schoolYearOf(new Date().toISOString().slice(0, 10))!;
  const goalId = addGoal(main, {
    title: 'Minutes read at home',
    metric: { baseline: 0, target: 100, unit: 'minutes' },
  });
  addCheckin(old, { goalId, date: `${current - 2}-11-02`, value: 42, note: 'Autumn survey' });
  main.transact(() => {
    markYearLayout(main);
    noteHistoryYear(main, current);
    noteHistoryYear(main, current - 2);
    raiseLatestCheckins(main, listCheckins(old).items);
  });
  return { main, old, oldYear: current - 2 };
}

describe('a goal’s check-ins kept in an older school year', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('its card shows the latest check-in, and its page loads that year on request', async () => {
    const browser = await launchExtension(profileDir);
    try {
      const { main, old, oldYear } = splitWorkspaceWithOldCheckin();
      await storeSplitWorkspace(browser, main, new Map([[oldYear, old]]));

      const panel = await browser.openPanel();
      await panel.getByRole('tab', { name: 'Goals' }).click();
      const card = panel.getByRole('listitem', { name: /^Minutes read at home/ });
      await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('42');

      await panel.getByRole('button', { name: 'Minutes read at home', exact: true }).click();
      await panel
        .getByText('Check-ins from 1 earlier school year are not loaded yet.')
        .waitFor({ timeout: 30_000 });
      expect(await panel.getByText(/No check-ins yet/).count()).toBe(0);
      await screenshotTo(panel, { path: 'docs/screenshots/goal-older-year.png' });
      await panel
        .getByRole('button', { name: `Show check-ins from ${schoolYearLabel(oldYear)}` })
        .click();
      const history = panel.getByRole('list', { name: 'Check-in history' });
      await history.getByText('Autumn survey').waitFor({ timeout: 30_000 });
      expect(await history.getByRole('listitem').count()).toBe(1);
      await expect
        .poll(() => panel.getByRole('button', { name: /Show check-ins from/ }).count())
        .toBe(0);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
