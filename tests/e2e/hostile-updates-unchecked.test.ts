/**
 * Peers' updates reach the panel through y-webrtc, which applies them with plain
 * `Y.applyUpdate`: no check stands in front. Values too deep for Yjs's recursive encoder, and a
 * tiny update deleting a record of shared maps nested 10,000 deep, must still leave the panel
 * saving: a later edit is on disk after a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import '../../lib/model/yjs-depth-guards';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

interface PanelWindow {
  __bridgework: {
    current: { value: { session: { doc: unknown } } | null };
    hooks: {
      applyRemote: (doc: unknown, update: Uint8Array) => void;
      updateSince: (doc: unknown, stateVector: Uint8Array) => Uint8Array;
    };
  };
}

const DEPTH = 10_000;

/** A record of shared maps nested DEPTH deep, and the peer's update that deletes it again. */
function deepMapsThenDelete() {
  const peer = new Y.Doc();
  peer.transact(() => {
    const record = new Y.Map<unknown>();
    peer.getMap('partners').set('deep-maps', record);
    record.set('name', 'Deep maps');
    let level = record;
    for (let i = 0; i < DEPTH; i++) {
      const next = new Y.Map<unknown>();
      level.set('inner', next);
      level = next;
    }
  });
  const create = Y.encodeStateAsUpdate(peer);
  const before = Y.encodeStateVector(peer);
  // The peer runs this project's model (its depth guards), so it can delete what it built.
  peer.transact(() => peer.getMap('partners').delete('deep-maps'));
  return { create, remove: Y.encodeStateAsUpdate(peer, before) };
}

/** JSON content nested 200,000 arrays deep: decodes at any depth, too deep to encode again. */
function deepJsonContentUpdate(): Uint8Array {
  const author = new Y.Doc();
  author.transact((transaction) => {
    const parent = author.getMap('partners');
    const id = Y.createID(author.clientID, Y.getState(author.store, author.clientID));
    const content = new Y.ContentJSON(['PLACEHOLDER']);
    new Y.Item(id, null, null, null, null, parent, 'deep-json', content).integrate(transaction, 0);
  });
  const bytes = Buffer.from(Y.encodeStateAsUpdate(author));
  const marker = Buffer.from('"PLACEHOLDER"');
  const at = bytes.indexOf(marker);
  const json = Buffer.from(`${'['.repeat(200_000)}${']'.repeat(200_000)}`);
  const length: number[] = [];
  for (let n = json.length; ; n = Math.floor(n / 128)) {
    length.push(n > 0x7f ? (n & 0x7f) | 0x80 : n);
    if (n <= 0x7f) break;
  }
  return new Uint8Array(
    Buffer.concat([
      bytes.subarray(0, at - 1),
      Buffer.from(length),
      json,
      bytes.subarray(at + marker.length),
    ]),
  );
}

/** Applies a peer's update exactly as y-webrtc does: plain Y.applyUpdate; reports a throw. */
async function deliverUnchecked(panel: Page, update: Uint8Array): Promise<string | null> {
  return panel.evaluate((bytes) => {
    const bridgework = (window as unknown as PanelWindow).__bridgework;
    try {
      bridgework.hooks.applyRemote(bridgework.current.value!.session.doc, new Uint8Array(bytes));
      return null;
    } catch (error) {
      return String(error);
    }
  }, Array.from(update));
}

async function addPartner(panel: Page, name: string) {
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name }).waitFor();
}

describe('hostile updates applied without a check, as y-webrtc applies them', () => {
  const profileDir = newProfileDir();
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    removeProfileDir(profileDir);
  });

  test('deep JSON content and the deletion of 10,000-deep maps leave the panel saving', async () => {
    browser = await launchExtension(profileDir);
    const panel = await browser.openPanel();
    const pageErrors: string[] = [];
    panel.on('pageerror', (error) => pageErrors.push(error.message));

    expect(await deliverUnchecked(panel, deepJsonContentUpdate())).toBeNull();
    await addPartner(panel, 'Saved after deep JSON');

    const { create, remove } = deepMapsThenDelete();
    expect(await deliverUnchecked(panel, create)).toBeNull();
    expect(await deliverUnchecked(panel, remove)).toBeNull();
    await addPartner(panel, 'Saved after the deep delete');

    // Both edits reached the disk: the doc never stopped writing.
    await panel.reload();
    await panel.getByRole('tablist', { name: 'Sections' }).waitFor();
    const back = panel.getByRole('button', { name: '← All partners' });
    if (await back.count()) await back.click();
    await panel.getByRole('listitem', { name: /^Saved after deep JSON/ }).waitFor();
    await panel.getByRole('listitem', { name: /^Saved after the deep delete/ }).waitFor();
    expect(await panel.getByRole('listitem', { name: /^Deep maps/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
