import { computed, signal } from '@preact/signals';
import type * as Y from 'yjs';
import {
  backupFileName,
  backupText,
  createBackup,
  parseBackup,
  type BackupError,
} from '../model/backup';
import type { CollectionName } from '../model/doc';
import {
  restoreSnapshot,
  type RestoreResult,
  type RestoreSummary,
} from '../model/snapshot-restore';
import { formatBytes, formatDateTime, t, type MessageKey } from '../i18n';
import {
  listSnapshots,
  readSnapshot,
  takeDailySnapshotIfDue,
  takeSnapshot,
  type SnapshotInfo,
  type SnapshotReason,
  type SnapshotYear,
  type StoredSnapshot,
} from '../storage/snapshots';
import { addSummary, loadYearDocs, restoreYearDocs, type YearDocSource } from './year-docs';
import type { YearHistory } from './year-history';

/**
 * Settings → Snapshots, Back up workspace and Restore backup, for the open workspace. Every
 * restore (of a snapshot or of a backup file) first takes a 'restore' snapshot, so the state
 * before it can itself be restored, and then merges as new edits (lib/model/snapshot-restore.ts).
 */

/** The stored reason codes, worded in the interface language when shown. */
const REASON_KEYS: Record<SnapshotReason, MessageKey> = {
  daily: 'settings.snapshots.reason.daily',
  manual: 'settings.snapshots.reason.manual',
  import: 'settings.snapshots.reason.import',
  restore: 'settings.snapshots.reason.restore',
  migration: 'settings.snapshots.reason.migration',
  leave: 'settings.snapshots.reason.leave',
  rotate: 'settings.snapshots.reason.rotate',
  'bulk-deletion': 'settings.snapshots.reason.bulkDeletion',
};

/** Why a file is not a readable backup, in the interface language. */
export function backupErrorMessage(error: BackupError): string {
  return 'values' in error
    ? t(`settings.backup.error.${error.code}`, error.values)
    : t(`settings.backup.error.${error.code}`);
}

/** Why a snapshot could not be restored, in the interface language. */
export function restoreErrorMessage(code: Extract<RestoreResult, { ok: false }>['code']): string {
  return t(`settings.snapshots.error.${code}`);
}

export function reasonLabel(reason: SnapshotReason): string {
  return t(REASON_KEYS[reason]);
}

/** One plural message per collection, in the order the counts are listed. */
const COUNT_KEYS: Record<CollectionName, MessageKey> = {
  partners: 'settings.snapshots.count.partners',
  people: 'settings.snapshots.count.people',
  goals: 'settings.snapshots.count.goals',
  checkins: 'settings.snapshots.count.checkins',
  log: 'settings.snapshots.count.log',
  followups: 'settings.snapshots.count.followups',
  contributions: 'settings.snapshots.count.contributions',
  feedback: 'settings.snapshots.count.feedback',
  stories: 'settings.snapshots.count.stories',
  lessons: 'settings.snapshots.count.lessons',
  agreements: 'settings.snapshots.count.agreements',
  commitments: 'settings.snapshots.count.commitments',
  concerns: 'settings.snapshots.count.concerns',
  boardColumns: 'settings.snapshots.count.boardColumns',
};

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

export function countsText(counts: SnapshotInfo['counts']): string {
  const parts = (Object.keys(COUNT_KEYS) as CollectionName[]).flatMap((name) => {
    const count = counts[name] ?? 0;
    if (!count) return [];
    return [t(COUNT_KEYS[name], { count })];
  });
  return parts.length ? parts.join(', ') : t('settings.snapshots.empty.counts');
}

/** A restore's outcome in words: "Restored: 2 records brought back, 1 record undeleted." */
export function restoreSummaryText(summary: RestoreSummary): string {
  const parts: string[] = [];
  if (summary.reinserted)
    parts.push(t('settings.snapshots.restored.reinserted', { count: summary.reinserted }));
  if (summary.undeleted)
    parts.push(t('settings.snapshots.restored.undeleted', { count: summary.undeleted }));
  if (summary.updated)
    parts.push(t('settings.snapshots.restored.updated', { count: summary.updated }));
  const done = parts.length
    ? t('settings.snapshots.restored', { parts: parts.join(', ') })
    : t('settings.snapshots.restored.nothing');
  return summary.skipped
    ? t('settings.snapshots.restored.skipped', { done, count: summary.skipped })
    : done;
}

/** A snapshot worded in the interface language (call it when rendering, or again on a switch). */
export function snapshotRow(info: SnapshotInfo): SnapshotRow {
  const at = new Date(info.at);
  return {
    id: info.id,
    when: formatDateTime(info.at),
    isoTime: at.toISOString(),
    why: reasonLabel(info.reason),
    size: formatBytes(info.bytes),
    counts: countsText(info.counts),
  };
}

export interface Outcome {
  ok: boolean;
  message: string;
}

export class SnapshotsView {
  private readonly infos = signal<SnapshotInfo[] | null>(null);
  /** Worded when read, so a language switch re-words the list without reading storage again. */
  readonly rows = computed(() => this.infos.value?.map((info) => snapshotRow(info)) ?? null);
  readonly loadError = signal<string | null>(null);
  readonly busy = signal(false);

