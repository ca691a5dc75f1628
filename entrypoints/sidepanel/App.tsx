import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { Toast, type ToastMessage } from '../../components/common/Toast';
import { Shell, type Section } from '../../components/Shell';
import { undoShortcut } from '../../components/undo-shortcut';
import { workspaceName } from '../../lib/model/workspace';
import type { PersonalSettings } from '../../lib/storage/settings';
import type { WorkspaceSession } from '../../lib/state/workspace-session';
import { Panel, type PanelContext } from './panel-context';
import { DashboardSection } from './sections/DashboardSection';
import { GoalsSection } from './sections/GoalsSection';
import { LogSection } from './sections/LogSection';
import { PartnersSection } from './sections/PartnersSection';
import { SettingsSection } from './sections/SettingsSection';

interface Props {
  session: WorkspaceSession;
  fallbackName: string;
  initialSettings: PersonalSettings;
}

let toastIds = 0;

const SECTION_VIEWS: Record<Section, () => preact.JSX.Element> = {
  Partners: PartnersSection,
  Goals: GoalsSection,
  Log: LogSection,
  Dashboard: DashboardSection,
  Settings: SettingsSection,
};

export function App({ session, fallbackName, initialSettings }: Props) {
  const { doc } = session;
  const [section, setSection] = useState<Section>('Partners');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [settings, setSettings] = useState(initialSettings);
  const [metaRevision, setMetaRevision] = useState(0);

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
    () => ({ session, settings, setSettings, notify, workspaceName: name }),
    [session, settings, notify, name, metaRevision],
  );
  const SectionView = SECTION_VIEWS[section];

  return (
    <Panel.Provider value={context}>
      <Shell
        workspaceName={name}
        syncStatus="Offline"
        section={section}
        onSection={setSection}
        canUndo={session.canUndo.value}
        canRedo={session.canRedo.value}
        onUndo={() => session.undo()}
        onRedo={() => session.redo()}
        footer={<Toast toast={toast} onDismiss={dismiss} />}
      >
        <SectionView />
      </Shell>
    </Panel.Provider>
  );
}
