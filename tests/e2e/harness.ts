import { mkdtempSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/lib/chromium';

export const E2E_BUILD = resolve(process.env.BRIDGEWORK_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
/** `npm run build:firefox`, built once by `npm run test:e2e` for the Firefox tests. */
export const FIREFOX_BUILD = resolve(process.env.BRIDGEWORK_OUT_DIR ?? '.output', 'firefox-mv2');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  openPanel: () => Promise<Page>;
  close: () => Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'bridgework-profile-'));
}

export function removeProfileDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/** Starts Chromium with the e2e build loaded, on the given (or a new) profile. */
export async function launchExtension(profileDir = newProfileDir()): Promise<ExtensionBrowser> {
  if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
    throw new Error(`No e2e build at ${E2E_BUILD}: run "npm run build:e2e" first.`);
  }
  const { context, extensionId } = await launchChromiumWithExtension(profileDir, E2E_BUILD);
  return {
    context,
    extensionId,
    profileDir,
    openPanel: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await page.getByRole('tablist', { name: 'Sections' }).waitFor();
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Closes the panel's toast if one is showing. A toast sits over the bottom of the panel for
 * several seconds, where it covers buttons such as a form's Save; a person would close it too.
 */
export async function dismissToast(panel: Page) {
  const dismiss = panel.locator('.toast-region').getByRole('button', { name: 'Dismiss' });
  if (await dismiss.count()) await dismiss.click();
}

/**
 * Saves a screenshot for the docs only when BRIDGEWORK_SCREENSHOTS is set, so `npm test` never
 * rewrites tracked files; the docs' screenshots are refreshed with
 * `BRIDGEWORK_SCREENSHOTS=1 npm run test:e2e`.
 */
export async function screenshotTo(
  target: { screenshot: (options: { path: string; fullPage?: boolean }) => Promise<unknown> },
  options: { path: string; fullPage?: boolean },
): Promise<void> {
  if (!process.env.BRIDGEWORK_SCREENSHOTS) return;
  mkdirSync(dirname(options.path), { recursive: true });
  await target.screenshot(options);
}

/** The id of the workspace the panel has open (the app's test handle, `__bridgework`). */
export function activeWorkspaceId(panel: Page): Promise<string> {
  return panel.evaluate(
    () =>
      (window as unknown as { __bridgework: { registry: { value: { activeId: string } } } })
        .__bridgework.registry.value.activeId,
  );
}
