import { goalActivity } from '../../../components/common/goal-activity';
import { PresenceList } from '../../../components/workspace/PresenceList';
import { WorkspacePicker } from '../../../components/workspace/WorkspacePicker';
import { usePanel } from '../panel-context';

/** The header's workspace switcher: every workspace on this device, the open one selected. */
export function WorkspacePickerSlot() {
  const { workspaces, workspaceName } = usePanel();
  return (
    <WorkspacePicker
      workspaces={workspaces.registry.value.workspaces.map((w) => ({
        id: w.id,
        name: w.name,
        shared: w.kind === 'shared',
      }))}
      activeId={workspaces.registry.value.activeId}
      activeName={workspaceName}
      onSwitch={(id) => void workspaces.switchTo(id)}
    />
  );
}

/** Who is in the workspace right now, and what they are looking at. */
export function PresenceSlot() {
  const { sync } = usePanel();
  return (
    <PresenceList
      people={sync.peers.value.map((peer) => ({
        clientId: peer.clientId,
        name: peer.user.name,
        colour: peer.user.colour,
        self: peer.self,
        ...goalActivity(peer.focus),
      }))}
    />
  );
}
