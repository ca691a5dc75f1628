import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection, transactLocal } from '../../lib/model/doc';
import { addPartner, deletePartner, listPartners } from '../../lib/model/partner';
import { addPerson, listPeople } from '../../lib/model/person';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  createSharedWorkspace,
  join,
  setName,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';

/** What the e2e build exposes on `window.__bridgework` that this test uses. */
interface PanelWindow {
  __bridgework: {
    current: { value: { session: { doc: Y.Doc } } | null };
    hooks: {
      applyRemote: (doc: Y.Doc, update: Uint8Array) => void;
      updateSince: (doc: Y.Doc, stateVector: Uint8Array) => Uint8Array;
    };
  };
}

const PARTNERS = 25;

/**
 * A peer, simulated in this process: it writes to its own doc and hands over exactly what it
 * wrote since the last hand-over, as the sync provider would.
 */
class Peer {
  readonly doc = new Y.Doc();
  private sent = Y.encodeStateVector(this.doc);

  /** The peer's updates since the last call. */
  take(): Uint8Array {
    const update = Y.encodeStateAsUpdate(this.doc, this.sent);
    this.sent = Y.encodeStateVector(this.doc);
    return update;
  }
}

/** Delivers a peer's update to the panel's open workspace with a non-local origin. */
async function deliver(panel: Page, update: Uint8Array) {
  await panel.evaluate((bytes) => {
    const bridgework = (window as unknown as PanelWindow).__bridgework;
    bridgework.hooks.applyRemote(bridgework.current.value!.session.doc, new Uint8Array(bytes));
  }, Array.from(update));
}

/** Brings the simulated peer up to date with the panel's doc. */
async function catchUp(panel: Page, peer: Peer) {
  await receive(panel, peer);
  peer.take();
}

/** Hands the panel's edits the peer lacks to the peer. */
async function receive(panel: Page, peer: Peer) {
  const update = await panel.evaluate(
    (vector) => {
      const bridgework = (window as unknown as PanelWindow).__bridgework;
      const doc = bridgework.current.value!.session.doc;
      return Array.from(bridgework.hooks.updateSince(doc, new Uint8Array(vector)));
    },
    Array.from(Y.encodeStateVector(peer.doc)),
  );
  Y.applyUpdate(peer.doc, new Uint8Array(update), 'panel');
}

function partnerCount(panel: Page) {
  return panel.locator('.partners .count');
}

/** A workspace with 25 partners, each with one person, written by the peer and seen by the panel. */
async function workspaceWithPartners(panel: Page, peer: Peer): Promise<string[]> {
  const ids = transactLocal(peer.doc, () =>
    Array.from({ length: PARTNERS }, (_, i) => {
      const id = addPartner(peer.doc, { name: `Partner ${String(i).padStart(2, '0')}` });
      addPerson(peer.doc, { name: `Contact ${i}`, partnerId: id });
      return id;
    }),
  );
  await deliver(panel, peer.take());
  await panel.getByRole('tab', { name: 'Partners' }).click();
  await expect.poll(() => partnerCount(panel).textContent()).toBe(`${PARTNERS} partners`);
  return ids;
}

