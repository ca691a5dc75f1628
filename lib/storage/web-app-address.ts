import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Where Bridgework on the web is served (`npm run build:web`), so that an invite can come with a
 * link partners without the extension open (`<address>#join=<code>`). Personal, like the
 * signaling servers: each member says where their district hosts it.
 */
export const webAppAddressItem = storage.defineItem<string>('local:web-app-address', {
  fallback: '',
});

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address as it goes into links: https (http only on this machine: browsers run the app's
 * service worker and sync encryption on secure pages only), no query, fragment or credentials.
 * Null when the text is no such address.
 */
export function normaliseWebAppAddress(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * The address invite links use: the one set in Settings, or else the web app's own when this is
 * the web app (its `runtime.getURL` is a web address; the extension's is `chrome-extension:`).
 */
export async function loadWebAppAddress(): Promise<string> {
  return (
    normaliseWebAppAddress((await webAppAddressItem.getValue()) ?? '') ??
    normaliseWebAppAddress(browser.runtime.getURL('/')) ??
    ''
  );
}
