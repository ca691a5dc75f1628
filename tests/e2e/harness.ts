import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const E2E_BUILD = resolve(process.env.BRIDGEWORK_OUT_DIR ?? '.output', 'chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 400, height: 720 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${E2E_BUILD}`,
      `--load-extension=${E2E_BUILD}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
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
