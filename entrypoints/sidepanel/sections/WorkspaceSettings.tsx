import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import { t } from '../../../lib/i18n';
import { requestedJoin } from '../../../lib/state/navigation';
import { usePanel } from '../panel-context';
import { WorkspaceCopySlot } from './FreshWorkspaceSlot';
import { RelaySettings } from './RelaySettings';
import { SyncSettings } from './SyncSettings';
import { SchoolYearSettingSlot } from './ValueSection';

/** Settings → Workspaces (create, join, share, leave, rotate), then Sync and the workspace's relays. */
export function WorkspaceSettings() {
  const { workspaces, notify } = usePanel();
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
        // The panel that opens for the new workspace says so (lib/state/workspace-change.ts).
        onCreate={(name) => workspaces.create(name)}
        onJoin={(code) => workspaces.join(code)}
        onSwitch={(id) => void workspaces.switchTo(id)}
        onLeave={(keepCopy) =>
          void workspaces.leave(keepCopy).then(() =>
            notify({
              text: t(keepCopy ? 'workspace.leave.keptToast' : 'workspace.leave.deletedToast'),
            }),
          )
        }
        onRotate={
          workspaces.invite()
            ? async () => {
                const outcome = await workspaces.rotateInvite();
                if (outcome.ok) notify({ text: t('workspace.rotate.done') });
                return outcome;
              }
            : undefined
        }
        hasUnsentEdits={() => workspaces.hasUnsentEdits()}
        linkedInvite={requestedJoin.value}
        onLinkedInviteDone={() => (requestedJoin.value = null)}
        onCopyInvite={async (invite) => {
          try {
            await navigator.clipboard.writeText(invite);
            return true;
          } catch {
            return false;
          }
        }}
      />
      <WorkspaceCopySlot />
      <SchoolYearSettingSlot />
      <SyncSettings />
      <RelaySettings />
    </>
  );
}
