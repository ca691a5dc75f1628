import { beforeEach, describe, expect, test, vi } from 'vitest';

// The one place that knows Chrome's side panel from Firefox's sidebar.
const browser: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({ browser }));

const { openPanel, openPanelFromToolbarButton } = await import('../../../lib/extension/side-panel');

function chrome() {
  const sidePanel = { open: vi.fn(async () => {}), setPanelBehavior: vi.fn(async () => {}) };
  Object.assign(browser, { sidePanel, action: { onClicked: { addListener: vi.fn() } } });
  return sidePanel;
}

function firefox() {
  let click = () => {};
  const sidebarAction = { open: vi.fn(async () => {}) };
  Object.assign(browser, {
    sidebarAction,
    browserAction: { onClicked: { addListener: (listener: () => void) => (click = listener) } },
  });
  return { sidebarAction, click: () => click() };
}

describe('opening the panel', () => {
  beforeEach(() => {
    for (const key of Object.keys(browser)) delete browser[key];
  });

  test('Chrome: the side panel of the window, and the toolbar button opens it', async () => {
    const sidePanel = chrome();
    await openPanel(7);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    openPanelFromToolbarButton();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  test('Firefox: the sidebar, opened by the toolbar button too', async () => {
    const { sidebarAction, click } = firefox();
    await openPanel(7);
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
    openPanelFromToolbarButton();
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
    click();
    expect(sidebarAction.open).toHaveBeenCalledTimes(2);
  });
});
