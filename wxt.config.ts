import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of a throwaway key: only the e2e build carries it, so tests get a
 * stable extension id. Production builds get their id from the store.
 */
const E2E_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxgAst0K1u4qoHwG9sQb2Psg1fu7E4VlGcgl0wGjTHeESAywlAXFEcp6Xku0EpzBuDsuAWVcgHKQZNhGFMvvHw4M993WxoqsKONehOifJiVRX8R+N8qoze/V2zUbggxSlWA653FFb8IikonR4uiACbJwNIL92sefLkZSmmWZWaRklGM2Q7jpKmaapvXmR5Bbq34Nd/Z279LAWea7V5rekblpEAyg5Gbu6SyHQzMjJZ+1ti6N0JXBHR7FEBle2k4eFaItA/v+hLjRxb/8BtryS+2p7W+ClIqE9YC8bLki+UYhYou0HCLdsvfAcaXmui6fAdVv9/wruNeT/eIhbunFGowIDAQAB';

/** Oldest Firefox the build supports: ESR 140 (data_collection_permissions needs 140). */
const FIREFOX_MIN_VERSION = 140;

/**
 * Firefox's add-on id (fixed once published: updates and storage hang on it), the oldest version
 * it installs on, and what it sends its developers: nothing (docs/decisions.md, Platform).
 */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'bridgework@bridgework.org',
    strict_min_version: `${FIREFOX_MIN_VERSION}.0`,
    data_collection_permissions: { required: ['none'] },
  },
};

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Parallel test runs can build into separate folders.
  outDir: process.env.BRIDGEWORK_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  // Explicit imports keep the layer rules checkable by the architecture test.
  imports: false,
  vite: ({ browser }) => ({
    plugins: [preact()],
    // BRIDGEWORK_SOURCEMAP=1 lets scripts/bench/panel-size.ts attribute bytes to source files.
    build: {
      target: browser === 'firefox' ? `firefox${FIREFOX_MIN_VERSION}` : 'chrome120',
      sourcemap: process.env.BRIDGEWORK_SOURCEMAP === '1',
    },
  }),
  manifest: ({ mode, browser, manifestVersion }) => {
    const firefox = browser === 'firefox';
    // Asked for one site at a time, from a click, when activeTab does not cover a capture.
    const optionalHosts = ['https://*/*', 'http://*/*'];
    return {
      // Name, description and titles come from public/_locales/<lang>/messages.json, so the
      // browser shows them in its own language; English when it has none of ours.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      ...(firefox
        ? { browser_specific_settings: FIREFOX_SETTINGS }
        : { minimum_chrome_version: '116' }),
      permissions: [
        'storage',
        'unlimitedStorage',
        'activeTab',
        'scripting',
        'contextMenus',
        'alarms',
        'notifications',
        // Firefox shows the panel as a sidebar (sidebar_action, no permission) and syncs in its
        // background page: it knows neither permission, and web-ext lint says so.
        ...(firefox ? [] : ['sidePanel', 'offscreen']),
      ],
      // MV2 has no optional_host_permissions (WXT drops the key): there origins are optional
      // permissions. Either way nothing is granted at install.
      ...(manifestVersion === 2
        ? { optional_permissions: optionalHosts }
        : { optional_host_permissions: optionalHosts }),
      commands: {
        'capture-page': {
          suggested_key: { default: 'Alt+Shift+B' },
          description: '__MSG_captureCommand__',
        },
      },
      action: { default_title: '__MSG_actionTitle__' },
      icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
      ...(mode === 'e2e'
        ? {
            ...(firefox ? {} : { key: E2E_MANIFEST_KEY }),
            host_permissions: ['http://127.0.0.1/*'],
          }
        : {}),
    };
  },
});