  constructor(
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    private readonly fallbackName: string,
    /** Called around a restore so it is an Undo step of its own (the undo manager's stopCapturing). */
    private readonly undoBoundary: () => void = () => {},
    /** The workspace's year docs (`session.history`): backed up, and restored into. */
    private readonly history: YearDocSource | null = null,
  ) {}

  async refresh(): Promise<void> {
    try {
      this.infos.value = await listSnapshots(this.workspaceId);
      this.loadError.value = null;
    } catch (error) {
      console.warn('Bridgework: could not list snapshots', error);
      this.loadError.value = t('settings.snapshots.readError');
    }
  }

  takeNow(): Promise<Outcome> {
    return this.exclusive(async () => {
      const info = await takeSnapshot(
        this.workspaceId,
        this.doc,
        'manual',
        Date.now(),
        this.history?.loadedYearDocs() ?? [],
      );
      await this.refresh();
      return info
        ? { ok: true, message: t('settings.snapshots.taken') }
        : { ok: false, message: t('settings.snapshots.notStored') };
    });
  }

  restore(id: string): Promise<Outcome> {
    return this.exclusive(async () => {
      let stored: StoredSnapshot | null;
      try {
        stored = await readSnapshot(id);
      } catch {
        stored = null;
      }
      if (!stored) return { ok: false, message: t('settings.snapshots.unreadable') };
      return this.mergeIn(stored.update, stored.years);
    });
  }

  /** The backup file for the open workspace, every year doc loaded first: its name and its text. */
  async backup(now = new Date()): Promise<{ fileName: string; text: string }> {
    const years = this.history ? await loadYearDocs(this.history) : [];
    const backup = createBackup(this.doc, this.fallbackName, now.getTime(), years);
    return { fileName: backupFileName(backup.workspaceName, now), text: backupText(backup) };
  }

  /** Checks a backup file's text; nothing changes unless it is a readable backup. */
  checkBackup(text: string): Outcome & { name?: string; createdAt?: number } {
    const parsed = parseBackup(text);
    if (!parsed.ok)
      return { ok: false, message: nothingChanged(backupErrorMessage(parsed.reason)) };
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
      if (!parsed.ok)
        return { ok: false, message: nothingChanged(backupErrorMessage(parsed.reason)) };
      return this.mergeIn(parsed.backup.update, parsed.backup.years);
    });
  }

  /**
   * `years`: a backup's or snapshot's year docs, merged into the open workspace's (which becomes
   * split, if it was not). Without a history to write them to, nothing is restored rather than
   * half of it.
   */
  private async mergeIn(
    update: Uint8Array,
    years: readonly { year: number; update: Uint8Array }[] = [],
  ): Promise<Outcome> {
    const history = this.history;
    if (years.length && !history)
      return { ok: false, message: nothingChanged(restoreErrorMessage('unreadable')) };
    const safety = await takeSnapshot(
      this.workspaceId,
      this.doc,
      'restore',
      Date.now(),
      history?.loadedYearDocs() ?? [],
    );
    this.undoBoundary();
    let result = restoreSnapshot(this.doc, update);
    this.undoBoundary();
    if (result.ok && years.length && history) {
      const main = result.summary;
      const yearResult = await restoreYearDocs(this.doc, years, async (year) => ({
        doc: await history.load(year),
      }));
      result = yearResult.ok
        ? { ok: true, summary: addSummary(main, yearResult.summary) }
        : yearResult;
    }
    await this.refresh();
    if (!result.ok) return { ok: false, message: nothingChanged(restoreErrorMessage(result.code)) };
    const summary = restoreSummaryText(result.summary);
    return {
      ok: true,
      message: safety ? summary : t('settings.snapshots.noSafety', { summary }),
    };
  }

  private async exclusive(task: () => Promise<Outcome>): Promise<Outcome> {
    if (this.busy.value) return { ok: false, message: t('settings.snapshots.busy') };
    this.busy.value = true;
    try {
      return await task();
    } finally {
      this.busy.value = false;
    }
  }
}

function nothingChanged(problem: string): string {
  return t('settings.snapshots.nothingChanged', { problem });
}

/**
 * Takes the 'daily' snapshot when it is due, once the panel is idle, so opening a workspace is
 * never slowed by encoding a large doc; with the year docs `years` resolves to (the years loaded
 * once this school year's has: `historyForSnapshot`). Returns a cancel function for when the
 * workspace closes.
 */
export function scheduleDailySnapshot(
  workspaceId: string,
  doc: Y.Doc,
  years: () => Promise<readonly SnapshotYear[]> = () => Promise.resolve([]),
): () => void {
  let cancelled = false;
  const run = () => {
    if (cancelled) return;
    void years()
      .catch(() => [])
      .then((loaded) => {
        if (!cancelled) void takeDailySnapshotIfDue(workspaceId, doc, Date.now(), loaded);
      });
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

/**
 * The year docs a snapshot of a split workspace keeps: every year loaded, once this school year's
 * (the one edited most) has loaded; none before the split.
 */
export async function historyForSnapshot(
  history: Pick<YearHistory, 'split' | 'currentYear' | 'load' | 'loadedYearDocs'>,
): Promise<SnapshotYear[]> {
  if (!history.split) return [];
  await history.load(history.currentYear);
  return history.loadedYearDocs();
}
