import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  addPartner,
  createSharedWorkspace,
  currentWorkspace,
  join,
  partnerRow,
  seesPartner,
  setName,
  setPaused,
  statusIs,
  storedOnDevice,
  SYNC_TIMEOUT,
  syncStatus,
  switchWorkspace,
  tab,
  useSignaling,
} from './two-browsers';

// Two Chromium instances, each with its own profile and the e2e build, meet through a
// signaling server on 127.0.0.1 started in this process. The browsers are shared by the tests
// (launching them is the slow part), but no test relies on another: each one that needs A and B
// together shares a workspace of its own, and `beforeEach` puts back what a test may leave
// behind (a closed panel, paused sync, a stopped server). Any test runs alone with `-t`.

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
  let serverUp = false;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let panelA: Page;
  let panelB: Page;

  async function startServer(port = 0) {
    server = await startSignalingServer({ host: '127.0.0.1', port });
    serverUp = true;
  }

  /** A creates a shared workspace called `name`, B joins it; both are connected to each other. */
  async function shareWorkspace(name: string): Promise<string> {
    const invite = await createSharedWorkspace(panelA, name);
    await join(panelB, invite);
    await Promise.all([
      statusIs(panelA, 'Connected · 1 peer'),
      statusIs(panelB, 'Connected · 1 peer'),
    ]);
    await expect.poll(() => currentWorkspace(panelB), { timeout: SYNC_TIMEOUT }).toBe(name);
    return invite;
  }

  beforeAll(async () => {
    await startServer();
    [a, b] = await Promise.all([launchExtension(), launchExtension()]);
    [panelA, panelB] = await Promise.all([a.openPanel(), b.openPanel()]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    await Promise.all([setName(panelA, 'Ana Alvarez'), setName(panelB, 'Bea Brown')]);
  });

  beforeEach(async () => {
    if (!serverUp) await startServer(server.port);
    if (panelA.isClosed()) panelA = await a.openPanel();
    if (panelB.isClosed()) panelB = await b.openPanel();
    await Promise.all([setPaused(panelA, false), setPaused(panelB, false)]);
  });

  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    if (serverUp) await server?.close();
    if (a) removeProfileDir(a.profileDir);
    if (b) removeProfileDir(b.profileDir);
  });

  test('a personal workspace says On this device; Create workspace asks for a name, then gives a random invite', async () => {
    await switchWorkspace(panelA, 'My workspace');
    await statusIs(panelA, 'On this device');
    await tab(panelA, 'Settings');
    await panelA.getByLabel('Workspace name').fill('');
    await panelA.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => panelA.getByText('Give the workspace a name.').count()).toBe(1);
    await panelA.getByLabel('Workspace name').fill('Riverside Partnership');
    await panelA.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => currentWorkspace(panelA)).toBe('Riverside Partnership');
    // Alone in the room: connected to signaling, nobody else yet.
    await statusIs(panelA, 'Connected · 0 peers');

    await tab(panelA, 'Settings');
    await panelA.getByRole('button', { name: 'Copy invite' }).click();
    const invite = await panelA.getByLabel('Invite to share').inputValue();
    expect(invite).toMatch(/^bridgework:v1:[\w-]{22}\.[\w-]{43}\.Riverside%20Partnership$/);
    // The room id is random, not derived from the name.
    expect(invite).not.toContain('Riverside-Partnership');
  });

  test('a malformed invite code is refused with a message saying what is wrong', async () => {
    await join(panelB, 'bridgework:v1:not-a-real-code');
    const dialog = panelB.getByRole('dialog', { name: 'Join workspace' });
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('damaged');
    await dialog.getByLabel('Invite code').fill('https://example.org/hello');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('not a Bridgework invite code');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  test('a peer with the right room but a wrong secret never connects, while one with the right secret does', async () => {
    const invite = await createSharedWorkspace(panelA, 'Wrong secret room');
    await addPartner(panelA, 'Riverside Public Library');
    const [, , room] = /^(bridgework:v1:)([\w-]+)\./.exec(invite)!;

    // A third browser joins the same room with a wrong secret; it reaches the signaling server.
    const impostor = await launchExtension();
    try {
      const panelW = await impostor.openPanel();
      await useSignaling(panelW, server.url);
      await join(panelW, `bridgework:v1:${room}.${'A'.repeat(43)}.Impostor`);
      await statusIs(panelW, 'Connected · 0 peers');

      // B joins the same room later, with the right secret, and finds A and the data. The
      // impostor announced itself first, so it had at least as long to connect as B needed.
      await join(panelB, invite);
      await statusIs(panelB, 'Connected · 1 peer');
      await seesPartner(panelB, 'Riverside Public Library');

      // A has exactly one peer (B), B has one (A), and the impostor has none and no data.
      expect((await syncStatus(panelA).textContent())?.trim()).toBe('Connected · 1 peer');
      expect((await syncStatus(panelB).textContent())?.trim()).toBe('Connected · 1 peer');
      expect((await syncStatus(panelW).textContent())?.trim()).toBe('Connected · 0 peers');
      await tab(panelW, 'Partners');
      expect(await partnerRow(panelW, 'Riverside Public Library').count()).toBe(0);
    } finally {
      await impostor.close();
      removeProfileDir(impostor.profileDir);
    }
  });

  test('B joins with the invite: the workspace, its name and its partners arrive', async () => {
    const invite = await createSharedWorkspace(panelA, 'Riverside Joined');
    await addPartner(panelA, 'Joined Library');
    await join(panelB, invite);
    await statusIs(panelB, 'Connected · 1 peer');
    await statusIs(panelA, 'Connected · 1 peer');
    await seesPartner(panelB, 'Joined Library');
    // The name travels with the doc too.
    await expect.poll(() => currentWorkspace(panelB)).toBe('Riverside Joined');
  });

  test('each sees the other by name in the header’s Online now list', async () => {
    await shareWorkspace('Presence room');
    const online = (panel: Page) => panel.getByRole('list', { name: 'Online now' });
    await online(panelA)
      .getByRole('listitem', { name: /^Bea Brown/ })
      .waitFor({ timeout: SYNC_TIMEOUT });
    await online(panelB)
      .getByRole('listitem', { name: /^Ana Alvarez/ })
      .waitFor({ timeout: SYNC_TIMEOUT });
    await online(panelB).getByRole('listitem', { name: 'Bea Brown (you)' }).waitFor();
  });

  test('edits flow both ways within seconds: partners, goals and a field edit', async () => {
    await shareWorkspace('Both ways');
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

  test('an edit made while sync is paused stays on the device and crosses when sync resumes', async () => {
    await shareWorkspace('Paused room');
    await setPaused(panelB, true);
    // Both sides see the link is gone, so there is no channel an edit could cross.
    await statusIs(panelB, 'Offline');
    await statusIs(panelA, 'Connected · 0 peers');
    await addPartner(panelB, 'Added by B while paused');
    await tab(panelA, 'Partners');
    expect(await partnerRow(panelA, 'Added by B while paused').count()).toBe(0);

    await setPaused(panelB, false);
    await statusIs(panelA, 'Connected · 1 peer', 20_000);
    await seesPartner(panelA, 'Added by B while paused');
  });

  test('both offline: different fields of one record and new records all survive the merge', async () => {
    await shareWorkspace('Offline merge');
    await addPartner(panelA, 'Riverside Public Library');
    await seesPartner(panelB, 'Riverside Public Library');
    await Promise.all([setPaused(panelA, true), setPaused(panelB, true)]);
    await Promise.all([statusIs(panelA, 'Offline'), statusIs(panelB, 'Offline')]);

    await editPartner(panelA, 'Riverside Public Library', { Website: 'riverside.example.org' });
    await editPartner(panelB, 'Riverside Public Library', {
      Description: 'Hosts the Saturday reading club.',
    });
    await addPartner(panelA, 'Added by A offline');
    await addPartner(panelB, 'Added by B offline');

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
    await shareWorkspace('Background room');
    await panelB.close();
    await addPartner(panelA, 'Added while B was closed');
    // B's offscreen document stored the edit while B's panel was closed (the check itself does
    // not find what was never written).
    expect(await storedOnDevice(b, 'Never added anywhere')).toBe(false);
    await expect
      .poll(() => storedOnDevice(b, 'Added while B was closed'), { timeout: SYNC_TIMEOUT })
      .toBe(true);
    // A stops syncing, so what B's panel shows can only come from B's own device.
    await setPaused(panelA, true);
    await statusIs(panelA, 'Offline');

    panelB = await b.openPanel();
    await seesPartner(panelB, 'Added while B was closed', 5000);
  });

  test('reconnects by itself when the signaling server comes back', async () => {
    await shareWorkspace('Reconnect room');
    const port = server.port;
    await setPaused(panelA, true);
    await statusIs(panelA, 'Offline');
    await server.close();
    serverUp = false;
    await setPaused(panelA, false);
    // No way to find B without signaling: A is not connected to anyone.
    await expect
      .poll(async () => (await syncStatus(panelA).textContent())?.trim(), { timeout: 10_000 })
      .toMatch(/^(Connecting|Offline)$/);
    await startServer(port);
    await statusIs(panelA, 'Connected · 1 peer', 20_000);
    await addPartner(panelA, 'After the server came back');
    await seesPartner(panelB, 'After the server came back');
  });
});
