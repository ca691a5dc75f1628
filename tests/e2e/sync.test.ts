import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  join,
  setName,
  setPaused,
  statusIs,
  SYNC_TIMEOUT,
  syncStatus,
  tab,
  useSignaling,
} from './two-browsers';

// Two Chromium instances, each with its own profile and the e2e build, meet through a
// signaling server on 127.0.0.1 started in this process.

async function addPartner(panel: Page, name: string) {
  await tab(panel, 'Partners');
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name').fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name }).waitFor();
  await panel.getByRole('button', { name: '← All partners' }).click();
}

function partnerRow(panel: Page, name: string) {
  return panel.getByRole('listitem', { name: new RegExp(`^${name}`) });
}

async function seesPartner(panel: Page, name: string, timeout = SYNC_TIMEOUT) {
  await tab(panel, 'Partners');
  await partnerRow(panel, name).waitFor({ timeout });
}

async function openPartner(panel: Page, name: string) {
  await seesPartner(panel, name);
  await partnerRow(panel, name).getByRole('button').first().click();
  await panel.getByRole('heading', { name }).waitFor();
}

async function editPartner(panel: Page, name: string, fields: Record<string, string>) {
  await openPartner(panel, name);
  await panel.getByRole('button', { name: 'Edit partner' }).click();
  for (const [label, value] of Object.entries(fields)) await panel.getByLabel(label).fill(value);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('button', { name: 'Edit partner' }).waitFor();
  await panel.getByRole('button', { name: '← All partners' }).click();
}

