import { useEffect, useState } from 'preact/hooks';
import {
  SyncSettingsView,
  type SyncSettingsValues,
} from '../../../components/settings/SyncSettingsView';
import {
  formatIceServers,
  loadSyncSettings,
  parseIceServers,
  parseServerList,
  saveSyncSettings,
  syncSettingsItem,
  type SyncSettings as StoredSyncSettings,
} from '../../../lib/storage/sync-settings';
import { formatList, t } from '../../../lib/i18n';

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
      onSave={async (values) => {
        const signaling = parseServerList(values.signaling, ['ws:', 'wss:']);
        if (signaling.invalid.length > 0) {
          return t('sync.settings.badSignaling', { addresses: formatList(signaling.invalid) });
        }
        const ice = parseIceServers(values.ice);
        if (ice.invalid.length > 0) {
          return t('sync.settings.badIce', { servers: formatList(ice.invalid) });
        }
        setSyncSettings(
          await saveSyncSettings({
            signalingServers: signaling.urls,
            iceServers: ice.servers,
          }),
        );
        return null;
      }}
    />
  );
}
