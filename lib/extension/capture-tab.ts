import { browser, type Browser } from 'wxt/browser';
import type { CaptureResult } from '../capture/types';
import { t, type MessageKey } from '../i18n';
import { notCapturableKey } from './capturable';
import { withTemporarySiteAccess, type PermissionsLike } from './site-access';

export interface CapturedPage {
  result: CaptureResult;
  url: string;
  title: string;
  at: number;
}

/**
 * Why a capture failed, as a catalogue key and its values: a capture started from the context
 * menu runs in the background, whose language may not be the panel's, so the panel words it.
 */
export interface CaptureProblem {
  key: MessageKey;
  values?: Record<string, string>;
}

export type CaptureOutcome =
  { ok: true; page: CapturedPage } | { ok: false; message: string; problem?: CaptureProblem };

function failure(key: MessageKey, values?: Record<string, string>): CaptureOutcome & { ok: false } {
  return { ok: false, message: t(key, values), problem: values ? { key, values } : { key } };
}

/** A failed capture's message in the current language. */
export function captureProblemText(outcome: { message: string; problem?: CaptureProblem }) {
  return outcome.problem ? t(outcome.problem.key, outcome.problem.values) : outcome.message;
}

/** The built extraction script (entrypoints/capture-page.ts), injected on demand. */
const CAPTURE_SCRIPT = '/capture-page.js';

/**
 * The page the user is looking at. In the side panel that is the active tab;
 * when the panel itself is open in a tab, it is the tab used just before it.
 */
export async function findPageTab(): Promise<Browser.tabs.Tab | undefined> {
  const ownOrigin = new URL(browser.runtime.getURL('/')).origin;
  // The panel's own tab, when it is open in one: browsers that show an extension its own pages'
  // addresses only with the "tabs" permission (Chromium 150) give that tab no url to tell it by.
  const own = await Promise.resolve(browser.tabs.getCurrent?.()).catch(() => undefined);
  const pagesIn = async (query: Browser.tabs.QueryInfo) =>
    (await browser.tabs.query(query)).filter(
      (tab) => tab.id !== own?.id && !tab.url?.startsWith(ownOrigin),
    );
  const active = (await pagesIn({ lastFocusedWindow: true })).find((tab) => tab.active);
  if (active) return active;
  const recent = await pagesIn({});
  return recent.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function isPermissionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's words, then Firefox's.
  return /must request permission|Cannot access contents of|Missing host permission/i.test(message);
}

async function inject(tabId: number): Promise<CaptureResult | undefined> {
  const [frame] = await browser.scripting.executeScript({
    target: { tabId },
    files: [CAPTURE_SCRIPT],
  });
  return frame?.result as CaptureResult | undefined;
}

/**
 * Runs the extractor in the tab's live DOM, so pages built by JavaScript work.
 * Without a grant for the tab (activeTab comes from the toolbar button, the
 * context menu or the shortcut) it asks for access to that one site, for this capture only.
 */
export async function captureTab(
  tab: Browser.tabs.Tab | undefined,
  permissions?: PermissionsLike,
): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return failure('capture.problem.noPage');
  // Without a grant the browser hides the tab's address; the injection then tells.
  const refusal = tab.url ? notCapturableKey(tab.url) : null;
  if (refusal) return failure(refusal);
  let result: CaptureResult | undefined;
  try {
    result = await inject(tab.id);
  } catch (error) {
    if (!isPermissionError(error)) return describe(error);
    if (!tab.url) return failure('capture.problem.noGrant');
    const origin = `${new URL(tab.url).origin}/*`;
    const tabId = tab.id;
    // Access to this one site for this one capture; removed again when it is done.
    const retried = await withTemporarySiteAccess(
      origin,
      () =>
        inject(tabId).then(
          (value) => ({ ok: true as const, value }),
          (retryError: unknown) => describe(retryError),
        ),
      permissions,
    );
    if (!retried) return failure('capture.problem.noGrant');
    if (!retried.result.ok) return retried.result;
    result = retried.result.value;
  }
  if (!result || typeof result !== 'object') {
    return failure('capture.problem.unreadable');
  }
  const url = tab.url ?? '';
  return { ok: true, page: { result, url, title: tab.title ?? '', at: Date.now() } };
}

function describe(error: unknown): CaptureOutcome & { ok: false } {
  const message = error instanceof Error ? error.message : String(error);
  if (
    /chrome:\/\/|edge:\/\/|about:|chrome-extension:|moz-extension:|devtools:|view-source:/i.test(
      message,
    )
  ) {
    return failure('capture.problem.browserPage');
  }
  if (/gallery|webstore/i.test(message)) {
    return failure('capture.problem.store');
  }
  if (/Frame with ID 0 was removed|No tab with id/i.test(message)) {
    return failure('capture.problem.tabGone');
  }
  if (/error page/i.test(message)) return failure('capture.problem.errorPage');
  return failure('capture.problem.failed', { reason: message });
}
