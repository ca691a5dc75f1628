import { t, type MessageKey } from '../i18n';

/** Why browsers refuse extension scripts in a page, in the interface language when read. */
export const REFUSALS = {
  get browserPage() {
    return t('capture.problem.browserPage');
  },
  get store() {
    return t('capture.problem.store');
  },
  get pdf() {
    return t('capture.problem.pdf');
  },
};

/**
 * Why a page cannot be captured, as a catalogue key, or null when scripts can run in it.
 * Browsers refuse extension scripts in their own pages, their web stores and their PDF viewer;
 * saying so beats a cryptic failure.
 */
export function notCapturableKey(url: string | undefined): MessageKey | null {
  if (!url) return 'capture.problem.noPageInTab';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'capture.problem.notWebPage';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    return 'capture.problem.browserPage';
  }
  if (
    hostname === 'chromewebstore.google.com' ||
    (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) ||
    hostname === 'microsoftedge.microsoft.com' ||
    hostname === 'addons.mozilla.org'
  ) {
    return 'capture.problem.store';
  }
  if (/\.pdf$/i.test(pathname)) {
    return 'capture.problem.pdf';
  }
  return null;
}

/** The same, in words. */
export function whyNotCapturable(url: string | undefined): string | null {
  const key = notCapturableKey(url);
  return key ? t(key) : null;
}
