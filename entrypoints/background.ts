import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The toolbar button opens the side panel rather than a popup.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});
