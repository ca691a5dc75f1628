import { createWebRuntime } from './web-runtime';
import { createMemoryStorageArea, createWebStorageArea } from './web-storage';

// The type the extension's code names (`type Browser` from wxt/browser): types only, erased.
export type { Browser } from 'wxt/browser';

/**
 * The web app's `browser`: vite.web.config.ts maps `wxt/browser` (and `@wxt-dev/browser`, which
 * WXT's storage reads) to this module, so lib/ and components/ run unchanged in a web page.
 * It has only what a page can honestly do: `storage.local` (IndexedDB, with change events across
 * the app's tabs), `storage.session` (in memory) and `runtime` messaging between the app's page and its sync frame. Extension-only
 * APIs (tabs, scripting, action, notifications…) are absent, so code that needs them says so
 * (`canCapturePages`) or fails where it is already ready to.
 */
export const browser = {
  runtime: createWebRuntime(),
  storage: { local: createWebStorageArea(), session: createMemoryStorageArea() },
};
