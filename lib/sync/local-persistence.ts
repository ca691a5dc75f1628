import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { migrate } from '../model/migrations';

/** Each workspace is its own Y.Doc in its own IndexedDB database. */
export function databaseNameFor(workspaceId: string): string {
  return `bridgework-workspace-${workspaceId}`;
}

export interface LocalWorkspace {
  doc: Y.Doc;
  persistence: IndexeddbPersistence;
  close: () => Promise<void>;
}

/**
 * Opens a workspace from IndexedDB. Resolves once stored updates are applied
 * and migrations have run; every later edit is written through automatically.
 */
export async function openLocalWorkspace(workspaceId: string): Promise<LocalWorkspace> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(databaseNameFor(workspaceId), doc);
  await persistence.whenSynced;
  migrate(doc);
  return {
    doc,
    persistence,
    close: async () => {
      await persistence.destroy();
      doc.destroy();
    },
  };
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
