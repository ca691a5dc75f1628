import type * as Y from 'yjs';
import { t } from '../i18n';
import { parseBackup } from '../model/backup';
import { yearDocId } from '../model/history-years';
import { restoreSnapshot } from '../model/snapshot-restore';
import { openLocalWorkspace } from '../sync/local-persistence';
import { backupErrorMessage, restoreErrorMessage, restoreSummaryText } from './snapshots-view';
import { addSummary, restoreYearDocs } from './year-docs';

/** What `restoreIntoNewWorkspace` needs of the workspace controller. */
export interface WorkspaceCreator {
  create: (name: string) => Promise<void>;
  /** `entry.id` names the new workspace's year docs; needed only for a backup that has them. */
  current: { value: { entry?: { id: string }; session: { doc: Y.Doc } } | null };
}

/** Opens a stored doc by id (a year doc: `<workspace id>.<year>`), loaded. */
export type StoredDocOpener = (id: string) => Promise<{ doc: Y.Doc; close: () => Promise<void> }>;

const openStored: StoredDocOpener = (id) => openLocalWorkspace(id);

export interface RestoreOutcome {
  ok: boolean;
  message: string;
}

/**
 * `Restore into a new workspace`: a backup becomes a workspace of its own, next to the open one,
 * which is left exactly as it was. The file is checked first (a newer format or a damaged file
 * is refused and nothing is created); then a new workspace named "<name> (restored)" is created
 * and opened, and the backup is merged into its empty doc, which brings back every record with
 * its id. A backup of a split workspace (version 2) also writes each year's doc to the new
 * workspace's storage (`<new id>.<year>`) and marks the new workspace as split with those years.
 */
export async function restoreIntoNewWorkspace(
  workspaces: WorkspaceCreator,
  text: string,
  openDoc: StoredDocOpener = openStored,
): Promise<RestoreOutcome> {
  const parsed = parseBackup(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: t('settings.snapshots.nothingChanged', {
        problem: backupErrorMessage(parsed.reason),
      }),
    };
  }
  const name = t('data.backup.restoredName', { name: parsed.backup.workspaceName });
  const before = workspaces.current.value?.session.doc;
  await workspaces.create(name);
  const created = workspaces.current.value;
  const doc = created?.session.doc;
  if (!doc || doc === before) return { ok: false, message: t('data.backup.notCreated') };
  const years = parsed.backup.years;
  const workspaceId = created?.entry?.id;
  if (years.length && !workspaceId) return { ok: false, message: t('data.backup.notCreated') };
  const result = restoreSnapshot(doc, parsed.backup.update);
  if (!result.ok) return { ok: false, message: restoreErrorMessage(result.code) };
  let summary = result.summary;
  if (years.length) {
    let yearResult;
    try {
      yearResult = await restoreYearDocs(doc, years, async (year) => {
        const stored = await openDoc(yearDocId(workspaceId!, year));
        return { doc: stored.doc, done: stored.close };
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, message: t('data.backup.yearsNotRestored', { name, reason }) };
    }
    if (!yearResult.ok) return { ok: false, message: restoreErrorMessage(yearResult.code) };
    summary = addSummary(summary, yearResult.summary);
  }
  return {
    ok: true,
    message: t('data.backup.restoredNew', { name, summary: restoreSummaryText(summary) }),
  };
}
