import { useEffect, useMemo } from 'preact/hooks';
import { downloadTextFile } from '../../../components/common/download-file';
import { BackupControls } from '../../../components/settings/BackupControls';
import { DeleteEverything } from '../../../components/settings/DeleteEverything';
import { SnapshotsView } from '../../../components/settings/SnapshotsView';
import { MAX_BACKUP_BYTES } from '../../../lib/model/backup';
import { SnapshotsView as SnapshotsViewModel } from '../../../lib/state/snapshots-view';
import { restoreIntoNewWorkspace } from '../../../lib/state/backup-new-workspace';
import { t } from '../../../lib/i18n';
import { deleteEverythingOnDevice, describeWipe } from '../../../lib/storage/device-wipe';
import { usePanel } from '../panel-context';

/** Settings → Snapshots, Backup, and Delete everything on this device. */
export function DataSafetySettings() {
  const { session, workspaces, workspaceName } = usePanel();
  const workspaceId = workspaces.current.value?.entry.id ?? workspaces.registry.value.activeId;
  const view = useMemo(
    () =>
      new SnapshotsViewModel(
        workspaceId,
        session.doc,
        workspaceName,
        () => session.undoManager.stopCapturing(),
        session.history,
      ),
    // The name is only a fallback for a doc without one; a rename needs no new view model.
    [workspaceId, session.doc],
  );
  useEffect(() => void view.refresh(), [view]);
  return (
    <>
      <SnapshotsView
        snapshots={view.rows.value}
        loadError={view.loadError.value}
        busy={view.busy.value}
        confirmation={t('settings.snapshots.restoreConfirmation')}
        onOpen={() => void view.refresh()}
        onTakeSnapshot={() => view.takeNow()}
        onRestore={(id) => view.restore(id)}
      />
      <BackupControls
        busy={view.busy.value}
        maxBytes={MAX_BACKUP_BYTES}
        confirmation={t('settings.backup.restoreConfirmation')}
        onBackup={async () => {
          const file = await view.backup();
          downloadTextFile(file.fileName, file.text);
        }}
        onCheck={(text) => view.checkBackup(text)}
        onRestore={(text) => view.restoreBackup(text)}
        onRestoreNew={(text) => restoreIntoNewWorkspace(workspaces, text)}
      />
      <DeleteEverything
        onDelete={async () => {
          const report = await deleteEverythingOnDevice({
            // The panel's own connections to the open workspace's databases go first (its
            // school years' too).
            closeOpenWorkspaces: async () => {
              const open = workspaces.current.value;
              await open?.session.history.dispose();
              await open?.local.close();
            },
          });
          if (report.notDeleted.length === 0 && report.settingsCleared) {
            location.reload();
            return null;
          }
          return describeWipe(report);
        }}
        onReload={() => location.reload()}
      />
    </>
  );
}
