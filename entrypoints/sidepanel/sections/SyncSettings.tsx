import { useEffect, useState } from 'preact/hooks';
import {
  SyncSettingsView,
  type SyncSettingsValues,
} from '../../../components/settings/SyncSettingsView';
import {
  formatIceServers,
  loadSyncSettings,
  saveSyncSettings,
  syncSettingsItem,
  type SyncSettings as StoredSyncSettings,
} from '../../../lib/storage/sync-settings';

function toValues(settings: StoredSyncSettings): SyncSettingsValues {
  return {
    signaling: settings.signalingServers.join('\n'),
    ice: formatIceServers(settings.iceServers),
    paused: settings.paused,
  };
}

/** Settings → Sync: signaling and ICE servers, and Pause sync; kept in chrome.storage. */
export function SyncSettings() {
  const [syncSettings, setSyncSettings] = useState<StoredSyncSettings | null>(null);
  useEffect(() => {
    void loadSyncSettings().then(setSyncSettings);
    return syncSettingsItem.watch(() => void loadSyncSettings().then(setSyncSettings));
  }, []);
  if (!syncSettings) return null;
  return (
    <SyncSettingsView
      values={toValues(syncSettings)}
      onPause={(paused) => void saveSyncSettings({ paused }).then(setSyncSettings)}
      onSave={async (servers) => {
        setSyncSettings(await saveSyncSettings(servers));
        return null;
      }}
    />
  );
}
