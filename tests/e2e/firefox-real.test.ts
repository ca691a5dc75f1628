import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { serveFixtures } from './fixture-server';
import { FIREFOX_BUILD, launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  addPartner,
  createSharedWorkspace,
  seesPartner,
  statusIs,
  SYNC_TIMEOUT,
  useSignaling,
} from './two-browsers';

// The Firefox build (`npm run build:firefox`) in a real, headless Firefox (Debian's firefox-esr),
// driven over WebDriver BiDi by puppeteer-core; Playwright's Firefox is a patched build that
// cannot be fetched here. The add-on is installed as an unpacked temporary add-on and its panel
// page opened in a tab, at a moz-extension:// address made fixed by a pref.
//
// Two things Firefox's BiDi does not do for extension pages: it navigates to them only with
// --remote-allow-system-access, and it reports no navigation events for them (puppeteer's goto
// never resolves). So a panel is opened without waiting for the navigation, and "reload" is a
// new tab on the panel page, as reopening the sidebar would be.

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'bridgework@bridgework.org';
const UUID = '5b1e0c2a-7f3d-4e8b-9a61-2c4d6e8f0a1b';
const PANEL_URL = `moz-extension://${UUID}/sidepanel.html`;

/** A puppeteer selector for the element with this ARIA role and accessible name. */
function aria(role: string, name: string): string {
  return `::-p-aria([role="${role}"][name="${name.replaceAll('"', '\\"')}"])`;
}

async function openPanel(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // Never resolves (no navigation events for moz-extension pages, so it times out): the tablist
  // says the panel opened.
  page.goto(PANEL_URL, { timeout: 5000 }).catch(() => undefined);
  await page.locator(aria('tablist', 'Sections')).wait();
  return page;
}

/**
 * Clicks the element once it is on the page. puppeteer's locator click also waits for the element
 * to stay still across animation frames, which headless Firefox 140 ESR never reports for these
 * pages, so it times out; clicking the element handle does what a user's click does.
 */
async function click(page: Page, selector: string) {
  const element = await page.waitForSelector(selector, { timeout: 30_000 });
  await element!.click();
}