describe('live sync between two browsers', () => {
  let server: SignalingServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let panelA: Page;
  let panelB: Page;
  let invite = '';

  beforeAll(async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    [a, b] = await Promise.all([launchExtension(), launchExtension()]);
    [panelA, panelB] = await Promise.all([a.openPanel(), b.openPanel()]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    await Promise.all([setName(panelA, 'Ana Alvarez'), setName(panelB, 'Bea Brown')]);
  });

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    await server?.close();
    if (a) removeProfileDir(a.profileDir);
    if (b) removeProfileDir(b.profileDir);
  });

  test('A creates a shared workspace and its invite; a personal workspace says Offline', async () => {
    await statusIs(panelA, 'Offline');
    await tab(panelA, 'Settings');
    // Pressing the button before naming the workspace asks for a name.
    await panelA.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => panelA.getByText('Give the workspace a name.').count()).toBe(1);
    await panelA.getByLabel('Workspace name').fill('Riverside Partnership');
    await panelA.getByRole('button', { name: 'Create workspace' }).click();
    await panelA.getByRole('combobox', { name: 'Current workspace' }).waitFor();
    expect(
      await panelA.getByRole('combobox', { name: 'Current workspace' }).inputValue(),
    ).toBeTruthy();
    // Alone in the room: connected to signaling, nobody else yet.
    await statusIs(panelA, 'Connected · 0 peers');
    await addPartner(panelA, 'Riverside Public Library');

    await tab(panelA, 'Settings');
    await panelA.getByRole('button', { name: 'Copy invite' }).click();
    invite = await panelA.getByLabel('Invite to share').inputValue();
    expect(invite).toMatch(/^bridgework:v1:[\w-]{22}\.[\w-]{43}\.Riverside%20Partnership$/);
    // The room id is random, not derived from the name.
    expect(invite).not.toContain('Riverside-Partnership');
  });

  test('B: a malformed code is refused; a wrong secret never syncs', async () => {
    await join(panelB, 'bridgework:v1:not-a-real-code');
    const dialog = panelB.getByRole('dialog', { name: 'Join workspace' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('damaged');
    await dialog.getByLabel('Invite code').fill('https://example.org/hello');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('not a Bridgework invite code');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    const [prefix, rest] = [invite.slice(0, 'bridgework:v1:'.length), invite.slice(14)];
    const [room] = rest.split('.');
    const wrongSecret = 'A'.repeat(43);
    await join(panelB, `${prefix}${room}.${wrongSecret}.Impostor`);
    await statusIs(panelB, 'Connected · 0 peers');
    // Give the peers ample time to find each other if they could: they must not.
    const until = Date.now() + 6000;
    while (Date.now() < until) {
      expect(await syncStatus(panelB).textContent()).not.toMatch(/[1-9] peer/);
      expect(await syncStatus(panelA).textContent()).not.toMatch(/[1-9] peer/);
      await panelB.waitForTimeout(500);
    }
    await tab(panelB, 'Partners');
    expect(await partnerRow(panelB, 'Riverside Public Library').count()).toBe(0);

    await tab(panelB, 'Settings');
    await panelB.getByRole('button', { name: 'Leave workspace' }).click();
    await panelB
      .getByRole('dialog', { name: 'Leave workspace' })
      .getByRole('button', { name: 'Delete from this device' })
      .click();
    await statusIs(panelB, 'Offline');
  });

  test('B joins with the invite; edits flow both ways within seconds', async () => {
    await join(panelB, invite);
    await statusIs(panelB, 'Connected · 1 peer');
    await statusIs(panelA, 'Connected · 1 peer');
    await seesPartner(panelB, 'Riverside Public Library');
    // The name travels with the doc too.
    await expect
      .poll(() => panelB.getByRole('combobox', { name: 'Current workspace' }).textContent())
      .toContain('Riverside Partnership');

    // Presence: each sees the other's name (from Settings) in the header.
    const online = (panel: Page) => panel.getByRole('list', { name: 'Online now' });
    await online(panelA)
      .getByRole('listitem', { name: /^Bea Brown/ })
      .waitFor();
    await online(panelB)
      .getByRole('listitem', { name: /^Ana Alvarez/ })
      .waitFor();
    await online(panelB).getByRole('listitem', { name: 'Bea Brown (you)' }).waitFor();

    await addPartner(panelA, 'Hillside Food Bank');
    await seesPartner(panelB, 'Hillside Food Bank');

    await tab(panelA, 'Goals');
    await panelA.getByRole('button', { name: 'New goal' }).click();
    await panelA.getByLabel('Title').fill('Reading buddies for every first grader');
    await panelA.getByRole('button', { name: 'Save goal' }).click();
    await tab(panelB, 'Goals');
    await panelB
      .getByText('Reading buddies for every first grader', { exact: true })
      .first()
      .waitFor({ timeout: SYNC_TIMEOUT });

    await editPartner(panelB, 'Hillside Food Bank', { Website: 'hillside-food.example.org' });
    await openPartner(panelA, 'Hillside Food Bank');
    await panelA.getByRole('link', { name: 'hillside-food.example.org' }).waitFor({
      timeout: SYNC_TIMEOUT,
    });
    await panelA.getByRole('button', { name: '← All partners' }).click();
    await expect.poll(() => panelA.locator('#sync-detail').textContent()).toMatch(/Last exchanged/);
  });

  test('both offline: different fields of one record and new records all survive', async () => {
    await Promise.all([setPaused(panelA, true), setPaused(panelB, true)]);
    await Promise.all([statusIs(panelA, 'Offline'), statusIs(panelB, 'Offline')]);

    await editPartner(panelA, 'Riverside Public Library', { Website: 'riverside.example.org' });
    await editPartner(panelB, 'Riverside Public Library', {
      Description: 'Hosts the Saturday reading club.',
    });
    await addPartner(panelA, 'Added by A offline');
    await addPartner(panelB, 'Added by B offline');
    await panelA.waitForTimeout(1500);
    // Nothing crossed while paused.
    await tab(panelA, 'Partners');
    expect(await partnerRow(panelA, 'Added by B offline').count()).toBe(0);

    await Promise.all([setPaused(panelA, false), setPaused(panelB, false)]);
    await Promise.all([
      statusIs(panelA, 'Connected · 1 peer', 20_000),
      statusIs(panelB, 'Connected · 1 peer', 20_000),
    ]);
    for (const panel of [panelA, panelB]) {
      await seesPartner(panel, 'Added by A offline');
      await seesPartner(panel, 'Added by B offline');
      await openPartner(panel, 'Riverside Public Library');
      await panel.getByRole('link', { name: 'riverside.example.org' }).waitFor({
        timeout: SYNC_TIMEOUT,
      });
      await panel.getByText('Hosts the Saturday reading club.').waitFor({ timeout: SYNC_TIMEOUT });
      await panel.getByRole('button', { name: '← All partners' }).click();
    }
  });

  test('B closes its panel, A edits, B reopens: the edit arrived in the background', async () => {
    await panelB.close();
    await addPartner(panelA, 'Added while B was closed');
    // A stops syncing, so the edit can only be on B if B's offscreen document received it
    // while B's panel was closed.
    await statusIs(panelA, 'Connected · 1 peer');
    await expect.poll(() => panelA.locator('#sync-detail').textContent()).toMatch(/just now/);
    await panelA.waitForTimeout(1000);
    await setPaused(panelA, true);
    await statusIs(panelA, 'Offline');

    panelB = await b.openPanel();
    await seesPartner(panelB, 'Added while B was closed', 5000);
  });

  test('reconnects by itself when the signaling server comes back', async () => {
    const port = server.port;
    await server.close();
    await setPaused(panelA, false);
    // No way to find B without signaling: A is not connected to anyone.
    await expect
      .poll(async () => (await syncStatus(panelA).textContent())?.trim(), { timeout: 10_000 })
      .toMatch(/^(Connecting|Offline)$/);
    server = await startSignalingServer({ host: '127.0.0.1', port });
    await statusIs(panelA, 'Connected · 1 peer', 20_000);
    await addPartner(panelA, 'After the server came back');
    await seesPartner(panelB, 'After the server came back');
  });
});
