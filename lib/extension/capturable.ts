export const REFUSALS = {
  browserPage:
    'This is one of the browser’s own pages; extensions may not read it. Open an organisation’s website and try again.',
  store: 'The browser’s extension store does not allow extensions to read its pages.',
  pdf: 'This is a PDF. Capture works on web pages; open the organisation’s website instead.',
} as const;

/**
 * Why a page cannot be captured, or null when scripts can run in it. Browsers
 * refuse extension scripts in their own pages, their web stores and their
 * PDF viewer; saying so beats a cryptic failure.
 */
export function whyNotCapturable(url: string | undefined): string | null {
  if (!url) return 'There is no page to capture in this tab.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This tab’s address is not a web page.';
  }
  const { protocol, hostname, pathname } = parsed;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') {
    return REFUSALS.browserPage;
  }
  if (
    hostname === 'chromewebstore.google.com' ||
    (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) ||
    hostname === 'microsoftedge.microsoft.com'
  ) {
    return REFUSALS.store;
  }
  if (/\.pdf$/i.test(pathname)) {
    return REFUSALS.pdf;
  }
  return null;
}