/** Types `value` into the field (as its input event, which is what the panel's forms read). */
async function fill(page: Page, selector: string, value: string) {
  const element = await page.waitForSelector(selector, { timeout: 30_000 });
  await element!.evaluate((field, text) => {
    (field as HTMLInputElement).value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function tab(panel: Page, name: string) {
  await click(panel, aria('tab', name));
}

/** Whether the partners list has a row titled `name`. */
function showsPartner(panel: Page, name: string): Promise<boolean> {
  return panel.evaluate(
    (wanted) =>
      [...document.querySelectorAll('.partner-row .row-title')].some(
        (title) => title.textContent?.trim() === wanted,
      ),
    name,
  );
}

async function seesPartnerIn(panel: Page, name: string, timeout = SYNC_TIMEOUT) {
  await tab(panel, 'Partners');
  await expect.poll(() => showsPartner(panel, name), { timeout, interval: 200 }).toBe(true);
}

async function addPartnerIn(panel: Page, name: string) {
  await tab(panel, 'Partners');
  await click(panel, aria('button', 'Add partner'));
  await fill(panel, aria('textbox', 'Name'), name);
  await click(panel, aria('button', 'Save partner'));
  await panel.locator(aria('heading', name)).wait();
  await click(panel, aria('button', '← All partners'));
}

function statusOf(panel: Page): Promise<string | undefined> {
  return panel.evaluate(() =>
    document.querySelector('header [role="status"]')?.textContent?.trim(),
  );
}

async function seesText(panel: Page, text: string) {
  await expect
    .poll(() => panel.evaluate((wanted) => document.body.innerText.includes(wanted), text), {
      timeout: 5000,
    })
    .toBe(true);
}

async function statusIn(panel: Page, text: string) {
  await expect.poll(() => statusOf(panel), { timeout: SYNC_TIMEOUT, interval: 200 }).toBe(text);
}

describe('the Firefox build in a real Firefox', () => {
  let firefox: Browser;
  let profileDir: string;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) {
      throw new Error(
        `Firefox is not installed at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH).`,
      );
    }
    if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npm run build:firefox" first.`);
    }
    profileDir = mkdtempSync(join(tmpdir(), 'bridgework-firefox-profile-'));
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // The add-on's moz-extension:// host is random per profile unless named here.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Host candidates as addresses, not mDNS names, so WebRTC meets on this machine.
        'media.peerconnection.ice.obfuscate_host_addresses': false,
        // Grants an add-on's request for a site without Firefox's prompt (see the capture test).
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    expect(await firefox.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  test('a partner added in the panel is still there when the panel opens again', async () => {
    const panel = await openPanel(firefox);
    await addPartnerIn(panel, 'Maple Grove Library');
    await panel.close();
    // A new page reads the workspace back from Firefox's IndexedDB and storage.local.
    const again = await openPanel(firefox);
    await seesPartnerIn(again, 'Maple Grove Library', 5000);
    await again.close();
  });

  describe('capture from a page in another tab', () => {
    let fixtures: Awaited<ReturnType<typeof serveFixtures>>;
    let site: Page;

    beforeAll(async () => {
      fixtures = await serveFixtures();
      site = await firefox.newPage();
      await site.goto(fixtures.url('partner-contact.html'));
    });

    afterAll(async () => {
      await site?.close();
      await fixtures?.close();
    });

    test('the Capture button reads the page once the site is granted, and says how to grant it before', async () => {
      const panel = await openPanel(firefox);
      // Not granted: Firefox lets an add-on ask for a site only straight from a click, and the
      // button asks only after finding that the tab cannot be read, so the panel says what to do.
      await click(panel, aria('button', 'Capture this page'));
      await seesText(
        panel,
        'Bridgework may not read this tab yet. Click the Bridgework toolbar button',
      );

      // The person grants the site (a click that asks Firefox for it; the pref above stands in
      // for their Allow in Firefox's prompt, which headless Firefox cannot show).
      await panel.evaluate(() => {
        const grant = document.createElement('button');
        grant.id = 'test-grant';
        grant.onclick = () => {
          const { permissions } = (
            window as unknown as {
              browser: { permissions: { request: (p: { origins: string[] }) => Promise<boolean> } };
            }
          ).browser;
          grant.dataset.granted = 'asked';
          void permissions
            .request({ origins: ['http://127.0.0.1/*'] })
            .then((granted) => (grant.dataset.granted = String(granted)));
        };
        grant.textContent = 'grant';
        document.body.prepend(grant);
      });
      await click(panel, '#test-grant');
      await panel.locator('#test-grant[data-granted="true"]').wait();
      await panel.evaluate(() => document.getElementById('test-grant')?.remove());

      await click(panel, aria('button', 'Capture this page'));
      const review = aria('form', 'Review captured details');
      const valueOf = async (label: string) => {
        const field = await panel.locator(`${review} ${aria('textbox', label)}`).waitHandle();
        return field.evaluate((input) => (input as HTMLInputElement).value);
      };
      expect(await valueOf('Name')).toBe('Maple Grove Literacy Alliance');
      expect(await valueOf('Email')).toBe('hello@maplegrove-literacy.org');
      expect(await valueOf('City or town')).toBe('Maple Grove');
      await click(panel, `${review} ${aria('button', 'Save partner')}`);
      await panel.locator(aria('heading', 'Maple Grove Literacy Alliance')).wait();
      await click(panel, aria('button', '← All partners'));
      await seesPartnerIn(panel, 'Maple Grove Literacy Alliance', 5000);
      await panel.close();
    });
  });

  describe('with a Chrome user in one shared workspace', () => {
    let signaling: SignalingServer;
    let chrome: ExtensionBrowser;

    beforeAll(async () => {
      signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
      chrome = await launchExtension();
    }, 60_000);

    afterAll(async () => {
      await chrome?.close();
      if (chrome) removeProfileDir(chrome.profileDir);
      await signaling?.close();
    });

    test("Firefox's background page syncs partners both ways with Chrome", async () => {
      const chromePanel = await chrome.openPanel();
      await useSignaling(chromePanel, signaling.url);
      const invite = await createSharedWorkspace(chromePanel, 'Riverside Firefox');
      await addPartner(chromePanel, 'Added in Chrome');

      const panel = await openPanel(firefox);
      await tab(panel, 'Settings');
      await fill(panel, aria('textbox', 'Signaling servers'), signaling.url);
      await click(panel, aria('button', 'Save sync settings'));
      await seesText(panel, 'Sync settings applied.');
      await click(panel, aria('button', 'Join workspace'));
      const dialog = aria('dialog', 'Join workspace');
      await fill(panel, `${dialog} ${aria('textbox', 'Invite code')}`, invite);
      await click(panel, `${dialog} ${aria('button', 'Join')}`);

      await statusIn(panel, 'Connected · 1 peer');
      await statusIs(chromePanel, 'Connected · 1 peer');
      await seesPartnerIn(panel, 'Added in Chrome');
      await addPartnerIn(panel, 'Added in Firefox');
      await seesPartner(chromePanel, 'Added in Firefox');

      // The panel opens no peer connections of its own (lib/sync/panel-link.ts): the background
      // page is in the room, and stays there with no panel open.
      await panel.close();
      await addPartner(chromePanel, 'Added while Firefox had no panel');
      const reopened = await openPanel(firefox);
      await seesPartnerIn(reopened, 'Added while Firefox had no panel');
      await reopened.close();
    });
  });
});
