// Chromium with the e2e build of the extension on a fresh profile, for benchmarks (the same
// flags as tests/e2e/harness.ts; scripts may not import from tests/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

export const E2E_BUILD = resolve(process.env.BRIDGEWORK_OUT_DIR ?? '.output', 'chrome-mv3-e2e');

export interface BenchBrowser {
  profileDir: string;
  openPanel: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

/** Builds the e2e bundle when it is missing. */
export function ensureE2eBuild() {
  if (existsSync(join(E2E_BUILD, 'manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
}

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  ensureE2eBuild();
  const profileDir = mkdtempSync(join(tmpdir(), 'bridgework-bench-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  const id = new URL(worker.url()).host;
  return {
    profileDir,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
    openPanel: async (viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`chrome-extension://${id}/sidepanel.html`);
      await page.getByRole('tablist', { name: 'Sections' }).waitFor();
      return page;
    },
  };
}
