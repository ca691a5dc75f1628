import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Toast, type ToastMessage } from '../../components/common/Toast';
import { Shell, type Section } from '../../components/Shell';
import { undoShortcut } from '../../components/undo-shortcut';
import { goalActivity } from '../../components/common/goal-activity';
import { workspaceName } from '../../lib/model/workspace';
import type { PersonalSettings } from '../../lib/storage/settings';
import type { SyncView } from '../../lib/state/sync-view';
import type { WorkspaceController } from '../../lib/state/workspace-controller';
import type { WorkspaceSession } from '../../lib/state/workspace-session';
import { MovedBanner } from '../../components/workspace/MovedBanner';
import { PresenceList } from '../../components/workspace/PresenceList';
import { WorkspacePicker } from '../../components/workspace/WorkspacePicker';
import { startReminderSync } from '../../lib/reminders/panel';
import { requestedFollowup, watchFollowupRequests } from '../../lib/reminders/open-request';
import { Panel, type PanelContext } from './panel-context';
import { DashboardSection } from './sections/DashboardSection';
import { GoalsSection } from './sections/GoalsSection';
import { LogSection } from './sections/LogSection';
import { PartnersSection } from './sections/PartnersSection';
import { SettingsSection } from './sections/SettingsSection';
import { scheduleDailySnapshot } from '../../lib/state/snapshots-view';
import { saveProblemText } from '../../lib/state/save-failure';
import { QuarantineNotice } from './sections/QuarantineNotice';
import { BulkDeletionSlot } from './sections/DeletionsSection';
import { NotSavedBanner } from '../../components/common/NotSavedBanner';
import { downloadTextFile } from '../../components/common/download-file';
import { exportFileName, exportWorkspaceJson } from '../../lib/model/workspace-export';

interface Props {
  session: WorkspaceSession;
  fallbackName: string;
  initialSettings: PersonalSettings;
  workspaces: WorkspaceController;
  sync: SyncView;
}

let toastIds = 0;
let lastSection: Section = 'Partners';

const SECTION_VIEWS: Record<Section, () => preact.JSX.Element> = {
  Partners: PartnersSection,
  Goals: GoalsSection,
  Log: LogSection,
  Dashboard: DashboardSection,
  Settings: SettingsSection,
};

export function App({ session, fallbackName, initialSettings, workspaces, sync }: Props) {
  const { doc } = session;
  // Switching workspaces remounts the app; stay on the same section (e.g. Settings after Join).
  const [section, setSection] = useState<Section>(lastSection);
  useEffect(() => void (lastSection = section), [section]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [settings, setSettings] = useState(initialSettings);
  useEffect(() => workspaces.setSettings(settings), [workspaces, settings]);
  const [metaRevision, setMetaRevision] = useState(0);
  // Contact log: badge and reminders follow this workspace's follow-ups; a reminder opens the Log.
  useEffect(
    () => startReminderSync(session, workspaces.registry.value.activeId),
    [session, workspaces],
  );
  // A daily local snapshot of this workspace, once the panel is idle after opening it.
  useEffect(
    () => scheduleDailySnapshot(workspaces.registry.value.activeId, doc),
    [doc, workspaces],
  );
  useEffect(
    () =>
      watchFollowupRequests((id) => {
        requestedFollowup.value = id;
        setSection('Log');
      }),
    [],
  );

  useEffect(() => {
    const onMeta = () => setMetaRevision((n) => n + 1);
    doc.getMap('meta').observe(onMeta);
    const onKey = (event: KeyboardEvent) => {
      const action = undoShortcut(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      doc.getMap('meta').unobserve(onMeta);
      window.removeEventListener('keydown', onKey);
    };
  }, [doc, session]);

  const notify = useCallback(
    (message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastIds }),
    [],
  );
  const dismiss = useCallback(() => setToast(null), []);
  const name = workspaceName(doc) ?? fallbackName;
  const context = useMemo<PanelContext>(
    () => ({ session, settings, setSettings, notify, workspaceName: name, workspaces, sync }),
    [session, settings, notify, name, metaRevision, workspaces, sync],
  );
  const SectionView = SECTION_VIEWS[section];
  // Edits that did not reach the disk: a banner with Export until a later write succeeds.
  const saveState = workspaces.current.value?.local.saveState.value;

  return (
    <Panel.Provider value={context}>
      <Shell
        workspaceName={name}
        syncStatus={sync.label.value}
        syncDetail={sync.lastExchangeText.value}
        workspacePicker={
          <WorkspacePicker
            workspaces={workspaces.registry.value.workspaces.map((w) => ({
              id: w.id,
              name: w.name,
              shared: w.kind === 'shared',
            }))}
            activeId={workspaces.registry.value.activeId}
            activeName={name}
            onSwitch={(id) => void workspaces.switchTo(id)}
          />
        }
        presence={
          <PresenceList
            people={sync.peers.value.map((peer) => ({
              clientId: peer.clientId,
              name: peer.user.name,
              colour: peer.user.colour,
              self: peer.self,
              ...goalActivity(peer.focus),
            }))}
          />
        }
        section={section}
        onSection={setSection}
        canUndo={session.canUndo.value}
        canRedo={session.canRedo.value}
        onUndo={() => session.undo()}
        onRedo={() => session.redo()}
        notices={
          <>
            {saveState?.state === 'failed' && (
              <NotSavedBanner
                reason={saveProblemText(saveState.problem)}
                since={saveState.since}
                onExport={() => ({
                  fileName: exportFileName(name),
                  json: exportWorkspaceJson(doc, name),
                })}
                onDownload={(file) => downloadTextFile(file.fileName, file.json)}
              />
            )}
            <QuarantineNotice />
            <BulkDeletionSlot />
          </>
        }
        footer={<Toast toast={toast} onDismiss={dismiss} />}
      >
        {workspaces.moved.value && (
          <MovedBanner by={workspaces.moved.value.by} at={workspaces.moved.value.at} />
        )}
        <SectionView />
      </Shell>
    </Panel.Provider>
  );
}
