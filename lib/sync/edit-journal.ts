import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../model/backup';

/**
 * Edits that IndexedDB has not confirmed yet, copied to synchronous storage (localStorage) when
 * the page goes away. Why: every edit is written in its own IndexedDB transaction, and a page that
 * is closed or reloaded a moment after an edit (the side panel closed right after moving a card)
 * has its unfinished transactions aborted by the browser, so the edit was lost. localStorage
 * writes finish before the page is gone. The next open applies the journal and writes it to
 * IndexedDB like any edit (Yjs updates are idempotent, so an entry whose write did finish after
 * all changes nothing).
 *
 * Cost: nothing while the page is open; at `pagehide`/`visibilitychange` one merge and one
 * base64 write of the unconfirmed updates (usually a few hundred bytes). Bulk writes (an import)
 * past MAX_JOURNAL_BYTES are not journaled: localStorage holds about 5 MB per origin.
 *
 * Each context (panel, offscreen document, web page) writes its own key, so two contexts with one
 * workspace open never overwrite each other's entries.
 */
export const JOURNAL_PREFIX = 'bridgework-journal:';
export const MAX_JOURNAL_BYTES = 1_000_000;

/** The part of the Web Storage API the journal uses (localStorage, or a stand-in in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function defaultJournalStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled by the browser's settings: no journal, as before.
    return null;
  }
}

export class EditJournal {
  private readonly key: string;
  private written = false;

  constructor(
    private readonly storage: JournalStorage,
    private readonly workspaceId: string,
  ) {
    this.key = `${JOURNAL_PREFIX}${workspaceId}:${crypto.randomUUID()}`;
  }

  /** Saves the given unconfirmed updates (or clears this context's entry when there are none). */
  keep(unconfirmed: readonly Uint8Array[]) {
    try {
      if (unconfirmed.length === 0) {
        this.clear();
        return;
      }
      const merged = unconfirmed.length === 1 ? unconfirmed[0]! : Y.mergeUpdates([...unconfirmed]);
      if (merged.byteLength > MAX_JOURNAL_BYTES) return;
      this.storage.setItem(this.key, toBase64(merged));
      this.written = true;
    } catch (error) {
      // Full or refused: the page is going away and nothing more can be done.
      console.warn('Bridgework: could not journal unsaved edits', error);
    }
  }

  /** Drops this context's entry once IndexedDB holds everything it had. */
  clear() {
    if (!this.written) return;
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Left behind: applying it again next time changes nothing.
    }
    this.written = false;
  }

  /** Every entry for this workspace left by earlier pages: their keys and decoded updates. */
  leftBehind(): { keys: string[]; updates: Uint8Array[] } {
    const keys: string[] = [];
    const updates: Uint8Array[] = [];
    try {
      keys.push(...journalKeys(this.storage, this.workspaceId).filter((key) => key !== this.key));
      for (const key of keys) {
        const bytes = fromBase64(this.storage.getItem(key) ?? '');
        if (bytes) updates.push(bytes);
      }
    } catch (error) {
      console.warn('Bridgework: could not read journaled edits', error);
    }
    return { keys, updates };
  }

  /** Forgets entries read by `leftBehind` once their edits are on disk. */
  forget(keys: readonly string[]) {
    for (const key of keys) {
      try {
        this.storage.removeItem(key);
      } catch {
        // Applied again next time: harmless.
      }
    }
  }
}

/** Entries of a workspace that is being deleted or wiped from this device. */
export function forgetJournal(storage: JournalStorage | null, workspaceId: string) {
  if (!storage) return;
  journalKeys(storage, workspaceId).forEach((key) => storage.removeItem(key));
}

/** Every context's journal key for the workspace. */
function journalKeys(storage: JournalStorage, workspaceId: string): string[] {
  const prefix = `${JOURNAL_PREFIX}${workspaceId}:`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}
