import { CopyPartnersForm } from '../../../components/workspace/CopyPartnersForm';
import { FreshWorkspaceNotice } from '../../../components/workspace/FreshWorkspaceNotice';
import { offersCopy } from '../../../lib/state/workspace-change';
import { usePanel } from '../panel-context';

/** `Copy partners from…` into the open workspace, from any other workspace on this device. */
export function CopyPartnersSlot() {
  const { workspaces, workspaceName } = usePanel();
  const { activeId, workspaces: all } = workspaces.registry.value;
  const change = workspaces.lastChange.value;
  return (
    <CopyPartnersForm
      targetName={workspaceName}
      sources={all.filter((w) => w.id !== activeId).map((w) => ({ id: w.id, name: w.name }))}
      defaultSourceId={change?.to.id === activeId ? change.from.id : undefined}
      onCopy={(sourceId) => workspaces.copyPartnersFrom(sourceId)}
    />
  );
}

/** Partners' empty state when other workspaces exist: where the earlier partners are. */
function FreshWorkspaceSlot() {
  const { workspaces, workspaceName } = usePanel();
  const activeId = workspaces.registry.value.activeId;
  const change = workspaces.lastChange.value;
  const arrived = change?.to.id === activeId ? change : null;
  return (
    <FreshWorkspaceNotice
      name={workspaceName}
      kind={arrived && arrived.kind !== 'switched' ? arrived.kind : 'empty'}
      previous={arrived ? { id: arrived.from.id, name: arrived.from.name } : undefined}
      onSwitch={(id) => void workspaces.switchTo(id)}
      copy={<CopyPartnersSlot />}
    />
  );
}

/**
 * Settings → Workspaces: `Copy partners from…`; right after creating or joining from a workspace
 * with partners, while this one has none, with the words that say where they are.
 */
export function WorkspaceCopySlot() {
  const { workspaces, session } = usePanel();
  const { activeId, workspaces: all } = workspaces.registry.value;
  if (all.length < 2) return null;
  const fresh =
    offersCopy(workspaces.lastChange.value, activeId) && session.sortedPartners.value.length === 0;
  return fresh ? (
    <FreshWorkspaceSlot />
  ) : (
    <div class="form">
      <CopyPartnersSlot />
    </div>
  );
}

/** The empty Partners view to show instead of the plain one, or undefined for the plain one. */
export function useFreshWorkspaceNotice() {
  const { workspaces } = usePanel();
  return workspaces.registry.value.workspaces.length > 1 ? <FreshWorkspaceSlot /> : undefined;
}
