import { signal } from '@preact/signals';
import type * as Y from 'yjs';
import { localEditItem, recordLocalEdit } from '../storage/sync-settings';

/** How often at most the time of the last edit is written to storage while someone types. */
const PERSIST_EVERY_MS = 2_000;

/**
 * Remembers when this device last changed a workspace, so leaving can warn about edits no peer
 * has yet. Updates read from disk (the persistence origin) and those a peer sent (y-webrtc
 * applies them with its room as origin: an object holding `bcConns`) are not edits made here;
 * everything else is (typing, Undo, imports, restores, migrations).
 *
 * The time is kept in memory at once and written to chrome.storage at most every two seconds,
 * so a panel reopened later still knows; a write lost with a crash only makes the warning
 * rely on the previous time.
 */
export class LocalEdits {
  readonly last = signal<number | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly onUpdate: (update: Uint8Array, origin: unknown) => void;

  constructor(
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    persistenceOrigin: unknown,
    now: () => number = Date.now,
  ) {
    void localEditItem.getValue().then((times) => {
      const stored = times[workspaceId] ?? null;
      if (stored !== null && (this.last.value ?? 0) < stored) this.last.value = stored;
    });
    this.onUpdate = (_update, origin) => {
      if (origin === persistenceOrigin || isPeerOrigin(origin)) return;
      this.last.value = now();
      this.timer ??= setTimeout(() => this.flush(), PERSIST_EVERY_MS);
    };
    doc.on('update', this.onUpdate);
  }

  /** Writes the latest time now (also done on dispose). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const at = this.last.value;
    return at === null ? Promise.resolve() : recordLocalEdit(this.workspaceId, at);
  }

  dispose() {
    this.doc.off('update', this.onUpdate);
    void this.flush();
  }
}

function isPeerOrigin(origin: unknown): boolean {
  return typeof origin === 'object' && origin !== null && 'bcConns' in origin;
}
