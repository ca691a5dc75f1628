// The relay's storage: one file per document in a folder (RELAY_DATA), holding the document's
// whole Yjs state as one update. Plain files, so there is no native module to build, and a backup
// is a copy of the folder (docs/deploy.md).
//
// Writes are atomic: the state goes to a temporary file, is flushed to disk, then renamed over
// the old file, so a crash leaves either the old or the new state, never half of one. When
// several relay instances share the folder (behind a load balancer, with Redis), the Redis
// extension's lock lets one instance store a document at a time; on top of that each write then
// merges what is already on disk, so an instance that was behind never drops another's edits. A
// single instance skips that read: its document was loaded from the file and only grew since.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';

/** Document names the relay accepts (relay-token.ts: "bw-" + 43 base64url characters). */
export const RELAY_DOCUMENT_NAME = /^bw-[A-Za-z0-9_-]{43}$/;

export interface RelayStore {
  load: (documentName: string) => Promise<Uint8Array | null>;
  store: (documentName: string, state: Uint8Array) => Promise<void>;
  /** Moves a stored state that cannot be read out of the way (kept beside it for a look). */
  setAside: (documentName: string) => Promise<string>;
}

export function fileStore(folder: string, options: { mergeWithDisk?: boolean } = {}): RelayStore {
  const pathOf = (documentName: string) => {
    // Names are checked before any document is loaded; this keeps paths inside the folder anyway.
    if (!RELAY_DOCUMENT_NAME.test(documentName)) throw new Error('Invalid document name');
    return join(folder, `${documentName}.yjs`);
  };
  let ready: Promise<unknown> | null = null;
  let sequence = 0;
  return {
    async load(documentName) {
      try {
        return new Uint8Array(await readFile(pathOf(documentName)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async setAside(documentName) {
      const path = pathOf(documentName);
      const aside = `${path}.damaged-${Date.now()}`;
      await rename(path, aside);
      return aside;
    },
    async store(documentName, state) {
      ready ??= mkdir(folder, { recursive: true });
      await ready;
      const path = pathOf(documentName);
      const previous = options.mergeWithDisk ? await this.load(documentName) : null;
      const merged = previous ? Y.mergeUpdates([previous, state]) : state;
      const temporary = `${path}.${process.pid}.${++sequence}.tmp`;
      const file = await open(temporary, 'w');
      try {
        await file.writeFile(merged);
        await file.sync();
      } finally {
        await file.close();
      }
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

/** Hocuspocus hooks that load a document from the store and store it (debounced by Hocuspocus). */
export function storeExtension(store: RelayStore, log: (line: string) => void): Extension {
  return {
    extensionName: 'bridgework-file-store',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const state = await store.load(documentName);
      if (!state) return;
      try {
        // Decoding checks the whole file before anything of it reaches the document.
        Y.decodeUpdate(state);
      } catch (error) {
        // The members hold the full document and send it again on their next sync, so a file
        // that cannot be read costs nothing but this copy; refusing the document would stop the
        // workspace from syncing through this relay for good.
        const aside = await store.setAside(documentName);
        log(`Could not read ${documentName} (${(error as Error).message}); kept as ${aside}`);
        return;
      }
      Y.applyUpdate(document, state);
    },
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      try {
        await store.store(documentName, Y.encodeStateAsUpdate(document));
      } catch (error) {
        log(`Could not store ${documentName}: ${(error as Error).message}`);
        throw error;
      }
    },
  };
}
