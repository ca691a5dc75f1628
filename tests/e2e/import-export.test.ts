import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  dismissToast,
  launchExtension,
  newProfileDir,
  removeProfileDir,
  type ExtensionBrowser,
  screenshotTo,
} from './harness';

/** The open workspace's doc, as the e2e build exposes it (`window.__bridgework`). */
interface StoredDoc {
  getMap: (name: string) => {
    forEach: (fn: (record: { get: (key: string) => unknown }, id: string) => void) => void;
  };
}

interface PanelWindow {
  __bridgework: {
    registry: { value: { activeId: string } };
    current: {
      value: {
        local: { doc: StoredDoc };
        /** The workspace doc and the school years loaded (the log lives in those). */
        session: { history: { all: () => StoredDoc[] } };
      } | null;
    };
  };
}

const SCREENSHOT = 'docs/screenshots/360/import-preview.png';
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's violations inside Settings → Your data, as "rule: element" lines. */
async function axeViolations(panel: Page): Promise<string[]> {
  // evaluate, not addScriptTag: the extension page's policy refuses inline scripts.
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE_SOURCE);
  return panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document.querySelector('.data-section'), {
      resultTypes: ['violations'],
    })) as { violations: { id: string; nodes: { target: unknown[] }[] }[] };
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** 200 partners; rows 41, 102 and 161 (as a spreadsheet numbers them) are bad. */
function partnerSheet(): string {
  const lines = ['Organisation,Email,Phone,Website'];
  for (let i = 1; i <= 200; i++) {
    const row = i + 1;
    const org = row === 161 ? '' : `Partner ${String(i).padStart(3, '0')}`;
    const email = row === 41 ? 'office@partner-41' : `office@partner-${i}.example`;
    const phone = row === 102 ? 'call the office' : `+44 20 7946 ${String(i).padStart(4, '0')}`;
    lines.push([org, email, phone, `https://partner-${i}.example`].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Names (or titles) of the live records of one collection in the open workspace, sorted. */
function namesOf(panel: Page, collection: string) {
  return panel.evaluate((name) => {
    const current = (window as unknown as PanelWindow).__bridgework.current.value;
    if (!current) return null;
    const names: string[] = [];
    // The log is split per school year: an original the migration moved is read in its year.
    const docs = name === 'log' ? current.session.history.all() : [current.local.doc];
    for (const doc of docs)
      doc.getMap(name).forEach((record) => {
        if (record.get('deletedAt') === undefined && record.get('movedTo') === undefined) {
          names.push(String(record.get('name') ?? record.get('title')));
        }
      });
    return names.sort();
  }, collection);
}

/** Live partners of the open workspace: name, emails and website, sorted by name. */
function partnersOf(panel: Page) {
  return panel.evaluate(() => {
    const current = (window as unknown as PanelWindow).__bridgework.current.value;
    // null while a workspace is opening
    if (!current) return null;
    const doc = current.local.doc;
    const rows: string[] = [];
    doc.getMap('partners').forEach((record) => {
      if (record.get('deletedAt') !== undefined) return;
      rows.push(
        JSON.stringify([
          record.get('name'),
          record.get('emails'),
          record.get('phones'),
          record.get('website'),
        ]),
      );
    });
    return rows.sort();
  });
}

async function importFile(panel: Page, name: string, text: string, screenshot?: string) {
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const data = panel.getByRole('region', { name: 'Your data' });
  await data.getByRole('button', { name: 'Import', exact: true }).click();
  const importPanel = data.getByRole('region', { name: 'Import partners and people' });
  await importPanel
    .getByLabel('File', { exact: true })
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await data.getByRole('region', { name: 'Columns' }).waitFor();
  await data.getByRole('button', { name: 'Preview' }).click();
  const preview = data.getByRole('region', { name: 'Preview' });
  await preview.waitFor();
  if (screenshot) {
    await panel.setViewportSize({ width: 360, height: 1300 });
    await preview.scrollIntoViewIfNeeded();
    await screenshotTo(panel, { path: screenshot });
    expect(await axeViolations(panel)).toEqual([]);
    // No sideways scroll at 360 px.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  }
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const status = data.getByRole('status').filter({ hasText: 'Imported' });
  await status.waitFor();
  return status;
}

describe('import and export', () => {
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    await Promise.allSettled(browsers.splice(0).map((browser) => browser.close()));
    profiles.splice(0).forEach(removeProfileDir);
  });

  test('200 partners with 3 bad rows import 197 and list the 3 rows; exported partners import into a new workspace the same', async () => {
    const profileDir = newProfileDir();
    profiles.push(profileDir);
    const browser = await launchExtension(profileDir);
    browsers.push(browser);
    const panel = await browser.openPanel();

    const status = await importFile(panel, 'partners.csv', partnerSheet(), SCREENSHOT);
    expect(await status.textContent()).toContain('Imported 197 rows');
    expect(await status.getByRole('listitem').allTextContents()).toEqual([
      'Row 41: not an email address: office@partner-41',
      'Row 102: not a phone number: call the office',
      'Row 161: no organisation or contact name',
    ]);
    const imported = await partnersOf(panel);
    expect(imported).toHaveLength(197);
    expect(imported).toContain(
      JSON.stringify([
        'Partner 007',
        ['office@partner-7.example'],
        ['+44 20 7946 0007'],
        'https://partner-7.example/',
      ]),
    );

    // Export the partners to CSV.
    const data = panel.getByRole('region', { name: 'Your data' });
    await data.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      data.getByRole('button', { name: 'Partners (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bridgework-.*-partners-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Name,Kind,Website,Emails,Phones,/);

    // …and import them into a new workspace.
    const oldId = await panel.evaluate(
      () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
    );
    await panel.getByLabel('Workspace name').fill('Fresh start');
    await panel.getByRole('button', { name: 'Create workspace' }).click();
    await expect
      .poll(() =>
        panel.evaluate(
          () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
        ),
      )
      .not.toBe(oldId);
    await expect.poll(() => partnersOf(panel)).toEqual([]);
    const again = await importFile(panel, download.suggestedFilename(), csv);
    expect(await again.textContent()).toContain('Imported 197 rows');
    expect(await partnersOf(panel)).toEqual(imported);
  });

  test('Back up workspace, then Restore into a new workspace: the same partners, people, goals and log', async () => {
    const profileDir = newProfileDir();
    profiles.push(profileDir);
    const browser = await launchExtension(profileDir);
    browsers.push(browser);
    const panel = await browser.openPanel();
    const sheet =
      'Organisation,Contact,Email\r\nRiverside Library,Ana Ruiz,ana@riverside.example\r\nCorner Bakery,Bob Ode,bob@bakery.example\r\n';
    await importFile(panel, 'people.csv', sheet);
    await panel.getByRole('tab', { name: 'Goals' }).click();
    await panel.getByRole('button', { name: 'New goal' }).click();
    await panel.getByLabel('Title').fill('Reading club');
    await panel.getByRole('button', { name: 'Save goal' }).click();
    await expect.poll(() => namesOf(panel, 'goals')).toEqual(['Reading club']);
    await dismissToast(panel);
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByRole('button', { name: 'Log contact' }).click();
    await panel.getByLabel('Title', { exact: true }).fill('First call');
    await panel.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => namesOf(panel, 'log')).toEqual(['First call']);
    const before = Object.fromEntries(
      await Promise.all(
        ['partners', 'people', 'goals', 'log'].map(
          async (c) => [c, await namesOf(panel, c)] as const,
        ),
      ),
    );

    await panel.getByRole('tab', { name: 'Settings' }).click();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Back up workspace' }).click(),
    ]);
    const backupPath = (await download.path())!;
    const oldId = await panel.evaluate(
      () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
    );
    const [chooser] = await Promise.all([
      panel.waitForEvent('filechooser'),
      panel.getByRole('button', { name: 'Restore into a new workspace' }).click(),
    ]);
    await chooser.setFiles(backupPath);
    await panel.getByRole('dialog').getByRole('button', { name: 'Yes, restore backup' }).click();
    await expect
      .poll(() =>
        panel.evaluate(
          () => (window as unknown as PanelWindow).__bridgework.registry.value.activeId,
        ),
      )
      .not.toBe(oldId);
    for (const [collection, names] of Object.entries(before)) {
      await expect.poll(() => namesOf(panel, collection)).toEqual(names);
    }
    expect(before.people).toEqual(['Ana Ruiz', 'Bob Ode']);
  });
});
