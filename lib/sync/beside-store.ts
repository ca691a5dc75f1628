/**
 * Values kept beside a workspace's doc in its IndexedDB database (`custom` store, `beside:<key>`
 * keys, which never collide with the `set-aside:` rows of local-persistence.ts). A module of its
 * own, with no Yjs, so that the panel's first chunk can read the first view's picture
 * (lib/model/first-view.ts) before the rest of its code has loaded.
 */
export function besideKey(key: string): string {
  return `beside:${key}`;
}

const CUSTOM = 'custom';

/**
 * The value kept under `key` for the workspace, or undefined: when there is none, the database
 * does not exist (it is not created: an upgrade here would leave it without the stores the
 * workspace's own open expects), or it does not answer within `timeoutMs`. Never rejects.
 */
export function readBeside(databaseName: string, key: string, timeoutMs = 500): Promise<unknown> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    try {
      const request = indexedDB.open(databaseName);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => finish(undefined);
      request.onblocked = () => finish(undefined);
      request.onsuccess = () => {
        const db = request.result;
        try {
          if (settled || !db.objectStoreNames.contains(CUSTOM)) {
            db.close();
            finish(undefined);
            return;
          }
          const tx = db.transaction([CUSTOM], 'readonly');
          const get = tx.objectStore(CUSTOM).get(besideKey(key));
          tx.oncomplete = () => {
            db.close();
            finish(get.result);
          };
          tx.onabort = () => {
            db.close();
            finish(undefined);
          };
        } catch {
          db.close();
          finish(undefined);
        }
      };
    } catch {
      finish(undefined);
    }
  });
}
