import { useEffect, useState } from 'preact/hooks';
import { RelaySettingsView } from '../../../components/settings/RelaySettingsView';
import {
  loadWorkspaceRelays,
  relayServersItem,
  saveWorkspaceRelays,
} from '../../../lib/storage/relay-settings';
import { usePanel } from '../panel-context';

/** Settings → Relay servers of the open workspace, when it is shared; kept in chrome.storage. */
export function RelaySettings() {
  const { workspaces, sync } = usePanel();
  const registry = workspaces.registry.value;
  const active = registry.workspaces.find((w) => w.id === registry.activeId);
  const id = active?.kind === 'shared' ? active.id : null;
  const [relays, setRelays] = useState<string[] | null>(null);
  useEffect(() => {
    if (!id) return;
    const load = () => void loadWorkspaceRelays(id).then(setRelays);
    load();
    return relayServersItem.watch(load);
  }, [id]);
  if (!id || !relays) return null;
  return (
    <RelaySettingsView
      relays={relays.join('\n')}
      statuses={sync.status.value?.relays ?? []}
      onSave={async (urls) => {
        setRelays(await saveWorkspaceRelays(id, urls));
        return null;
      }}
    />
  );
}
