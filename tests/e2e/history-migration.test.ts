import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { workspaceUpdate, SIZES } from '../../scripts/bench/workspace-data';
import { storeWorkspace } from '../../scripts/lib/stored-workspace';
import { activeWorkspaceId, launchExtension, newProfileDir, removeProfileDir } from './harness';

interface Current {
  session: {
    history: {
      split: boolean;
      knownYears: () => number[];
      load: (year: number) => Promise<unknown>;
      all: () => { getMap: (name: string) => Y.Map<Y.Map<unknown>> }[];
    };
  };
}

describe('a workspace stored before the history split', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('is migrated when it opens: every log entry ends up in its school year, and the log shows them all', async () => {
    // A school's workspace in one doc, as the previous version stored it.
    const { update } = workspaceUpdate('school');
    const before = new Y.Doc();
    Y.applyUpdate(before, update);
    const entries = before.getMap('log').size;
    expect(entries).toBe(SIZES.school.logEntries);

    const browser = await launchExtension(profileDir);
    let panel = await browser.openPanel();
    const workspaceId = await activeWorkspaceId(panel);
    await panel.close();
    await storeWorkspace(browser.context, workspaceId, update);

    panel = await browser.openPanel();
    const current = () =>
      panel.evaluate(
        () =>
          (window as unknown as { __bridgework: { current: { value: Current | null } } })
            .__bridgework.current.value !== null,
      );
    await expect.poll(current, { timeout: 60_000 }).toBe(true);
    await expect
      .poll(
        () =>
          panel.evaluate(
            () =>
              (window as unknown as { __bridgework: { current: { value: Current } } }).__bridgework
                .current.value.session.history.split,
          ),
        { timeout: 120_000 },
      )
      .toBe(true);
    // Counted in the year docs: each entry once, under its own id.
    const counted = await panel.evaluate(async () => {
      const { history } = (window as unknown as { __bridgework: { current: { value: Current } } })
        .__bridgework.current.value.session;
      for (const year of history.knownYears()) await history.load(year);
      const ids = new Set<string>();
      let copies = 0;
      for (const doc of history.all().slice(1))
        doc.getMap('log').forEach((_entry, id) => {
          ids.add(id);
          copies++;
        });
      return { ids: ids.size, copies, years: history.knownYears().length };
    });
    expect(counted).toEqual({ ids: entries, copies: entries, years: expect.any(Number) });
    expect(counted.years).toBeGreaterThan(1);

    // The log says so too.
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel
      .locator('.log-tabpanel .count')
      .filter({ hasText: `${entries.toLocaleString('en')} entries` })
      .waitFor({ timeout: 60_000 });
    await browser.close();
  }, 300_000);
});
