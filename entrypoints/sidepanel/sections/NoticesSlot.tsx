import { downloadTextFile } from '../../../components/common/download-file';
import { NotSavedBanner } from '../../../components/common/NotSavedBanner';
import { exportFileName, exportWorkspaceJson } from '../../../lib/model/workspace-export';
import { saveProblemText } from '../../../lib/state/save-failure';
import { usePanel } from '../panel-context';
import { BulkDeletionSlot } from './DeletionsSection';
import { QuarantineNotice } from './QuarantineNotice';

/** What needs the user's eye above every section: unsaved edits, unreadable records, bulk deletions. */
export function NoticesSlot() {
  const { session, workspaces, workspaceName } = usePanel();
  // Edits that did not reach the disk: a banner with Export until a later write succeeds.
  const saveState = workspaces.current.value?.local.saveState.value;
  return (
    <>
      {saveState?.state === 'failed' && (
        <NotSavedBanner
          reason={saveProblemText(saveState.problem)}
          since={saveState.since}
          onExport={() => ({
            fileName: exportFileName(workspaceName),
            // The years in memory: edits not yet on disk are there; older years are on disk.
            json: exportWorkspaceJson(session.doc, workspaceName, {
              logDocs: session.history.all(),
            }),
          })}
          onDownload={(file) => downloadTextFile(file.fileName, file.json)}
        />
      )}
      <QuarantineNotice />
      <BulkDeletionSlot />
    </>
  );
}
