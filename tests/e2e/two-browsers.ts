import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers for tests that drive two Chromium instances through the panel's UI
// (used by sync.test.ts and goals-live.test.ts).

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

/** Creates a shared workspace in `panel` and returns its invite code. */
export async function createSharedWorkspace(panel: Page, name: string): Promise<string> {
  await tab(panel, 'Settings');
  await panel.getByLabel('Workspace name').fill(name);
  await panel.getByRole('button', { name: 'Create workspace' }).click();
  await panel.getByRole('combobox', { name: 'Current workspace' }).waitFor();
  await statusIs(panel, 'Connected · 0 peers');
  await panel.getByRole('button', { name: 'Copy invite' }).click();
  return panel.getByLabel('Invite to share').inputValue();
}
