// Chromium with the e2e build of the extension, for benchmarks and the e2e tests' harness
// (scripts may not import from tests/, so the launcher lives here).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const E2E_BUILD = resolve(process.env.BRIDGEWORK_OUT_DIR ?? '.output', 'chrome-mv3-e2e');

export interface BenchBrowser {
  profileDir: string;
  openPanel: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

/** The newest modification time of the given files and of every file under the given folders. */
function newestSourceMs(folders: readonly string[]): number {
  let newest = 0;
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) newest = Math.max(newest, stat.mtimeMs);
    else for (const entry of readdirSync(path)) walk(join(path, entry));
  };
  for (const folder of folders) walk(folder);
  return newest;
}

/**
 * Builds the e2e bundle when it is missing or older than a source file (or the locked or patched
 * dependencies): a benchmark run on an earlier build measures code that is no longer there.
 */
export function ensureE2eBuild() {
  const manifest = join(E2E_BUILD, 'manifest.json');
  const sources = [
    'lib',
    'components',
    'entrypoints',
    'public',
    'patches',
    'wxt.config.ts',
    'package-lock.json',
  ];
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newestSourceMs(sources)) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
}

/**
 * Chromium with an unpacked extension on the given profile. The new headless mode is the one that
 * loads extensions; the background-networking flags keep it off a closed network.
 */
export async function launchChromiumWithExtension(
  profileDir: string,
  extensionDir: string = E2E_BUILD,
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 400, height: 720 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
  return { context, extensionId: new URL(worker.url()).host };
}

export async function launchBenchBrowser(): Promise<BenchBrowser> {
  ensureE2eBuild();
  const profileDir = mkdtempSync(join(tmpdir(), 'bridgework-bench-'));
  const { context, extensionId: id } = await launchChromiumWithExtension(profileDir);
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
