import { databaseNameFor } from '../../lib/sync/local-persistence';

/**
 * A workspace's IndexedDB database opened directly (created in the app's format when missing),
 * for tests that look at or plant stored rows under `openLocalWorkspace`.
 */
export function rawDb(id: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseNameFor(id));
    request.onupgradeneeded = () => {
      request.result.createObjectStore('updates', { autoIncrement: true });
      request.result.createObjectStore('custom');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Adds one row to the workspace's `updates` store, as another version or context would. */
export async function addRawRow(id: string, value: unknown) {
  const db = await rawDb(id);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['updates'], 'readwrite');
    tx.objectStore('updates').add(value);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

/** Every row of the workspace's `updates` store, in key order. */
export async function storedRows(id: string): Promise<unknown[]> {
  const db = await rawDb(id);
  const rows = await new Promise<unknown[]>((resolve) => {
    const request = db.transaction(['updates']).objectStore('updates').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return rows;
}
