import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';

/**
 * Puts a generated workspace (one Yjs update) into the extension's IndexedDB in the app's own
 * format (one row in `updates`, as lib/sync/local-persistence.ts writes it), replacing the rows
 * of the workspace `workspaceId`. The bytes travel over a local HTTP server because a district's
 * 57 MB do not fit through Playwright's evaluate arguments.
 */
export async function storeWorkspace(
  context: BrowserContext,
  workspaceId: string,
  bytes: Uint8Array,
): Promise<void> {
  const server = createServer((_, response) => {
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'access-control-allow-origin': '*',
    });
    response.end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) throw new Error('The extension has no service worker running.');
    await worker.evaluate(
      async ({ name, url }) => {
        const update = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          // A year doc's database does not exist yet: made as the app makes it.
          request.onupgradeneeded = () => {
            request.result.createObjectStore('updates', { autoIncrement: true });
            request.result.createObjectStore('custom');
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('updates', 'readwrite');
          tx.objectStore('updates').clear();
          tx.objectStore('updates').add(update);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      {
        name: `bridgework-workspace-${workspaceId}`,
        url: `http://127.0.0.1:${port}/workspace.yjs`,
      },
    );
  } finally {
    server.close();
  }
}
