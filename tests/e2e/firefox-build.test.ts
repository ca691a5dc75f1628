import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseInvite } from '../../lib/sync/invite';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { firefoxStub } from './firefox-stub';
import { FIREFOX_BUILD, launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import { addPartner, createSharedWorkspace, SYNC_TIMEOUT, useSignaling } from './two-browsers';

// The add-on is checked by its manifest, by Mozilla's linter (web-ext lint, the checks
// addons.mozilla.org runs on upload), and by running its background script in a Chromium page
// that has Firefox's API shape (./firefox-stub.ts) against the Chrome build. It also runs in a
// real Firefox (firefox-real.test.ts), but there only through its panel page: the stand-in here
// keeps the background script's own messages and storage in reach, and puppeteer has no handle
// on Firefox's background page.

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

/** The manifest keys these tests read. */
interface FirefoxManifest {
  manifest_version: number;
  sidebar_action?: { default_panel: string; default_icon?: Record<string, string> };
  side_panel?: unknown;
  browser_action?: unknown;
  commands: Record<string, { suggested_key?: unknown }>;
  default_locale: string;
  icons: Record<string, string>;
  background: unknown;
  permissions: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: unknown;
  key?: string;
  minimum_chrome_version?: string;
  browser_specific_settings: { gecko: unknown };
}

// Built by `npm run test:e2e` (npm run build:firefox), shared with firefox-real.test.ts.
const build = FIREFOX_BUILD;
beforeAll(() => {
  if (!existsSync(join(build, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${build}: run "npm run build:firefox" first.`);
  }
});

describe('Firefox build', () => {
  let manifest: FirefoxManifest;
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as FirefoxManifest;
  });

  test('shows the panel as a sidebar, opened from the toolbar button and the shortcut', () => {
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      default_icon: { '16': 'icon/16.png', '32': 'icon/32.png' },
    });
    expect(existsSync(join(build, 'sidepanel.html'))).toBe(true);
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.browser_action).toEqual({ default_title: '__MSG_actionTitle__' });
    expect(manifest.commands['capture-page']?.suggested_key).toEqual({ default: 'Alt+Shift+B' });
    expect(manifest.default_locale).toBe('en');
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '48', '128']));
  });

  test('syncs in a persistent background page, with no offscreen document', () => {
    expect(manifest.background).toEqual({ persistent: true, scripts: ['background.js'] });
    expect(existsSync(join(build, 'offscreen.html'))).toBe(false);
  });

  test('asks for no site at install: sites are optional, granted one capture at a time', () => {
    const permissions = manifest.permissions;
    expect(permissions).toEqual(
      expect.arrayContaining(['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms']),
    );
    // Chrome-only permissions Firefox does not know.
    expect(permissions).not.toContain('sidePanel');
    expect(permissions).not.toContain('offscreen');
    expect(permissions).not.toContain('tabs');
    // MV2 lists host access among permissions: none may be there.
    expect(permissions.filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.key).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  test('names its add-on id, oldest Firefox and data collection (none)', () => {
    expect(manifest.browser_specific_settings.gecko).toEqual({
      id: 'bridgework@bridgework.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  test('web-ext lint finds no errors', () => {
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const report = JSON.parse(lint.stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // Permissions Firefox does not know would come back as warnings: none may.
    expect(report.warnings.filter((w) => w.code === 'MANIFEST_PERMISSIONS')).toEqual([]);
    expect(lint.status).toBe(0);
  }, 120_000);
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Serves the Firefox build, and a page that loads its background script as Firefox would. */
async function serveBuild(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/background.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><script src="/background.js"></script>');
      return;
    }
    readFile(join(build, path)).then(
      (body) => {
        const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Whether any IndexedDB value in the page holds `text` (Yjs updates keep strings as UTF-8). */
function storedInPage(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (wanted) => {
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        if (
          values.some(
            (v) => v instanceof Uint8Array && new TextDecoder().decode(v).includes(wanted),
          )
        )
          return (db.close(), true);
      }
      db.close();
    }
    return false;
  }, text);
}

describe("Firefox's background page, run in Chromium with Firefox's API shape", () => {
  let files: { server: Server; origin: string };
  let signaling: SignalingServer;
  let chrome: ExtensionBrowser;
  let browser: Browser;

  beforeAll(async () => {
    files = await serveBuild();
    signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    chrome = await launchExtension();
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-features=WebRtcHideLocalIpsWithMdns'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await chrome?.close();
    if (chrome) removeProfileDir(chrome.profileDir);
    await signaling?.close();
    files?.server.close();
  });

  test("holds the sync hub itself: meets a Chrome user's workspace and stores their edit", async () => {
    const panel = await chrome.openPanel();
    await useSignaling(panel, signaling.url);
    const invite = parseInvite(await createSharedWorkspace(panel, 'Riverside'));
    if (!invite.ok) throw new Error(invite.error);
    const id = 'firefoxws01';
    // storage.local as the sidebar leaves it after joining (WXT keys without `local:`).
    const seed = {
      workspaces: {
        activeId: id,
        workspaces: [{ id, name: 'Riverside', kind: 'shared', createdAt: 1, ...invite.invite }],
      },
      'sync-settings': { signalingServers: [signaling.url], iceServers: [], paused: false },
    };
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(firefoxStub, seed);
    await page.goto(`${files.origin}/background.html`);

    // The sidebar asks the hub for statuses (target 'offscreen'): the background page answers.
    const askStatus = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const runtime = (
              window as unknown as {
                browser: {
                  runtime: { onMessage: { listeners: ((...a: unknown[]) => unknown)[] } };
                };
              }
            ).browser.runtime;
            for (const listener of runtime.onMessage.listeners)
              listener({ target: 'offscreen', type: 'sync:get-status' }, {}, resolve);
          }),
      );
    await expect
      .poll(askStatus, { timeout: SYNC_TIMEOUT })
      .toEqual([expect.objectContaining({ workspaceId: id, state: 'connected', peers: 1 })]);
    // Statuses go out to the sidebar by message, and into the background's own record by a call.
    const sentStatus = await page.evaluate(() =>
      (window as unknown as { __sent: { type?: string }[] }).__sent.some(
        (m) => m.type === 'sync:status',
      ),
    );
    expect(sentStatus).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() =>
          Object.keys(
            ((window as unknown as { __local: Record<string, object | undefined> }).__local[
              'sync-activity'
            ] ?? {}) as object,
          ),
        ),
      )
      .toEqual([id]);

    await addPartner(panel, 'Maple Grove Library');
    await expect
      .poll(() => storedInPage(page, 'Maple Grove Library'), { timeout: SYNC_TIMEOUT })
      .toBe(true);
    expect(errors).toEqual([]);
  });

  test('its sidebar page opens the workspace with the same API shape', async () => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(firefoxStub, {});
    await page.goto(`${files.origin}/sidepanel.html`);
    await page.getByRole('tablist', { name: 'Sections' }).waitFor();
    await page.getByRole('button', { name: 'Add partner' }).waitFor();
    expect(errors).toEqual([]);
  });
});
