import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startRelayServer } from '../../lib/sync/relay-server';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  addPartner,
  createSharedWorkspace,
  currentWorkspace,
  seesPartner,
  setName,
  statusIs,
  SYNC_TIMEOUT,
  tab,
  useSignaling,
} from './two-browsers';
import { serveWebApp } from './web-server';

// Bridgework on the web: the built web app (npm run build:web) served as static files, in a plain
// Chromium context, joins an extension user's workspace from an invite link and syncs with it
// over WebRTC through a signaling server started here; then it opens again with the network off.
// A second workspace syncs through a relay alone (the web app cannot reach any signaling server).

async function useRelay(page: Page, url: string) {
  await tab(page, 'Settings');
  await page.getByLabel('Relay servers').fill(url);
  await page.getByRole('button', { name: 'Save relay servers' }).click();
  await page
    .getByRole('list', { name: 'Relay connections' })
    .getByText(`${url}: connected`)
    .waitFor({ timeout: SYNC_TIMEOUT });
}

describe('the web app', () => {
  let signaling: SignalingServer;
  let site: Awaited<ReturnType<typeof serveWebApp>>;
  let extension: ExtensionBrowser;
  let browser: Browser;
  let context: BrowserContext;
  let panel: Page;
  let web: Page;

  beforeAll(async () => {
    [signaling, site] = await Promise.all([
      startSignalingServer({ host: '127.0.0.1', port: 0 }),
      serveWebApp(),
    ]);
    [extension, browser] = await Promise.all([
      launchExtension(),
      chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        // The new headless mode, as for the extension (it has service workers and WebRTC).
        headless: false,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          // Host candidates on 127.0.0.1, as for the extension (scripts/lib/chromium.ts).
          '--disable-features=WebRtcHideLocalIpsWithMdns',
        ],
      }),
    ]);
    context = await browser.newContext({ viewport: { width: 400, height: 720 } });
    [panel, web] = await Promise.all([extension.openPanel(), context.newPage()]);
    await web.goto(site.url);
    await web.getByRole('tablist', { name: 'Sections' }).waitFor();
    await Promise.all([useSignaling(panel, signaling.url), useSignaling(web, signaling.url)]);
    await Promise.all([setName(panel, 'Ana Alvarez'), setName(web, 'Wen Wu')]);
  });

  afterAll(async () => {
    await Promise.allSettled([extension?.close(), browser?.close()]);
    await Promise.allSettled([signaling?.close(), site?.close()]);
    if (extension) removeProfileDir(extension.profileDir);
  });

  test('joins from an invite link and syncs with the extension both ways; opens offline with its data', async () => {
    const invite = await createSharedWorkspace(panel, 'Harbour Schools');

    // The extension user says where the web app is served; the invite then comes as a link too.
    await tab(panel, 'Settings');
    await panel.getByLabel('Web app address').fill(site.url);
    await panel.getByRole('button', { name: 'Save web app address' }).click();
    await panel.getByText('Web app address saved.').waitFor();
    await panel.getByRole('button', { name: 'Copy invite' }).click();
    const link = await panel.getByLabel('Invite link').inputValue();
    expect(link).toBe(`${site.url}#join=${encodeURIComponent(invite)}`);

    // The link carries the code in its fragment; the app offers it in Join, to confirm.
    await web.goto(link);
    const dialog = web.getByRole('dialog', { name: 'Join workspace' });
    await expect.poll(() => dialog.getByLabel('Invite code').inputValue()).toBe(invite);
    expect(new URL(web.url()).hash).toBe('');
    await dialog.getByRole('button', { name: 'Join' }).click();
    await expect
      .poll(() => currentWorkspace(web), { timeout: SYNC_TIMEOUT })
      .toBe('Harbour Schools');
    await Promise.all([statusIs(panel, 'Connected · 1 peer'), statusIs(web, 'Connected · 1 peer')]);

    await addPartner(panel, 'Harbour Library');
    await seesPartner(web, 'Harbour Library');
    await addPartner(web, 'Dockside Youth Club');
    await seesPartner(panel, 'Dockside Youth Club');

    // Capture is the extension's: the web app says so instead of failing.
    await tab(web, 'Partners');
    await web.getByRole('button', { name: 'Capture this page' }).click();
    await web
      .getByRole('alert')
      .filter({ hasText: 'Capture needs the Bridgework extension' })
      .waitFor();

    if (process.env.BRIDGEWORK_WEB_SHOTS) {
      mkdirSync(process.env.BRIDGEWORK_WEB_SHOTS, { recursive: true });
      for (const width of [360, 1280]) {
        await web.setViewportSize({ width, height: 800 });
        await web.screenshot({ path: `${process.env.BRIDGEWORK_WEB_SHOTS}/web-${width}.png` });
      }
      await web.setViewportSize({ width: 400, height: 720 });
    }

    // A second tab: one tab's frame holds the sync, this one reaches it over BroadcastChannel.
    const second = await context.newPage();
    await second.goto(site.url);
    await statusIs(second, 'Connected · 1 peer');
    await addPartner(second, 'Second Tab Theatre');
    await seesPartner(panel, 'Second Tab Theatre');
    await second.close();

    // Installable: Chrome finds nothing missing (manifest, icons, service worker, secure origin)
    // but a profile of its own: a test's browser context is an incognito one.
    await web.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: SYNC_TIMEOUT,
    });
    const cdp = await context.newCDPSession(web);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
    await cdp.detach();

    // Offline after the first visit: the service worker serves the app, IndexedDB the data.
    await context.setOffline(true);
    await web.reload();
    await web.getByRole('tablist', { name: 'Sections' }).waitFor();
    expect(await currentWorkspace(web)).toBe('Harbour Schools');
    await seesPartner(web, 'Harbour Library');
    await seesPartner(web, 'Dockside Youth Club');
    await context.setOffline(false);
  });
  test('syncs with the extension through a relay alone', async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), 'bridgework-web-relay-'));
    const relay = await startRelayServer({ port: 0, dataDir, storeDebounceMs: 100 });
    try {
      const invite = await createSharedWorkspace(panel, 'Riverside Relay');
      await useRelay(panel, relay.url);
      await addPartner(panel, 'Monday Library');

      // No signaling server the web app can reach: only the relay can bring it the workspace.
      await useSignaling(web, 'ws://127.0.0.1:9');
      await web.goto(`${site.url}#join=${encodeURIComponent(invite)}`);
      await web
        .getByRole('dialog', { name: 'Join workspace' })
        .getByRole('button', { name: 'Join' })
        .click();
      await expect
        .poll(() => currentWorkspace(web), { timeout: SYNC_TIMEOUT })
        .toBe('Riverside Relay');
      await useRelay(web, relay.url);
      await seesPartner(web, 'Monday Library');
      await addPartner(web, 'Wednesday Museum');
      await seesPartner(panel, 'Wednesday Museum');
    } finally {
      await useSignaling(web, signaling.url);
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
