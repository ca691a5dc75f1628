import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of a throwaway key: only the e2e build carries it, so tests get a
 * stable extension id. Production builds get their id from the store.
 */
const E2E_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxgAst0K1u4qoHwG9sQb2Psg1fu7E4VlGcgl0wGjTHeESAywlAXFEcp6Xku0EpzBuDsuAWVcgHKQZNhGFMvvHw4M993WxoqsKONehOifJiVRX8R+N8qoze/V2zUbggxSlWA653FFb8IikonR4uiACbJwNIL92sefLkZSmmWZWaRklGM2Q7jpKmaapvXmR5Bbq34Nd/Z279LAWea7V5rekblpEAyg5Gbu6SyHQzMjJZ+1ti6N0JXBHR7FEBle2k4eFaItA/v+hLjRxb/8BtryS+2p7W+ClIqE9YC8bLki+UYhYou0HCLdsvfAcaXmui6fAdVv9/wruNeT/eIhbunFGowIDAQAB';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Parallel test runs can build into separate folders.
  outDir: process.env.BRIDGEWORK_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  // Explicit imports keep the layer rules checkable by the architecture test.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // BRIDGEWORK_SOURCEMAP=1 lets scripts/bench/panel-size.ts attribute bytes to source files.
    build: { target: 'chrome120', sourcemap: process.env.BRIDGEWORK_SOURCEMAP === '1' },
  }),
  manifest: ({ mode }) => ({
    // Name, description and titles come from public/_locales/<lang>/messages.json, so the
    // browser shows them in its own language; English when it has none of ours.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    minimum_chrome_version: '116',
    permissions: [
      'sidePanel',
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'offscreen',
      'alarms',
      'notifications',
    ],
    // Asked for one site at a time, from a click, when activeTab does not cover a capture.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_captureCommand__',
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(mode === 'e2e' ? { key: E2E_MANIFEST_KEY, host_permissions: ['http://127.0.0.1/*'] } : {}),
  }),
});
