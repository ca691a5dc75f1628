import { useCallback, useMemo, useState } from 'preact/hooks';
import { Toast, type ToastMessage } from '../../components/common/Toast';
import { Shell, type Section } from '../../components/Shell';
import { MovedBanner } from '../../components/workspace/MovedBanner';
import { workspaceName } from '../../lib/model/workspace';
import type { PersonalSettings } from '../../lib/storage/settings';
import type { SyncView } from '../../lib/state/sync-view';
import type { WorkspaceController } from '../../lib/state/workspace-controller';
import type { WorkspaceSession } from '../../lib/state/workspace-session';
import { Panel, type PanelContext } from './panel-context';
import { usePanelJobs } from './panel-jobs';
import { lazyView } from '../../components/common/lazy-view';
import { PresenceSlot, WorkspacePickerSlot } from './sections/HeaderSlots';
import { PartnersSection } from './sections/PartnersSection';
import { useWorkspaceChangeToast } from './workspace-change-toast';

interface Props {
  session: WorkspaceSession;
  fallbackName: string;
  initialSettings: PersonalSettings;
  workspaces: WorkspaceController;
  sync: SyncView;
}

let toastIds = 0;
// Switching workspaces remounts the app; stay on the same section (e.g. Settings after Join).
let lastSection: Section = 'Partners';

// Unsaved edits, unreadable records and bulk deletions: checked once the first view is up.
const NoticesSlot = lazyView(() => import('./sections/NoticesSlot').then((m) => m.NoticesSlot), {
  quiet: true,
});

// The first view (Partners) is in the panel's own chunk; each other section is fetched when opened.
const SECTION_VIEWS: Record<Section, (props: object) => preact.JSX.Element | null> = {
  Partners: PartnersSection,
  Goals: lazyView(() => import('./sections/GoalsSection').then((m) => m.GoalsSection)),
  Log: lazyView(() => import('./sections/LogSection').then((m) => m.LogSection)),
  Dashboard: lazyView(() => import('./sections/DashboardSection').then((m) => m.DashboardSection)),
  Settings: lazyView(() => import('./sections/SettingsSection').then((m) => m.SettingsSection)),
};

export function App({ session, fallbackName, initialSettings, workspaces, sync }: Props) {
  const [section, setSectionState] = useState<Section>(lastSection);
  const setSection = useCallback((next: Section) => setSectionState((lastSection = next)), []);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [settings, setSettingsState] = useState(initialSettings);
  const setSettings = useCallback(
    (next: PersonalSettings) => {
      setSettingsState(next);
      workspaces.setSettings(next);
    },
    [workspaces],
  );
  const metaRevision = usePanelJobs(session, workspaces.registry.value.activeId, setSection);
  const notify = useCallback(
    (message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastIds }),
    [],
  );
  const dismiss = useCallback(() => setToast(null), []);
  useWorkspaceChangeToast(workspaces, notify);
  const name = workspaceName(session.doc) ?? fallbackName;
  const context = useMemo<PanelContext>(
    () => ({ session, settings, setSettings, notify, workspaceName: name, workspaces, sync }),
    [session, settings, setSettings, notify, name, metaRevision, workspaces, sync],
  );
  const SectionView = SECTION_VIEWS[section];
  const moved = workspaces.moved.value;

  return (
    <Panel.Provider value={context}>
      <Shell
        workspaceName={name}
        syncStatus={sync.label.value}
        syncState={sync.shared ? (sync.status.value?.state ?? 'offline') : 'local'}
        syncDetail={sync.lastExchangeText.value}
        workspacePicker={<WorkspacePickerSlot />}
        presence={<PresenceSlot />}
        section={section}
        onSection={setSection}
        canUndo={session.canUndo.value}
        canRedo={session.canRedo.value}
        onUndo={() => session.undo()}
        onRedo={() => session.redo()}
        notices={<NoticesSlot />}
        footer={<Toast toast={toast} onDismiss={dismiss} />}
      >
        {moved && <MovedBanner by={moved.by} at={moved.at} />}
        <SectionView />
      </Shell>
    </Panel.Provider>
  );
}
