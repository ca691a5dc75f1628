import { browser } from 'wxt/browser';

/** Firefox's sidebar API (`sidebar_action`), which the Chrome typings do not describe. */
interface SidebarAction {
  open: () => Promise<void>;
}

interface ToolbarButton {
  onClicked: { addListener: (listener: () => void) => void };
}

/** Firefox's sidebar where the browser has no side panel (the Firefox build asks for none). */
function sidebarAction(): SidebarAction | undefined {
  if ((browser as { sidePanel?: unknown }).sidePanel) return undefined;
  return (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
}

/**
 * Opens the panel in a window: Chrome's side panel, or Firefox's sidebar. Both browsers allow it
 * only while a click or key press is being handled, so call it before any `await`. Rejects where
 * the panel cannot open (the caller may open the panel page in a tab instead).
 */
export function openPanel(windowId: number): Promise<void> {
  const sidebar = sidebarAction();
  // Firefox opens the sidebar in the window the gesture came from.
  if (sidebar) return sidebar.open();
  return browser.sidePanel.open({ windowId });
}

/** The toolbar button opens the panel rather than a popup. */
export function openPanelFromToolbarButton() {
  const sidebar = sidebarAction();
  if (!sidebar) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  // Firefox MV2 calls the button `browserAction`; a click there is a gesture sidebars accept.
  // Open, not toggle: the click also lets the sidebar read the tab (activeTab), which is what
  // the capture messages advise it for, so it must not close the sidebar it is meant to serve.
  const button = (browser as unknown as { browserAction?: ToolbarButton }).browserAction;
  (button ?? (browser.action as unknown as ToolbarButton)).onClicked.addListener(
    () => void sidebar.open(),
  );
}
