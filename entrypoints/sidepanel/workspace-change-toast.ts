import { useEffect } from 'preact/hooks';
import type { ToastMessage } from '../../components/common/Toast';
import { t } from '../../lib/i18n';
import type { WorkspaceController } from '../../lib/state/workspace-controller';
import { workspaceChangeText, type WorkspaceChange } from '../../lib/state/workspace-change';

/** Changes already announced: the panel remounts per workspace, the controller outlives it. */
const announced = new WeakSet<WorkspaceChange>();

/**
 * Says once, in the panel that opened for the new workspace, which workspace is open now and
 * where the old one's partners are, with `Switch back`.
 */
export function useWorkspaceChangeToast(
  workspaces: WorkspaceController,
  notify: (toast: Omit<ToastMessage, 'id'>) => void,
) {
  const change = workspaces.lastChange.value;
  const activeId = workspaces.registry.value.activeId;
  useEffect(() => {
    if (!change || change.to.id !== activeId || announced.has(change)) return;
    announced.add(change);
    const reword = () => ({
      text: workspaceChangeText(change),
      actionLabel: t('workspace.change.switchBack'),
    });
    notify({
      ...reword(),
      reword,
      onAction: () => void workspaces.switchTo(change.from.id),
      twoLines: true,
    });
  }, [change, activeId, workspaces, notify]);
}
