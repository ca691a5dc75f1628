import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

/** The open workspace's doc, as the e2e build exposes it (`window.__bridgework`). */
interface PanelWindow {
  __bridgework: {
    registry: { value: { activeId: string } };
    current: {
      value: {
        local: {
          doc: {
            transact: (fn: () => void, origin?: unknown) => void;
            getMap: (name: string) => { keys: () => Iterable<string>; delete: (k: string) => void };
          };
        };
      } | null;
    };
  };
}

async function addPartner(panel: Page, name: string) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
}

const partnerRows = (panel: Page) => panel.getByRole('listitem', { name: /^(Hillside|Riverside)/ });

async function showPartners(panel: Page) {
  await panel.getByRole('tab', { name: 'Partners' }).click();
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
}

// Each test starts its own browser on a fresh profile holding the same two partners, so any test
// runs alone with `-t`.
describe('snapshots and deleting everything', () => {
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    await Promise.allSettled(browsers.splice(0).map((browser) => browser.close()));
    profiles.splice(0).forEach(removeProfileDir);
  });

  /** A panel on a new profile whose workspace holds Hillside Bakery and Riverside Library. */
  async function panelWithTwoPartners(): Promise<{ panel: Page; profileDir: string }> {
    const profileDir = newProfileDir();
    profiles.push(profileDir);
    const browser = await launchExtension(profileDir);
    browsers.push(browser);
    const panel = await browser.openPanel();
    await addPartner(panel, 'Hillside Bakery');
    await addPartner(panel, 'Riverside Library');
    await showPartners(panel);
    await expect.poll(() => partnerRows(panel).count()).toBe(2);
    return { panel, profileDir };
  }

  test('partners a peer deleted come back from a snapshot with Restore', async () => {
    const { panel } = await panelWithTwoPartners();

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await panel.getByRole('button', { name: 'Take snapshot' }).click();
    const snapshot = panel.getByRole('listitem').filter({ hasText: '2 partners' });
    await snapshot.waitFor();
    expect(await snapshot.textContent()).toMatch(/Taken by you/);
    // The daily snapshot, taken when the panel went idle after opening the workspace.
    await panel.getByRole('listitem').filter({ hasText: 'Daily' }).waitFor();

    // A peer removes every partner outright (what a 10-byte update can do).
    await panel.evaluate(() => {
      const doc = (window as unknown as PanelWindow).__bridgework.current.value!.local.doc;
      const partners = doc.getMap('partners');
      doc.transact(() => {
        for (const id of [...partners.keys()]) partners.delete(id);
      }, 'a peer');
    });
    await showPartners(panel);
    await expect.poll(() => partnerRows(panel).count()).toBe(0);

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await snapshot.getByRole('button', { name: 'Restore', exact: true }).click();
    const dialog = panel.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/Records created since are kept/);
    await dialog.getByRole('button', { name: 'Yes, restore' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Restored: 2 records brought back.' })
      .waitFor();
    // The state before the restore was kept as a snapshot of its own.
    await panel.getByRole('listitem').filter({ hasText: 'Before a restore' }).waitFor();
    if (process.env.BRIDGEWORK_SHOTS)
      await panel.screenshot({
        path: `${process.env.BRIDGEWORK_SHOTS}/snapshots.png`,
        fullPage: true,
      });

    await showPartners(panel);
    await expect.poll(() => partnerRows(panel).count()).toBe(2);
    await panel.close();
  });

  test('a log entry, kept in this school year’s doc, comes back from a snapshot too', async () => {
    const { panel } = await panelWithTwoPartners();
    await addPartner(panel, 'Hillside School');
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByLabel('Title', { exact: true }).fill('Planning the reading club');
    await panel.getByRole('button', { name: 'Save entry' }).click();
    await panel.getByRole('heading', { name: 'Planning the reading club', level: 2 }).waitFor();

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await panel.getByRole('button', { name: 'Take snapshot' }).click();
    const snapshot = panel
      .getByRole('listitem')
      .filter({ hasText: 'Taken by you' })
      .filter({ hasText: '1 log entry' });
    await snapshot.waitFor();

    // A peer removes the entry outright from the year's doc (a new workspace's log is kept per
    // school year from the start).
    await panel.evaluate(() => {
      const history = (
        window as unknown as {
          __bridgework: {
            current: {
              value: {
                session: {
                  history: {
                    all: () => {
                      transact: (fn: () => void, origin?: unknown) => void;
                      getMap: (name: string) => {
                        keys: () => Iterable<string>;
                        delete: (key: string) => void;
                      };
                    }[];
                  };
                };
              };
            };
          };
        }
      ).__bridgework.current.value.session.history;
      for (const doc of history.all()) {
        const log = doc.getMap('log');
        doc.transact(() => {
          for (const id of [...log.keys()]) log.delete(id);
        }, 'a peer');
      }
    });
    await panel.getByRole('tab', { name: 'Log' }).click();
    const inLog = () =>
      panel.getByRole('list', { name: 'Contact log' }).getByText('Planning the reading club');
    await expect.poll(() => inLog().count()).toBe(0);

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Snapshots', exact: true }).click();
    await snapshot.getByRole('button', { name: 'Restore', exact: true }).click();
    await panel.getByRole('dialog').getByRole('button', { name: 'Yes, restore' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Restored: 1 record brought back.' })
      .waitFor();
    await panel.getByRole('tab', { name: 'Log' }).click();
    await inLog().waitFor();
    await panel.close();
  });

  test('Back up workspace downloads a file that Restore backup merges back in', async () => {
    const { panel, profileDir } = await panelWithTwoPartners();

    await panel.getByRole('tab', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Back up workspace' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^bridgework-my-workspace-\d{4}-\d{2}-\d{2}\.bridgework\.json$/,
    );
    const file = join(profileDir, download.suggestedFilename());
    await download.saveAs(file);

    await panel.evaluate(() => {
      const doc = (window as unknown as PanelWindow).__bridgework.current.value!.local.doc;
      const partners = doc.getMap('partners');
      doc.transact(() => {
        for (const id of [...partners.keys()]) partners.delete(id);
      }, 'a peer');
    });

    // A file that is not a backup is refused with a message.
    await panel.getByLabel('File').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await panel.getByRole('status').filter({ hasText: 'not a Bridgework backup' }).waitFor();

    await panel.getByLabel('File').setInputFiles(file);
    const dialog = panel.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/My workspace/);
    await dialog.getByRole('button', { name: 'Yes, restore backup' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: 'Restored: 2 records brought back.' })
      .waitFor();
    await showPartners(panel);
    await expect.poll(() => partnerRows(panel).count()).toBe(2);
    await panel.close();
  });

  test('Delete everything on this device removes every workspace database, shared ones too, and starts empty', async () => {
    const { panel } = await panelWithTwoPartners();
    const oldId = await panel.evaluate(
      () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
    );
    const databases = () =>
      panel.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
    expect(await databases()).toContain(`bridgework-workspace-${oldId}`);

    // A shared workspace too: the offscreen sync document holds its database open.
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByLabel('Workspace name').fill('Shared space');
    await panel.getByRole('button', { name: 'Create workspace' }).click();
    await expect
      .poll(() =>
        panel.evaluate(
          () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
        ),
      )
      .not.toBe(oldId);
    const sharedId = await panel.evaluate(
      () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
    );
    await expect.poll(databases).toContain(`bridgework-workspace-${sharedId}`);

    await panel.getByRole('tab', { name: 'Settings' }).click();
    await panel.getByRole('button', { name: 'Delete everything on this device' }).click();
    const dialog = panel.getByRole('dialog');
    expect(await dialog.textContent()).toMatch(/Copies that other members have stay with them/);
    const confirm = dialog.getByRole('button', { name: 'Yes, delete everything' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
    await confirm.click();

    // The panel reloads into a fresh personal workspace.
    await expect
      .poll(async () => {
        try {
          return await panel.evaluate(
            () => (window as unknown as PanelWindow).__bridgework?.registry.value.activeId ?? '',
          );
        } catch {
          return ''; // mid-reload
        }
      })
      .not.toMatch(new RegExp(`^(${oldId}|${sharedId})?$`));
    await panel.getByRole('tablist', { name: 'Sections' }).waitFor();
    await showPartners(panel);
    await panel.getByRole('button', { name: 'Add partner' }).waitFor();
    expect(await partnerRows(panel).count()).toBe(0);
    const left = await databases();
    expect(left).not.toContain(`bridgework-workspace-${oldId}`);
    expect(left).not.toContain(`bridgework-workspace-${sharedId}`);
  });
});
