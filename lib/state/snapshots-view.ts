import { signal } from '@preact/signals';
import type * as Y from 'yjs';
import { backupFileName, backupText, createBackup, parseBackup } from '../model/backup';
import type { CollectionName } from '../model/doc';
import { describeRestore, restoreSnapshot } from '../model/snapshot-restore';
import {
  listSnapshots,
  readSnapshotUpdate,
  takeDailySnapshotIfDue,
  takeSnapshot,
  type SnapshotInfo,
  type SnapshotReason,
} from '../storage/snapshots';

/**
 * Settings → Snapshots, Back up workspace and Restore backup, for the open workspace. Every
 * restore (of a snapshot or of a backup file) first takes a 'restore' snapshot, so the state
 * before it can itself be restored, and then merges as new edits (lib/model/snapshot-restore.ts).
 */

export const REASON_LABELS: Record<SnapshotReason, string> = {
  daily: 'Daily',
  manual: 'Taken by you',
  import: 'Before an import',
  restore: 'Before a restore',
  migration: 'Before an upgrade',
  leave: 'Before leaving',
  rotate: 'Before rotating the invite',
  'bulk-deletion': 'When a peer deleted many records',
};

const COUNT_LABELS: Record<CollectionName, [string, string]> = {
  partners: ['partner', 'partners'],
  people: ['person', 'people'],
  goals: ['goal', 'goals'],
  checkins: ['check-in', 'check-ins'],
  log: ['log entry', 'log entries'],
  followups: ['follow-up', 'follow-ups'],
  contributions: ['contribution', 'contributions'],
  feedback: ['feedback', 'feedback'],
  stories: ['story', 'stories'],
  lessons: ['lesson', 'lessons'],
  boardColumns: ['board column', 'board columns'],
};

export const RESTORE_CONFIRMATION =
  'Everything in this snapshot comes back as new edits that every member receives: deleted records return and changed fields are set back. Records created since are kept, and nothing is deleted. A snapshot of the workspace as it is now is taken first, and Undo takes the restore back.';

export const RESTORE_BACKUP_CONFIRMATION =
  'Everything in this backup comes back as new edits that every member receives: deleted records return and changed fields are set back. Records created since are kept, and nothing is deleted. A snapshot of the workspace as it is now is taken first, and Undo takes the restore back.';

export interface SnapshotRow {
  id: string;
  /** Locale date and time. */
  when: string;
  /** Machine-readable time for a <time> element. */
  isoTime: string;
  why: string;
  size: string;
  /** "12 partners, 30 people" or "Empty". */
  counts: string;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function countsText(counts: SnapshotInfo['counts']): string {
  const parts = (Object.keys(COUNT_LABELS) as CollectionName[]).flatMap((name) => {
    const count = counts[name] ?? 0;
    if (!count) return [];
    const [one, many] = COUNT_LABELS[name];
    return [`${count.toLocaleString()} ${count === 1 ? one : many}`];
  });
  return parts.length ? parts.join(', ') : 'Empty';
}

export function snapshotRow(info: SnapshotInfo, locale?: string): SnapshotRow {
  const at = new Date(info.at);
  return {
    id: info.id,
    when: at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    isoTime: at.toISOString(),
    why: REASON_LABELS[info.reason],
    size: formatBytes(info.bytes),
    counts: countsText(info.counts),
  };
}

export interface Outcome {
  ok: boolean;
  message: string;
}

const NO_SAFETY_SNAPSHOT =
  ' No snapshot of the state before could be stored on this device; Undo still takes it back.';

export class SnapshotsView {
  readonly rows = signal<SnapshotRow[] | null>(null);
  readonly loadError = signal<string | null>(null);
  readonly busy = signal(false);

  constructor(
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    private readonly fallbackName: string,
    /** Called around a restore so it is an Undo step of its own (the undo manager's stopCapturing). */
    private readonly undoBoundary: () => void = () => {},
  ) {}

  async refresh(): Promise<void> {
    try {
      const infos = await listSnapshots(this.workspaceId);
      this.rows.value = infos.map((info) => snapshotRow(info));
      this.loadError.value = null;
    } catch (error) {
      console.warn('Bridgework: could not list snapshots', error);
      this.loadError.value = 'Snapshots could not be read from this device’s storage.';
    }
  }

  takeNow(): Promise<Outcome> {
    return this.exclusive(async () => {
      const info = await takeSnapshot(this.workspaceId, this.doc, 'manual');
      await this.refresh();
      return info
        ? { ok: true, message: 'Snapshot taken.' }
        : { ok: false, message: 'The snapshot could not be stored on this device.' };
    });
  }

  restore(id: string): Promise<Outcome> {
    return this.exclusive(async () => {
      let update: Uint8Array | null;
      try {
        update = await readSnapshotUpdate(id);
      } catch {
        update = null;
      }
      if (!update)
        return { ok: false, message: 'This snapshot could not be read. Nothing changed.' };
      return this.mergeIn(update);
    });
  }

  /** The backup file for the open workspace: its name and its text. */
  backup(now = new Date()): { fileName: string; text: string } {
    const backup = createBackup(this.doc, this.fallbackName, now.getTime());
    return { fileName: backupFileName(backup.workspaceName, now), text: backupText(backup) };
  }

  /** Checks a backup file's text; nothing changes unless it is a readable backup. */
  checkBackup(text: string): Outcome & { name?: string; createdAt?: number } {
    const parsed = parseBackup(text);
    if (!parsed.ok) return { ok: false, message: `${parsed.error} Nothing changed.` };
    return {
      ok: true,
      message: '',
      name: parsed.backup.workspaceName,
      createdAt: parsed.backup.createdAt,
    };
  }

  restoreBackup(text: string): Promise<Outcome> {
    return this.exclusive(async () => {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, message: `${parsed.error} Nothing changed.` };
      return this.mergeIn(parsed.backup.update);
    });
  }

  private async mergeIn(update: Uint8Array): Promise<Outcome> {
    const safety = await takeSnapshot(this.workspaceId, this.doc, 'restore');
    this.undoBoundary();
    const result = restoreSnapshot(this.doc, update);
    this.undoBoundary();
    await this.refresh();
    if (!result.ok) return { ok: false, message: `${result.error} Nothing changed.` };
    return {
      ok: true,
      message: describeRestore(result.summary) + (safety ? '' : NO_SAFETY_SNAPSHOT),
    };
  }

  private async exclusive(task: () => Promise<Outcome>): Promise<Outcome> {
    if (this.busy.value) return { ok: false, message: 'Please wait: still working.' };
    this.busy.value = true;
    try {
      return await task();
    } finally {
      this.busy.value = false;
    }
  }
}

/**
 * Takes the 'daily' snapshot when it is due, once the panel is idle, so opening a workspace is
 * never slowed by encoding a large doc. Returns a cancel function for when the workspace closes.
 */
export function scheduleDailySnapshot(workspaceId: string, doc: Y.Doc): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) void takeDailySnapshotIfDue(workspaceId, doc);
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 10_000 });
    return () => {
      cancelled = true;
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 2_000);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
