import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { launchExtension, newProfileDir, removeProfileDir, type ExtensionBrowser } from './harness';

/** What the e2e build exposes on `window.__bridgework` that this test uses. */
interface PanelWindow {
  __bridgework: {
    current: { value: { session: { doc: unknown } } | null };
    hooks: {
      applyRemoteChecked: (doc: unknown, update: Uint8Array) => { ok: boolean; problem?: string };
    };
  };
}

const DEPTH = 10_000;

/**
 * A partner record holding shared maps nested 10,000 levels deep, as a peer's update. Each level
 * is its own Yjs item, so the update decodes without recursion and the record lands in the doc:
 * reading it is what must not take the panel down.
 */
function deepRecordUpdate(): Uint8Array {
  const peer = new Y.Doc();
  const record = new Y.Map<unknown>();
  peer.getMap('partners').set('deep-record', record);
  record.set('name', 'Deep record');
  let level = record;
  peer.transact(() => {
    for (let i = 0; i < DEPTH; i++) {
      const next = new Y.Map<unknown>();
      level.set('inner', next);
      level = next;
    }
  });
  return Y.encodeStateAsUpdate(peer);
}

/**
 * A value nested 10,000 arrays deep inside one item (JSON content). Yjs's encoder cannot write
 * it on a default stack, so the bytes are assembled by hand: a marker string's encoding
 * (119, length, bytes) is replaced by 10,000 one-item arrays (117, 1) around "x".
 */
function deepJsonUpdate(): Uint8Array {
  const marker = 'DEEP_JSON_MARKER';
  const peer = new Y.Doc();
  const record = new Y.Map<unknown>();
  peer.getMap('partners').set('deep-json', record);
  record.set('name', 'Deep JSON');
  record.set('extra', marker);
  const update = Buffer.from(Y.encodeStateAsUpdate(peer));
  const encoded = Buffer.from([119, marker.length, ...Buffer.from(marker)]);
  const at = update.indexOf(encoded);
  if (at < 0) throw new Error('marker not found in the update');
  const deep = Buffer.alloc(DEPTH * 2 + 3);
  for (let i = 0; i < DEPTH; i++) deep.set([117, 1], i * 2);
  deep.set([119, 1, 120], DEPTH * 2);
  return new Uint8Array(
    Buffer.concat([update.subarray(0, at), deep, update.subarray(at + encoded.length)]),
  );
}

/** A readable partner whose website is `javascript:alert(1)`. */
function javascriptWebsiteUpdate(): Uint8Array {
  const peer = new Y.Doc();
  const record = new Y.Map<unknown>();
  peer.getMap('partners').set('hostile-website', record);
  record.set('name', 'Hostile Website Ltd');
  record.set('website', 'javascript:alert(1)');
  record.set('emails', ['javascript:alert(2)']);
  record.set('createdAt', Date.now());
  return Y.encodeStateAsUpdate(peer);
}

/**
 * Delivers a peer's update to the open workspace with a non-local origin, as the panel takes
 * peers' updates (`applyRemoteUpdate`); returns why it was refused, or null.
 */
async function deliver(panel: Page, update: Uint8Array): Promise<string | null> {
  return panel.evaluate((bytes) => {
    const bridgework = (window as unknown as PanelWindow).__bridgework;
    const doc = bridgework.current.value!.session.doc;
    const result = bridgework.hooks.applyRemoteChecked(doc, new Uint8Array(bytes));
    return result.ok ? null : (result.problem ?? 'refused');
  }, Array.from(update));
}

async function scriptHrefs(panel: Page): Promise<string[]> {
  const hrefs = await panel
    .locator('[href], [src], [action], [formaction]')
    .evaluateAll((elements) =>
      elements.flatMap((element) =>
        ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? ''),
      ),
    );
  return hrefs.filter((value) => /^\s*(javascript|data|vbscript):/i.test(value));
}

async function needsAttentionItems(panel: Page) {
  const region = panel.getByRole('region', { name: 'Needs attention' });
  await region.waitFor();
  const show = region.getByRole('button', { name: 'Show' });
  if (await show.count()) await show.click();
  return region.getByRole('listitem');
}

/** "Needs attention" entries: each says what was wrong; returns the partner names they list. */
async function listedNames(list: Locator) {
  const texts = await list.allTextContents();
  for (const text of texts) expect(text).toMatch(/nested more than 16 levels/);
  return texts.map((text) => /^Partner “([^”]*)”/.exec(text)?.[1]);
}

