import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  createSharedWorkspace,
  join,
  setName,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

// Ana rotates the invite of a workspace shared with Bea (who is being removed), then Cai joins
// with the new invite. Three Chromium instances meet through a signaling server in this process.

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

async function seesPartner(panel: Page, name: string) {
  await tab(panel, 'Partners');
  await partnerRow(panel, name).waitFor({ timeout: SYNC_TIMEOUT });
}

function movedBanner(panel: Page) {
  return panel.getByRole('status').filter({ hasText: 'This workspace has moved' });
}

describe('Rotate invite', () => {
  let server: SignalingServer;
  const browsers: ExtensionBrowser[] = [];
  let ana: Page;
  let bea: Page;
  let oldInvite = '';
  let newInvite = '';

  beforeAll(async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    const [first, second] = await Promise.all([launchExtension(), launchExtension()]);
    browsers.push(first, second);
    [ana, bea] = await Promise.all([first.openPanel(), second.openPanel()]);
    await Promise.all([useSignaling(ana, server.url), useSignaling(bea, server.url)]);
    await Promise.all([setName(ana, 'Ana Alvarez'), setName(bea, 'Bea Brown')]);
  });

  afterAll(async () => {
    await Promise.allSettled(browsers.map((b) => b.close()));
    await server?.close();
    for (const b of browsers) removeProfileDir(b.profileDir);
  });

  test('Ana and Bea share a workspace', async () => {
    oldInvite = await createSharedWorkspace(ana, 'Riverside');
    await addPartner(ana, 'Before Rotation Library');
    await join(bea, oldInvite);
    await statusIs(bea, 'Connected · 1 peer');
    await statusIs(ana, 'Connected · 1 peer');
    await seesPartner(bea, 'Before Rotation Library');
  });

  test('Ana rotates: the dialog says what it protects, then the new invite is ready to copy', async () => {
    await tab(ana, 'Settings');
    await ana.getByRole('button', { name: 'Rotate invite' }).click();
    const dialog = ana.getByRole('dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('a removed member keeps everything they already had');
    await dialog.getByRole('button', { name: 'Rotate now' }).click();
    const box = ana.getByLabel('Invite to share');
    await box.waitFor({ timeout: SYNC_TIMEOUT });
    newInvite = await box.inputValue();
    expect(newInvite).toMatch(/^bridgework:v1:/);
    expect(newInvite).not.toBe(oldInvite);
    // Same workspace, same data, in the new room alone.
    await seesPartner(ana, 'Before Rotation Library');
    await statusIs(ana, 'Connected · 0 peers');
    await expect.poll(() => movedBanner(ana).count()).toBe(0);
  });

  test('Bea, left in the old room, is told it moved and whom to ask; her edits stay there', async () => {
    await movedBanner(bea).waitFor({ timeout: SYNC_TIMEOUT });
    expect(await movedBanner(bea).textContent()).toContain('Ask Ana Alvarez for a new invite');
    // She can keep working locally.
    await addPartner(bea, 'Only In The Old Room');
    await statusIs(bea, 'Connected · 0 peers');
    await statusIs(ana, 'Connected · 0 peers');
    // The old invite is refused on Ana's device rather than joining the abandoned room.
    await join(ana, oldInvite);
    const joinDialog = ana.getByRole('dialog', { name: 'Join workspace' });
    await expect.poll(() => joinDialog.getByRole('alert').textContent()).toContain('old invite');
    await joinDialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('Cai joins with the new invite and syncs with Ana, not with Bea', async () => {
    const cai = await launchExtension();
    browsers.push(cai);
    const panel = await cai.openPanel();
    await useSignaling(panel, server.url);
    await join(panel, newInvite);
    await statusIs(panel, 'Connected · 1 peer');
    await statusIs(ana, 'Connected · 1 peer');
    await seesPartner(panel, 'Before Rotation Library');
    await addPartner(ana, 'After Rotation Museum');
    await seesPartner(panel, 'After Rotation Museum');
    // Cai followed: the notice left for the old room means nothing in the new one.
    expect(await movedBanner(panel).count()).toBe(0);
    // Ana and Cai have exchanged everything they hold; Bea's later edit is in neither copy.
    await tab(ana, 'Partners');
    expect(await partnerRow(ana, 'Only In The Old Room').count()).toBe(0);
    expect(await partnerRow(panel, 'Only In The Old Room').count()).toBe(0);
    await statusIs(bea, 'Connected · 0 peers');
  });

  test('Bea’s last edit reached no one: Leave warns, and deleting takes a second step', async () => {
    await tab(bea, 'Settings');
    await bea.getByRole('button', { name: 'Leave workspace' }).click();
    const dialog = bea.getByRole('dialog', { name: 'Leave workspace' });
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('Your latest edits have not reached anyone yet');
    await dialog.getByRole('button', { name: 'Delete from this device' }).click();
    await dialog.getByRole('button', { name: 'Delete anyway' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Nothing was deleted.
    await seesPartner(bea, 'Only In The Old Room');
  });
});
