import { WebAppAddressForm } from '../../../components/workspace/WebAppAddressForm';
import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import { t } from '../../../lib/i18n';
import { requestedJoin } from '../../../lib/state/navigation';
import { inviteLink } from '../../../lib/sync/invite-link';
import { usePanel } from '../panel-context';
import { WorkspaceCopySlot } from './FreshWorkspaceSlot';
import { RelaySettings } from './RelaySettings';
import { SyncSettings } from './SyncSettings';
import { SchoolYearSettingSlot } from './ValueSection';
import { useWebAppAddress } from './web-app-address';

/** Settings → Workspaces (create, join, share, leave, rotate), then Sync and the workspace's relays. */
export function WorkspaceSettings() {
  const { workspaces, notify } = usePanel();
  const registry = workspaces.registry.value;
  const invite = workspaces.invite();
  const [webApp, saveWebApp] = useWebAppAddress();
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
        invite={invite}
        inviteLink={webApp && invite ? inviteLink(webApp, invite) : null}
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
          invite
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
      <WebAppAddressForm address={webApp} onSave={saveWebApp} />
      <WorkspaceCopySlot />
      <SchoolYearSettingSlot />
      <SyncSettings />
      <RelaySettings />
    </>
  );
}
