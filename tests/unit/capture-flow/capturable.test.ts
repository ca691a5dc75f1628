import { describe, expect, test } from 'vitest';
import { REFUSALS, whyNotCapturable } from '../../../lib/extension/capturable';

describe('whyNotCapturable', () => {
  test.each([
    ['https://maplegrove.org/contact', null],
    ['http://127.0.0.1:8080/page.html', null],
    ['chrome://settings', REFUSALS.browserPage],
    ['edge://extensions', REFUSALS.browserPage],
    ['about:blank', REFUSALS.browserPage],
    ['chrome-extension://abc/page.html', REFUSALS.browserPage],
    ['moz-extension://abc/sidepanel.html', REFUSALS.browserPage],
    ['https://chromewebstore.google.com/detail/x', REFUSALS.store],
    ['https://chrome.google.com/webstore/detail/x', REFUSALS.store],
    ['https://microsoftedge.microsoft.com/addons/x', REFUSALS.store],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', REFUSALS.store],
    ['https://example.org/annual-report.PDF', REFUSALS.pdf],
  ])('%s', (url, expected) => {
    expect(whyNotCapturable(url)).toBe(expected);
  });

  test('no address or a malformed one gets a message, not an exception', () => {
    expect(whyNotCapturable(undefined)).toMatch(/no page/);
    expect(whyNotCapturable('not a url')).toMatch(/not a web page/);
  });
});
