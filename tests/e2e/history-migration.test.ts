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

  test('is migrated when it opens: every log entry, feedback pulse and contribution ends up in its school year, and the log shows them all', async () => {
    // A school's workspace in one doc, as the previous version stored it.
    const { update } = workspaceUpdate('school');
    const before = new Y.Doc();
    Y.applyUpdate(before, update);
    const entries = before.getMap('log').size;
    expect(entries).toBe(SIZES.school.logEntries);
    const pulses = before.getMap('feedback').size;
    const contributions = before.getMap('contributions').size;
    expect([pulses, contributions]).toEqual([SIZES.school.feedback, SIZES.school.contributions]);

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
      const count = (name: string) => {
        const ids = new Set<string>();
        let copies = 0;
        for (const doc of history.all().slice(1))
          doc.getMap(name).forEach((_record, id) => {
            ids.add(id);
            copies++;
          });
        return { ids: ids.size, copies };
      };
      return {
        log: count('log'),
        feedback: count('feedback'),
        contributions: count('contributions'),
        years: history.knownYears().length,
      };
    });
    expect(counted).toEqual({
      log: { ids: entries, copies: entries },
      feedback: { ids: pulses, copies: pulses },
      contributions: { ids: contributions, copies: contributions },
      years: expect.any(Number),
    });
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
