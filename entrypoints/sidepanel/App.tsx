import { useCallback, useEffect, useState } from 'preact/hooks';
import { ComingSoon } from '../../components/common/ComingSoon';
import { Toast, type ToastMessage } from '../../components/common/Toast';
import { PartnersView, type PartnerActions } from '../../components/partners/PartnersView';
import { SettingsView } from '../../components/settings/SettingsView';
import { Shell, type Section } from '../../components/Shell';
import { undoShortcut } from '../../components/undo-shortcut';
import { addPartner, deletePartner, updatePartner } from '../../lib/model/partner';
import { addPerson, deletePerson, updatePerson } from '../../lib/model/person';
import { renameWorkspace, workspaceName } from '../../lib/model/workspace';
import { PRESENCE_COLOURS, saveSettings, type PersonalSettings } from '../../lib/storage/settings';
import type { WorkspaceSession } from '../../lib/state/workspace-session';

interface Props {
  session: WorkspaceSession;
  fallbackName: string;
  initialSettings: PersonalSettings;
  storagePersisted: Promise<boolean>;
}

let toastIds = 0;

export function App({ session, fallbackName, initialSettings, storagePersisted }: Props) {
  const { doc } = session;
  const [section, setSection] = useState<Section>('Partners');
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [settings, setSettings] = useState(initialSettings);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [, setMetaRevision] = useState(0);

  useEffect(() => {
    void storagePersisted.then(setPersisted);
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
  }, [doc, session, storagePersisted]);

  const notify = useCallback(
    (message: Omit<ToastMessage, 'id'>) => setToast({ ...message, id: ++toastIds }),
    [],
  );
  const dismiss = useCallback(() => setToast(null), []);
  const search = useCallback(
    (query: string) => session.searchPartners(query),
    [session, session.sortedPartners.value],
  );

  const actions: PartnerActions = {
    add: (input) =>
      session.act(() =>
        addPartner(doc, { ...input, createdBy: settings.displayName || undefined }),
      ),
    update: (id, input) => session.act(() => updatePartner(doc, id, input)),
    remove: (id) => session.act(() => deletePartner(doc, id)),
    addPerson: (person) => session.act(() => addPerson(doc, person)),
    updatePerson: (id, person) => session.act(() => updatePerson(doc, id, person)),
    removePerson: (id) => session.act(() => deletePerson(doc, id)),
    undo: () => session.undo(),
  };

  const name = workspaceName(doc) ?? fallbackName;
  return (
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
      {section === 'Partners' && (
        <PartnersView
          totalCount={session.sortedPartners.value.length}
          search={search}
          getPartner={(id) => session.partners.get(id)}
          peopleByPartner={session.peopleByPartner.value}
          invalidCount={session.partners.invalidCount}
          actions={actions}
          notify={notify}
        />
      )}
      {section === 'Goals' && (
        <ComingSoon title="Goals">
          A shared board of measurable goals with check-ins, co-edited live with your partners.
        </ComingSoon>
      )}
      {section === 'Log' && (
        <ComingSoon title="Contact log">
          Meetings, calls and emails with agendas, notes, decisions and follow-ups, and reminders
          when a partner goes quiet.
        </ComingSoon>
      )}
      {section === 'Dashboard' && (
        <ComingSoon title="Dashboard">
          Contributions, feedback, success stories and a digest to share with your community.
        </ComingSoon>
      )}
      {section === 'Settings' && (
        <SettingsView
          settings={settings}
          colours={PRESENCE_COLOURS}
          workspaceName={name}
          storagePersisted={persisted}
          onSave={async (next) => setSettings(await saveSettings(next))}
          onRenameWorkspace={(newName) => {
            session.act(() => renameWorkspace(doc, newName));
            notify({ text: 'Workspace renamed.' });
          }}
        />
      )}
    </Shell>
  );
}
