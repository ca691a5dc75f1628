/**
 * A stand-in for Firefox's `browser` in an ordinary web page, so the Firefox build's background
 * script runs in Chromium, where its own messages and storage can be watched (a real Firefox
 * gives the tests no handle on its background page). It has the shape of Firefox's MV2 APIs
 * where the build depends on them: `browserAction` and `sidebarAction` but no `action`,
 * `sidePanel` or `offscreen`, and `runtime.sendMessage` never reaches the sender's own listeners
 * (nobody else listens here, so it fails the way Firefox does with no other context open).
 * Everything sent is kept in `window.__sent` and `storage.local` in `window.__local`.
 *
 * It runs inside the page (`page.addInitScript(firefoxStub, seed)`): no imports, no closures.
 */
export function firefoxStub(seed: Record<string, unknown>) {
  type Listener = (...args: unknown[]) => unknown;
  const event = () => {
    const listeners: Listener[] = [];
    return {
      listeners,
      addListener: (listener: Listener) => void listeners.push(listener),
      removeListener: (listener: Listener) => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      },
      hasListener: (listener: Listener) => listeners.includes(listener),
    };
  };
  const area = (name: string, initial: Record<string, unknown>) => {
    const data: Record<string, unknown> = structuredClone(initial);
    const onChanged = event();
    return {
      data,
      onChanged,
      get: async (keys?: string | string[] | null) => {
        const list = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
        return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
      },
      set: async (items: Record<string, unknown>) => {
        const changes: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: data[key], newValue: value };
          data[key] = structuredClone(value);
        }
        for (const listener of onChanged.listeners) listener(changes, name);
      },
      remove: async (keys: string | string[]) => {
        for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
      },
      clear: async () => {
        for (const key of Object.keys(data)) delete data[key];
      },
    };
  };
  const sent: unknown[] = [];
  const local = area('local', seed);
  const nothing = async () => undefined;
  Object.assign(window, {
    __sent: sent,
    __local: local.data,
    browser: {
      runtime: {
        id: 'bridgework@bridgework.org',
        getURL: (path: string) => new URL(path, location.origin).href,
        sendMessage: async (message: unknown) => {
          sent.push(message);
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
        onMessage: event(),
        onInstalled: event(),
        onStartup: event(),
      },
      storage: {
        local,
        session: area('session', {}),
        sync: area('sync', {}),
        managed: area('managed', {}),
      },
      i18n: { getMessage: () => 'Capture this page with Bridgework', getUILanguage: () => 'en' },
      contextMenus: { removeAll: nothing, create: () => 1, onClicked: event() },
      commands: { onCommand: event() },
      alarms: { get: nothing, create: nothing, onAlarm: event() },
      notifications: { create: nothing, clear: nothing, onClicked: event() },
      browserAction: {
        onClicked: event(),
        setBadgeText: nothing,
        setTitle: nothing,
        setBadgeBackgroundColor: nothing,
      },
      sidebarAction: { open: nothing },
      windows: { getLastFocused: nothing },
      tabs: { create: nothing, query: async () => [] },
      permissions: { contains: nothing, request: nothing, remove: nothing },
    },
  });
}
