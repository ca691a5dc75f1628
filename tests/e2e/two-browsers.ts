import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness';

// Helpers for tests that drive two (or more) Chromium instances through the panel's UI
// (sync.test.ts, goals-live.test.ts, rotate-invite.test.ts, bulk-deletion.test.ts).

export const SYNC_TIMEOUT = 15_000;

export function syncStatus(panel: Page) {
  return panel.locator('header [role="status"]');
}

export async function statusIs(panel: Page, text: string, timeout = SYNC_TIMEOUT) {
  await expect
    .poll(async () => (await syncStatus(panel).textContent())?.trim(), { timeout, interval: 200 })
    .toBe(text);
}

export async function tab(panel: Page, name: string) {
  await panel.getByRole('tab', { name }).click();
}

export async function useSignaling(panel: Page, url: string) {
  await tab(panel, 'Settings');
  await panel.getByLabel('Signaling servers').fill(url);
  await panel.getByRole('button', { name: 'Save sync settings' }).click();
  await panel.getByText('Sync settings applied.').waitFor();
}

export async function setName(panel: Page, name: string) {
  await tab(panel, 'Settings');
  await panel.getByLabel('Your name').fill(name);
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await panel.getByText('Saved on this device.').waitFor();
}

export async function setPaused(panel: Page, paused: boolean) {
  await tab(panel, 'Settings');
  const box = panel.getByRole('checkbox', { name: 'Pause sync' });
  if ((await box.isChecked()) !== paused) await box.click();
  await expect.poll(() => box.isChecked()).toBe(paused);
}

export async function join(panel: Page, code: string) {
  await tab(panel, 'Settings');
  await panel.getByRole('button', { name: 'Join workspace' }).click();
  const dialog = panel.getByRole('dialog', { name: 'Join workspace' });
  await dialog.getByLabel('Invite code').fill(code);
  await dialog.getByRole('button', { name: 'Join' }).click();
}

/**
 * The name of the workspace open in `panel` (the header's picker, or its name alone when there is
 * only one), or '' while the panel is switching. Reads without waiting, for use in a poll.
 */
export function currentWorkspace(panel: Page): Promise<string> {
  return panel.evaluate(() => {
    const picker = document.querySelector<HTMLSelectElement>('header select.workspace-picker');
    const text = picker
      ? picker.selectedOptions[0]?.textContent
      : document.querySelector('header .workspace-name')?.textContent;
    return (text ?? '').trim();
  });
}

/** Opens the workspace called `name` in `panel`, if it is not open already. */
export async function switchWorkspace(panel: Page, name: string) {
  if ((await currentWorkspace(panel)) === name) return;
  await panel.getByRole('combobox', { name: 'Current workspace' }).selectOption({ label: name });
  await expect.poll(() => currentWorkspace(panel)).toBe(name);
}

/**
 * Creates a shared workspace in `panel` and returns its invite code. Waits until the new
 * workspace is the open one, so it also works when another shared workspace was open.
 */
export async function createSharedWorkspace(panel: Page, name: string): Promise<string> {
  await tab(panel, 'Settings');
  await panel.getByLabel('Workspace name').fill(name);
  await panel.getByRole('button', { name: 'Create workspace' }).click();
  await expect.poll(() => currentWorkspace(panel), { timeout: SYNC_TIMEOUT }).toBe(name);
  await statusIs(panel, 'Connected · 0 peers');
  await tab(panel, 'Settings');
  await panel.getByRole('button', { name: 'Copy invite' }).click();
  return panel.getByLabel('Invite to share').inputValue();
}

export async function addPartner(panel: Page, name: string) {
  await tab(panel, 'Partners');
  const back = panel.getByRole('button', { name: '← All partners' });
  if (await back.count()) await back.click();
  await panel.getByRole('button', { name: 'Add partner' }).click();
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByRole('button', { name: 'Save partner' }).click();
  await panel.getByRole('heading', { name }).waitFor();
  await panel.getByRole('button', { name: '← All partners' }).click();
}

export function partnerRow(panel: Page, name: string) {
  return panel.getByRole('listitem', { name: new RegExp(`^${name}`) });
}

export async function seesPartner(panel: Page, name: string, timeout = SYNC_TIMEOUT) {
  await tab(panel, 'Partners');
  await partnerRow(panel, name).waitFor({ timeout });
}

/**
 * Whether `text` is in a workspace database on this device, read from the extension's service
 * worker (same origin as the offscreen document that writes it), so it can be checked while the
 * panel is closed. Yjs stores strings as UTF-8, so a partner's name shows up in the stored rows.
 */
export async function storedOnDevice(browser: ExtensionBrowser, text: string): Promise<boolean> {
  const worker =
    browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (needle) => {
    const bytes = new TextEncoder().encode(needle);
    const contains = (row: Uint8Array) => {
      outer: for (let i = 0; i + bytes.length <= row.length; i++) {
        for (let j = 0; j < bytes.length; j++) if (row[i + j] !== bytes[j]) continue outer;
        return true;
      }
      return false;
    };
    const names = (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('bridgework-workspace-'));
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains('updates')) continue;
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction('updates').objectStore('updates').getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (rows.some((row) => row instanceof Uint8Array && contains(row))) return true;
      } finally {
        db.close();
      }
    }
    return false;
  }, text);
}