describe('a peer deletes every partner', () => {
  const profiles: string[] = [];
  const browsers: ExtensionBrowser[] = [];
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    for (const dir of profiles) removeProfileDir(dir);
  });

  async function openPanel() {
    const dir = newProfileDir();
    profiles.push(dir);
    const browser = await launchExtension(dir);
    browsers.push(browser);
    return browser.openPanel();
  }

  test('soft deletes: the panel flags the bulk deletion, Recently deleted lists it, one click restores every partner and person', async () => {
    const panel = await openPanel();
    const peer = new Peer();
    const ids = await workspaceWithPartners(panel, peer);

    transactLocal(peer.doc, () => {
      for (const id of ids) deletePartner(peer.doc, id, 'Mallory');
    });
    await deliver(panel, peer.take());

    const alert = panel.getByRole('alert').filter({ hasText: 'were deleted by' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `${PARTNERS} partners and ${PARTNERS} people were deleted by Mallory`,
    );
    await expect.poll(() => partnerCount(panel).textContent()).toBe('0 partners');

    // Settings → Recently deleted lists them with who deleted them; one can be restored alone.
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const recent = panel.getByRole('region', { name: 'Recently deleted' });
    const first = recent.getByRole('listitem', {
      name: /^Partner 00, Partner · deleted by Mallory/,
    });
    await first.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => first.count()).toBe(0);

    await alert.getByRole('button', { name: 'Restore all' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => recent.getByRole('listitem').count()).toBe(0);

    await panel.getByRole('tab', { name: 'Partners' }).click();
    await expect.poll(() => partnerCount(panel).textContent()).toBe(`${PARTNERS} partners`);
    // Each partner has its person back.
    await panel.getByRole('listitem', { name: /^Partner 03/ }).click();
    await panel.getByText('Contact 3', { exact: true }).waitFor();

    // The restore reaches the peer as ordinary edits that merge.
    await receive(panel, peer);
    expect(listPartners(peer.doc).items).toHaveLength(PARTNERS);
    expect(listPeople(peer.doc).items).toHaveLength(PARTNERS);
  });

  test('hard deletes by an old or hostile client: the panel flags them and one click re-creates every partner with its fields', async () => {
    const panel = await openPanel();
    const peer = new Peer();
    await workspaceWithPartners(panel, peer);

    peer.doc.transact(() => {
      for (const name of ['partners', 'people'] as const) {
        const records = collection(peer.doc, name);
        for (const id of [...records.keys()]) records.delete(id);
      }
    }, 'old client');
    await deliver(panel, peer.take());

    const alert = panel.getByRole('alert').filter({ hasText: 'were deleted by' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      `${PARTNERS} partners and ${PARTNERS} people were deleted by a peer`,
    );
    await expect.poll(() => partnerCount(panel).textContent()).toBe('0 partners');

    await alert.getByRole('button', { name: 'Restore all' }).click();
    await expect.poll(() => partnerCount(panel).textContent()).toBe(`${PARTNERS} partners`);
    await panel.getByRole('listitem', { name: /^Partner 07/ }).click();
    await panel.getByText('Contact 7', { exact: true }).waitFor();
  });
});

describe('two browsers: a member deletes every partner of a shared workspace', () => {
  let server: SignalingServer;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  afterAll(async () => {
    await Promise.allSettled([a?.close(), b?.close()]);
    await server?.close();
    if (a) removeProfileDir(a.profileDir);
    if (b) removeProfileDir(b.profileDir);
  });

  test('the other member sees who did it and restores every partner for both in one click', async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    [a, b] = await Promise.all([launchExtension(), launchExtension()]);
    const [panelA, panelB] = await Promise.all([a.openPanel(), b.openPanel()]);
    await Promise.all([useSignaling(panelA, server.url), useSignaling(panelB, server.url)]);
    await Promise.all([setName(panelA, 'Ana Alvarez'), setName(panelB, 'Bea Brown')]);
    const invite = await createSharedWorkspace(panelA, 'Deletions');
    await join(panelB, invite);
    await Promise.all([
      statusIs(panelA, 'Connected · 1 peer'),
      statusIs(panelB, 'Connected · 1 peer'),
    ]);

    // 25 partners reach A (as from a third member) and sync to B.
    const seeder = new Peer();
    await catchUp(panelA, seeder);
    await workspaceWithPartners(panelA, seeder);
    await tab(panelB, 'Partners');
    await expect
      .poll(() => partnerCount(panelB).textContent(), { timeout: SYNC_TIMEOUT })
      .toBe(`${PARTNERS} partners`);

    // B's client deletes them all in one transaction; the update travels to A over WebRTC.
    const deleter = new Peer();
    await catchUp(panelB, deleter);
    transactLocal(deleter.doc, () => {
      for (const partner of listPartners(deleter.doc).items)
        deletePartner(deleter.doc, partner.id, 'Bea Brown');
    });
    await deliver(panelB, deleter.take());
    await expect.poll(() => partnerCount(panelB).textContent()).toBe('0 partners');

    const alert = panelA.getByRole('alert').filter({ hasText: 'were deleted by' });
    await alert.waitFor({ timeout: SYNC_TIMEOUT });
    expect(await alert.textContent()).toContain(
      `${PARTNERS} partners and ${PARTNERS} people were deleted by Bea Brown`,
    );
    await alert.getByRole('button', { name: 'Restore all' }).click();
    await tab(panelA, 'Partners');
    await expect.poll(() => partnerCount(panelA).textContent()).toBe(`${PARTNERS} partners`);
    await expect
      .poll(() => partnerCount(panelB).textContent(), { timeout: SYNC_TIMEOUT })
      .toBe(`${PARTNERS} partners`);
    await panelB
      .getByRole('listitem', { name: /^Partner 05/ })
      .getByRole('button')
      .first()
      .click();
    await panelB.getByText('Contact 5', { exact: true }).waitFor();
  });
});