// Each test starts a browser on a fresh profile, so any test runs alone with `-t`.
describe('a hostile peer', () => {
  const browsers: ExtensionBrowser[] = [];
  afterEach(async () => {
    for (const browser of browsers.splice(0)) {
      await browser.close();
      removeProfileDir(browser.profileDir);
    }
  });

  /** A fresh panel, with every dialog it opens and every uncaught error it throws recorded. */
  async function watchedPanel() {
    const browser = await launchExtension(newProfileDir());
    browsers.push(browser);
    const panel = await browser.openPanel();
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    panel.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    panel.on('pageerror', (error) =>
      pageErrors.push(`${error.message} ${error.stack ?? ''}`.slice(0, 1500)),
    );
    return { panel, dialogs, pageErrors };
  }

  test('JSON nested deeper than 64 levels is refused whole, with the reason', async () => {
    const { panel, pageErrors } = await watchedPanel();
    // JSON nested this deep would overflow Yjs's recursive decoder or, worse, the encoder it runs
    // for persistence and sync after the transaction (which leaves the doc's transaction queue
    // stuck): the update is refused whole.
    expect(await deliver(panel, deepJsonUpdate())).toMatch(
      /nested more than 64 levels|cannot be decoded/,
    );
    expect(pageErrors).toEqual([]);
  });

  test('a 10,000-deep record is listed under Needs attention with what was wrong, also after a reload', async () => {
    const { panel, pageErrors } = await watchedPanel();
    expect(await deliver(panel, deepRecordUpdate())).toBeNull();
    const items = await needsAttentionItems(panel);
    await expect.poll(() => listedNames(items)).toContain('deep-record');
    expect(await listedNames(items)).toEqual(['deep-record']);

    await panel.reload();
    await panel.getByRole('tablist', { name: 'Sections' }).waitFor();
    const again = await needsAttentionItems(panel);
    await expect.poll(() => listedNames(again)).toEqual(['deep-record']);
    expect(pageErrors).toEqual([]);
  });

  test('a javascript: website never becomes a link, and nothing runs', async () => {
    const { panel, dialogs, pageErrors } = await watchedPanel();
    expect(await deliver(panel, javascriptWebsiteUpdate())).toBeNull();
    const row = panel.getByRole('listitem', { name: /^Hostile Website Ltd/ });
    await row.waitFor();
    await row.getByRole('button').first().click();
    await panel.getByRole('heading', { name: 'Hostile Website Ltd' }).waitFor();
    expect(await scriptHrefs(panel)).toEqual([]);
    // Still inert after a reload.
    await panel.reload();
    await panel.getByRole('listitem', { name: /^Hostile Website Ltd/ }).waitFor();
    expect(await scriptHrefs(panel)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('after all three, every tab opens and a partner can be added', async () => {
    const { panel, dialogs, pageErrors } = await watchedPanel();
    expect(await deliver(panel, deepRecordUpdate())).toBeNull();
    expect(await deliver(panel, javascriptWebsiteUpdate())).toBeNull();
    expect(await deliver(panel, deepJsonUpdate())).not.toBeNull();
    await panel.getByRole('listitem', { name: /^Hostile Website Ltd/ }).waitFor();

    for (const tab of ['Goals', 'Log', 'Dashboard', 'Settings', 'Partners']) {
      await panel.getByRole('tab', { name: tab }).click();
      await expect
        .poll(() => panel.getByRole('tab', { name: tab }).getAttribute('aria-selected'))
        .toBe('true');
    }
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.getByLabel('Name', { exact: true }).fill('After the attack');
    await panel.getByRole('button', { name: 'Save partner' }).click();
    await panel.getByRole('heading', { name: 'After the attack' }).waitFor();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('a record under Needs attention is deleted after confirming, and Undo brings it back', async () => {
    const { panel } = await watchedPanel();
    expect(await deliver(panel, deepRecordUpdate())).toBeNull();
    const items = await needsAttentionItems(panel);
    await expect.poll(() => listedNames(items)).toEqual(['deep-record']);

    await items.filter({ hasText: 'deep-record' }).getByRole('button', { name: 'Delete' }).click();
    await panel
      .getByRole('dialog', { name: 'Delete this record?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => panel.getByRole('region', { name: 'Needs attention' }).count()).toBe(0);
    await panel.locator('header').getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => listedNames(await needsAttentionItems(panel)))
      .toEqual(['deep-record']);
  });
});
