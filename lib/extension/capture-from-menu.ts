import { browser, type Browser } from 'wxt/browser';
import { captureTab } from './capture-tab';
import { pendingCaptureItem } from './pending-capture';
import { openPanel } from './side-panel';

export const CAPTURE_MENU_ID = 'bridgework-capture-page';
export const CAPTURE_COMMAND = 'capture-page';

export function registerCaptureMenu() {
  // The promise form: Firefox's `browser` namespace is promise-first (Chrome MV3 has both).
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      // The background has no panel language: the browser's, from public/_locales.
      title: browser.i18n.getMessage('captureMenu'),
      contexts: ['page', 'link', 'selection', 'image'],
    });
  });
}

/**
 * Opens the panel first (the browser allows that only while the click or key
 * press is fresh), then reads the page with the activeTab grant that the same
 * gesture gave, and hands the result to the panel.
 */
export function captureFromGesture(tab: Browser.tabs.Tab | undefined) {
  if (tab?.windowId !== undefined) {
    void openPanel(tab.windowId).catch(() => undefined);
  }
  void captureTab(tab).then((outcome) => pendingCaptureItem.setValue(outcome));
}
