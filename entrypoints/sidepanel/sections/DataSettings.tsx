import { useMemo } from 'preact/hooks';
import { downloadTextFile } from '../../../components/common/download-file';
import { DataSection } from '../../../components/data/DataSection';
import { exportFile } from '../../../lib/state/data-export';
import { ImportFlow } from '../../../lib/state/data-import';
import { takeSnapshot } from '../../../lib/storage/snapshots';
import { usePanel } from '../panel-context';

/** Settings → Your data: Import and Export, wired to the open workspace. */
export function DataSettings() {
  const { session, workspaces, workspaceName } = usePanel();
  const workspaceId = workspaces.current.value?.entry.id ?? workspaces.registry.value.activeId;
  const flow = useMemo(
    () =>
      new ImportFlow({
        doc: session.doc,
        partners: () => session.partners.live(),
        snapshot: async () =>
          (await takeSnapshot(
            workspaceId,
            session.doc,
            'import',
            Date.now(),
            session.history.loadedYearDocs(),
          )) !== null,
        undoBoundary: () => session.undoManager.stopCapturing(),
        revert: () => session.undo(),
      }),
    [workspaceId, session],
  );
  return (
    <DataSection
      flow={flow}
      onExport={async (request) => {
        // Every school year's log, loaded first: a split workspace's older years are on disk.
        const logDocs = await session.history.loadAll();
        const file = exportFile(session.doc, request, workspaceName, new Date(), logDocs);
        downloadTextFile(file.fileName, file.text, file.type);
        return file.fileName;
      }}
    />
  );
}
