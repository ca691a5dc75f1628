import { useEffect, useState } from 'preact/hooks';
import { SettingsView } from '../../../components/settings/SettingsView';
import { WorkspaceSettings } from './WorkspaceSettings';
import { DataSafetySettings } from './DataSafetySettings';
import { DataSettings } from './DataSettings';
import { renameWorkspace } from '../../../lib/model/workspace';
import { PRESENCE_COLOURS, saveSettings } from '../../../lib/storage/settings';
import { requestPersistentStorage, storageEstimate } from '../../../lib/sync/local-persistence';
import { StorageStatus } from '../../../components/settings/StorageStatus';
import { usePanel } from '../panel-context';
import { resolveLanguage, setLocale, t } from '../../../lib/i18n';
import { ReminderSettings } from './ReminderSettings';
import { RecentlyDeletedSection } from './DeletionsSection';

export function SettingsSection() {
  const { session, settings, setSettings, notify, workspaceName } = usePanel();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => void requestPersistentStorage().then(setPersisted), []);
  useEffect(() => void storageEstimate().then(setEstimate), []);
  return (
    <>
      <WorkspaceSettings />
      <SettingsView
        settings={settings}
        colours={PRESENCE_COLOURS}
        workspaceName={workspaceName}
        onSave={async (next) => setSettings(await saveSettings(next))}
        onLanguage={async (language) => {
          setLocale(resolveLanguage(language));
          setSettings(await saveSettings({ language }));
        }}
        onRenameWorkspace={(newName) => {
          session.act(() => renameWorkspace(session.doc, newName));
          notify({ text: t('settings.workspace.renamed') });
        }}
      />
      <StorageStatus
        persisted={persisted}
        estimate={estimate}
        onAskAgain={() => void requestPersistentStorage().then(setPersisted)}
      />
      <ReminderSettings />
      <DataSettings />
      <DataSafetySettings />
      <RecentlyDeletedSection />
    </>
  );
}
