import { useEffect, useState } from 'preact/hooks';
import {
  SyncSettingsView,
  type SyncSettingsValues,
} from '../../../components/settings/SyncSettingsView';
import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import {
  formatIceServers,
  loadSyncSettings,
  parseIceServers,
  parseServerList,
  saveSyncSettings,
  syncSettingsItem,
  type SyncSettings,
} from '../../../lib/storage/sync-settings';
import { usePanel } from '../panel-context';

function toValues(settings: SyncSettings): SyncSettingsValues {
  return {
    signaling: settings.signalingServers.join('\n'),
    ice: formatIceServers(settings.iceServers),
    paused: settings.paused,
  };
}

/** Settings → Workspaces (create, join, share, leave) and Sync (servers, pause). */
export function WorkspaceSettings() {
  const { workspaces, notify } = usePanel();
  const [syncSettings, setSyncSettings] = useState<SyncSettings | null>(null);
  useEffect(() => {
    void loadSyncSettings().then(setSyncSettings);
    return syncSettingsItem.watch(() => void loadSyncSettings().then(setSyncSettings));
  }, []);
  const registry = workspaces.registry.value;
  return (
    <>
      <WorkspacesView
        workspaces={registry.workspaces.map((w) => ({
          id: w.id,
          name: w.name,
          shared: w.kind === 'shared',
          recovered: w.recoveredAt !== undefined,
        }))}
        activeId={registry.activeId}
        invite={workspaces.invite()}
        onCreate={async (name) => {
          await workspaces.create(name);
          notify({ text: `Created “${name.trim()}”. Copy the invite to share it.` });
        }}
        onJoin={async (code) => {
          const problem = await workspaces.join(code);
          if (!problem) notify({ text: 'Joined. Changes arrive as soon as a member is online.' });
          return problem;
        }}
        onSwitch={(id) => void workspaces.switchTo(id)}
        onLeave={(keepCopy) =>
          void workspaces
            .leave(keepCopy)
            .then(() =>
              notify({ text: keepCopy ? 'Left; a local copy stays here.' : 'Left and deleted.' }),
            )
        }
        onRotate={
          workspaces.invite()
            ? async () => {
                const outcome = await workspaces.rotateInvite();
                if (outcome.ok) notify({ text: 'Moved to a new invite. Send it to who stays.' });
                return outcome;
              }
            : undefined
        }
        hasUnsentEdits={() => workspaces.hasUnsentEdits()}
        onCopyInvite={async (invite) => {
          try {
            await navigator.clipboard.writeText(invite);
            return true;
          } catch {
            return false;
          }
        }}
      />
      {syncSettings && (
        <SyncSettingsView
          values={toValues(syncSettings)}
          onPause={(paused) => void saveSyncSettings({ paused }).then(setSyncSettings)}
          onSave={async (values) => {
            const signaling = parseServerList(values.signaling, ['ws:', 'wss:']);
            if (signaling.invalid.length > 0) {
              return `Not a ws:// or wss:// address: ${signaling.invalid.join(', ')}`;
            }
            const ice = parseIceServers(values.ice);
            if (ice.invalid.length > 0) {
              return `Not a stun: or turn: server: ${ice.invalid.join(', ')}`;
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
      )}
    </>
  );
}
