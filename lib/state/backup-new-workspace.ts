import type * as Y from 'yjs';
import { t } from '../i18n';
import { parseBackup } from '../model/backup';
import { restoreSnapshot } from '../model/snapshot-restore';
import { backupErrorMessage, restoreErrorMessage, restoreSummaryText } from './snapshots-view';

/** What `restoreIntoNewWorkspace` needs of the workspace controller. */
export interface WorkspaceCreator {
  create: (name: string) => Promise<void>;
  current: { value: { session: { doc: Y.Doc } } | null };
}

export interface RestoreOutcome {
  ok: boolean;
  message: string;
}

/**
 * `Restore into a new workspace`: a backup becomes a workspace of its own, next to the open one,
 * which is left exactly as it was. The file is checked first (a newer format or a damaged file
 * is refused and nothing is created); then a new workspace named "<name> (restored)" is created
 * and opened, and the backup is merged into its empty doc, which brings back every record with
 * its id.
 */
export async function restoreIntoNewWorkspace(
  workspaces: WorkspaceCreator,
  text: string,
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
  const doc = workspaces.current.value?.session.doc;
  if (!doc || doc === before) return { ok: false, message: t('data.backup.notCreated') };
  const result = restoreSnapshot(doc, parsed.backup.update);
  if (!result.ok) return { ok: false, message: restoreErrorMessage(result.code) };
  return {
    ok: true,
    message: t('data.backup.restoredNew', { name, summary: restoreSummaryText(result.summary) }),
  };
}
