import { clear, createStore, delMany, entries, getMany, setMany, type UseStore } from 'idb-keyval';

/** One key's change, as `chrome.storage.onChanged` reports it. */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChanges = Record<string, StorageChange>;
type ChangeListener = (changes: StorageChanges, areaName: string) => void;

/** What `get` takes in `chrome.storage`: one key, several, defaults by key, or everything. */
type Keys = string | string[] | Record<string, unknown> | null | undefined;

/**
 * The part of `chrome.storage.local` that WXT's storage (lib/storage/*) uses, for the web app:
 * values in one IndexedDB object store, and change events in every tab of the app (the tab that
 * wrote included, as in an extension) through a BroadcastChannel.
 */
export interface WebStorageArea {
  get: (keys?: Keys) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (keys: string | string[]) => Promise<void>;
  clear: () => Promise<void>;
  onChanged: {
    addListener: (listener: ChangeListener) => void;
    removeListener: (listener: ChangeListener) => void;
    hasListener: (listener: ChangeListener) => boolean;
  };
}

export interface WebStorageOptions {
  /** IndexedDB database (and BroadcastChannel) name. */
  name?: string;
  areaName?: string;
}

/** chrome.storage keeps JSON: a stored Date reads back as a string, `undefined` fields vanish. */
function asJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

export function createWebStorageArea(options: WebStorageOptions = {}): WebStorageArea {
  // Not 'bridgework-…': "Delete everything on this device" deletes those databases, and clears this
  // one through storage.clear() (deleting it would wait on this open connection).
  const name = options.name ?? 'bridgework.storage';
  const areaName = options.areaName ?? 'local';
  const store: UseStore = createStore(name, areaName);
  const listeners = new Set<ChangeListener>();
  const channel = new BroadcastChannel(`${name}:${areaName}`);
  const emit = (changes: StorageChanges) => {
    if (Object.keys(changes).length === 0) return;
    for (const listener of [...listeners]) listener(changes, areaName);
  };
  channel.onmessage = (event: MessageEvent<StorageChanges>) => emit(event.data);
  // Writes of this tab run one after another, so each change's oldValue is what it replaced.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const publish = (changes: StorageChanges) => {
    if (Object.keys(changes).length === 0) return;
    channel.postMessage(changes);
    emit(changes);
  };
  const writeChanges = async (next: Record<string, unknown>) => {
    const keys = Object.keys(next);
    const old = await getMany<unknown>(keys, store);
    const changes: StorageChanges = {};
    keys.forEach((key, i) => {
      const change: StorageChange = {};
      if (old[i] !== undefined) change.oldValue = old[i];
      if (next[key] !== undefined) change.newValue = next[key];
      changes[key] = change;
    });
    return changes;
  };

  return {
    async get(keys) {
      if (keys === null || keys === undefined) return Object.fromEntries(await entries(store));
      const wanted =
        typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      const values = await getMany<unknown>(wanted, store);
      const result: Record<string, unknown> = {};
      wanted.forEach((key, i) => {
        const value = values[i] ?? defaults[key];
        if (value !== undefined) result[key] = value;
      });
      return result;
    },
    set: (items) =>
      serial(async () => {
        const json = Object.fromEntries(
          Object.entries(items)
            .map(([key, value]) => [key, asJson(value)] as const)
            .filter(([, value]) => value !== undefined),
        );
        const changes = await writeChanges(json);
        await setMany(Object.entries(json), store);
        publish(changes);
      }),
    remove: (keys) =>
      serial(async () => {
        const list = typeof keys === 'string' ? [keys] : keys;
        const changes = await writeChanges(Object.fromEntries(list.map((key) => [key, undefined])));
        await delMany(list, store);
        for (const key of Object.keys(changes))
          if (!('oldValue' in changes[key]!)) delete changes[key];
        publish(changes);
      }),
    clear: () =>
      serial(async () => {
        const all = await entries<string, unknown>(store);
        await clear(store);
        publish(Object.fromEntries(all.map(([key, oldValue]) => [key, { oldValue }])));
      }),
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
      hasListener: (listener) => listeners.has(listener),
    },
  };
}

/**
 * `chrome.storage.session` for the web app: kept in memory for the life of the page. The panel
 * keeps only extension hand-overs there (a capture from the context menu, a reminder's click),
 * which never happen in the web app, so nothing needs to outlive the tab.
 */
export function createMemoryStorageArea(areaName = 'session'): WebStorageArea {
  const values = new Map<string, unknown>();
  const listeners = new Set<ChangeListener>();
  const change = (next: Record<string, unknown>) => {
    const changes: StorageChanges = {};
    for (const [key, value] of Object.entries(next)) {
      const entry: StorageChange = {};
      if (values.has(key)) entry.oldValue = values.get(key);
      if (value === undefined) values.delete(key);
      else values.set(key, (entry.newValue = asJson(value)));
      if ('oldValue' in entry || 'newValue' in entry) changes[key] = entry;
    }
    if (Object.keys(changes).length === 0) return;
    for (const listener of [...listeners]) listener(changes, areaName);
  };
  return {
    get: async (keys) => {
      if (keys === null || keys === undefined) return Object.fromEntries(values);
      const wanted =
        typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const defaults = typeof keys === 'object' && !Array.isArray(keys) ? keys : {};
      return Object.fromEntries(
        wanted.flatMap((key) => {
          const value = values.has(key) ? values.get(key) : defaults[key];
          return value === undefined ? [] : [[key, value]];
        }),
      );
    },
    set: async (items) => change(items),
    remove: async (keys) =>
      change(
        Object.fromEntries((typeof keys === 'string' ? [keys] : keys).map((k) => [k, undefined])),
      ),
    clear: async () => change(Object.fromEntries([...values.keys()].map((k) => [k, undefined]))),
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
      hasListener: (listener) => listeners.has(listener),
    },
  };
}
