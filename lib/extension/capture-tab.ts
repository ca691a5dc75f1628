import { browser, type Browser } from 'wxt/browser';
import type { CaptureResult } from '../capture/types';
import { REFUSALS, whyNotCapturable } from './capturable';
import { withTemporarySiteAccess, type PermissionsLike } from './site-access';

export interface CapturedPage {
  result: CaptureResult;
  url: string;
  title: string;
  at: number;
}

export type CaptureOutcome = { ok: true; page: CapturedPage } | { ok: false; message: string };

/** The built extraction script (entrypoints/capture-page.ts), injected on demand. */
const CAPTURE_SCRIPT = '/capture-page.js';

/**
 * The page the user is looking at. In the side panel that is the active tab;
 * when the panel itself is open in a tab, it is the tab used just before it.
 */
export async function findPageTab(): Promise<Browser.tabs.Tab | undefined> {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  const pagesIn = async (query: Browser.tabs.QueryInfo) =>
    (await browser.tabs.query(query)).filter((tab) => !tab.url?.startsWith(ownOrigin));
  const active = (await pagesIn({ lastFocusedWindow: true })).find((tab) => tab.active);
  if (active) return active;
  const recent = await pagesIn({});
  return recent.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function isPermissionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /must request permission|Cannot access contents of/i.test(message);
}

async function inject(tabId: number): Promise<CaptureResult | undefined> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: [CAPTURE_SCRIPT],
  });
  return frame?.result as CaptureResult | undefined;
}

const NO_GRANT =
  'Bridgework may not read this tab yet. Click the Bridgework toolbar button while the page is showing, or right-click the page and choose “Capture this page with Bridgework”.';

/**
 * Runs the extractor in the tab's live DOM, so pages built by JavaScript work.
 * Without a grant for the tab (activeTab comes from the toolbar button, the
 * context menu or the shortcut) it asks for access to that one site, for this capture only.
 */
export async function captureTab(
  tab: Browser.tabs.Tab | undefined,
  permissions?: PermissionsLike,
): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return { ok: false, message: 'There is no page to capture.' };
  // Without a grant the browser hides the tab's address; the injection then tells.
  const refusal = tab.url ? whyNotCapturable(tab.url) : null;
  if (refusal) return { ok: false, message: refusal };
  let result: CaptureResult | undefined;
  try {
    result = await inject(tab.id);
  } catch (error) {
    if (!isPermissionError(error)) return { ok: false, message: describe(error) };
    if (!tab.url) return { ok: false, message: NO_GRANT };
    const origin = `${new URL(tab.url).origin}/*`;
    const tabId = tab.id;
    // Access to this one site for this one capture; removed again when it is done.
    const retried = await withTemporarySiteAccess(
      origin,
      () =>
        inject(tabId).then(
          (value) => ({ ok: true as const, value }),
          (retryError: unknown) => ({ ok: false as const, message: describe(retryError) }),
        ),
      permissions,
    );
    if (!retried) return { ok: false, message: NO_GRANT };
    if (!retried.result.ok) return { ok: false, message: retried.result.message };
    result = retried.result.value;
  }
  if (!result || typeof result !== 'object') {
    return { ok: false, message: 'The page could not be read. Reload it and try again.' };
  }
  const url = tab.url ?? '';
  return { ok: true, page: { result, url, title: tab.title ?? '', at: Date.now() } };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/chrome:\/\/|edge:\/\/|about:|chrome-extension:|devtools:|view-source:/i.test(message)) {
    return REFUSALS.browserPage;
  }
  if (/gallery|webstore/i.test(message)) {
    return REFUSALS.store;
  }
  if (/Frame with ID 0 was removed|No tab with id/i.test(message)) {
    return 'The tab closed or navigated away before it could be read.';
  }
  if (/error page/i.test(message))
    return 'This tab shows an error page; there is nothing to capture.';
  return `The page could not be read: ${message}`;
}
