import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  addPartner,
  createSharedWorkspace,
  join,
  partnerRow,
  seesPartner,
  setName,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

// Ana rotates the invite of a workspace shared with Bea (who is being removed), then Cai joins
// with the new invite. Three Chromium instances meet through a signaling server in this process.

function movedBanner(panel: Page) {
  return panel.getByRole('status').filter({ hasText: 'This workspace has moved' });
}

// The story has steps (share, rotate, Bea edits in the old room), and each test asks for the
// steps it needs: the first test to ask runs a step, later ones reuse it. So every test runs
// alone with `-t` and asserts only its own behaviour; a step records what the tests check.
describe('Rotate invite', () => {
  let server: SignalingServer;
  const browsers: ExtensionBrowser[] = [];
  let ana: Page;
  let bea: Page;

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

  let sharing: Promise<{ oldInvite: string }> | undefined;
  /** Ana and Bea share Riverside, which holds Before Rotation Library. */
  const shared = () =>
    (sharing ??= (async () => {
      const oldInvite = await createSharedWorkspace(ana, 'Riverside');
      await addPartner(ana, 'Before Rotation Library');
      await join(bea, oldInvite);
      await statusIs(bea, 'Connected · 1 peer');
      await statusIs(ana, 'Connected · 1 peer');
      return { oldInvite };
    })());

  let rotating: Promise<{ oldInvite: string; newInvite: string; dialogText: string }> | undefined;
  /** Ana rotates the invite through the dialog; records what the dialog said. */
  const rotated = () =>
    (rotating ??= (async () => {
      const { oldInvite } = await shared();
      await tab(ana, 'Settings');
      await ana.getByRole('button', { name: 'Rotate invite' }).click();
      const dialog = ana.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Rotate now' }).waitFor();
      const dialogText = (await dialog.textContent()) ?? '';
      await dialog.getByRole('button', { name: 'Rotate now' }).click();
      const box = ana.getByLabel('Invite to share');
      await expect.poll(() => box.inputValue(), { timeout: SYNC_TIMEOUT }).not.toBe(oldInvite);
      const newInvite = await box.inputValue();
      // Ana is alone in the new room until someone joins it with the new invite.
      await statusIs(ana, 'Connected · 0 peers');
      return { oldInvite, newInvite, dialogText };
    })());

  let editing: Promise<void> | undefined;
  /** Bea, left in the old room, adds Only In The Old Room there. */
  const beaEditedInOldRoom = () =>
    (editing ??= (async () => {
      await rotated();
      await movedBanner(bea).waitFor({ timeout: SYNC_TIMEOUT });
      await addPartner(bea, 'Only In The Old Room');
      await statusIs(bea, 'Connected · 0 peers');
    })());

  test('Ana and Bea share a workspace', async () => {
    await shared();
    await seesPartner(bea, 'Before Rotation Library');
  });

  test('Ana rotates: the dialog says what it protects, then the new invite is ready to copy', async () => {
    const { oldInvite, newInvite, dialogText } = await rotated();
    expect(dialogText).toContain('a removed member keeps everything they already had');
    expect(newInvite).toMatch(/^bridgework:v1:/);
    expect(newInvite).not.toBe(oldInvite);
    // Same workspace, same data; Ana is not told her own workspace moved.
    await seesPartner(ana, 'Before Rotation Library');
    await expect.poll(() => movedBanner(ana).count()).toBe(0);
  });

  test('Bea, left in the old room, is told it moved and whom to ask, and can keep working', async () => {
    await rotated();
    await movedBanner(bea).waitFor({ timeout: SYNC_TIMEOUT });
    expect(await movedBanner(bea).textContent()).toContain('Ask Ana Alvarez for a new invite');
    await beaEditedInOldRoom();
    await seesPartner(bea, 'Only In The Old Room');
  });

  test('the old invite is refused on Ana’s device rather than joining the abandoned room', async () => {
    const { oldInvite } = await rotated();
    await join(ana, oldInvite);
    const joinDialog = ana.getByRole('dialog', { name: 'Join workspace' });
    await expect.poll(() => joinDialog.getByRole('alert').textContent()).toContain('old invite');
    await joinDialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test('Cai joins with the new invite and syncs with Ana, not with Bea', async () => {
    const { newInvite } = await rotated();
    await beaEditedInOldRoom();
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
    await beaEditedInOldRoom();
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
