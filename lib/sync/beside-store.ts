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

/** The value kept under `key` in an open workspace database, or undefined. Never rejects. */
export function getBeside(db: IDBDatabase, key: string): Promise<unknown> {
  return new Promise((resolve) => {
    try {
      if (!db.objectStoreNames.contains(CUSTOM)) return resolve(undefined);
      const tx = db.transaction([CUSTOM], 'readonly');
      const request = tx.objectStore(CUSTOM).get(besideKey(key));
      tx.oncomplete = () => resolve(request.result);
      tx.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Keeps `value` under `key` in an open workspace database. */
export function putBeside(db: IDBDatabase, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      const tx = db.transaction([CUSTOM], 'readwrite');
      tx.objectStore(CUSTOM).put(value, besideKey(key));
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('Writing beside the workspace was aborted.'));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Resolves once the browser has painted what was just rendered (at once where nothing paints). */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

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
        if (settled) {
          db.close();
          return;
        }
        void getBeside(db, key).then((value) => {
          db.close();
          finish(value);
        });
      };
    } catch {
      finish(undefined);
    }
  });
}
