import { t } from '../../lib/i18n';
import type { WorkspaceItem } from './WorkspacesView';

/** The header's workspace switcher. */
export function WorkspacePicker(props: {
  workspaces: WorkspaceItem[];
  activeId: string;
  activeName: string;
  onSwitch: (id: string) => void;
}) {
  if (props.workspaces.length < 2) return <p class="workspace-name">{props.activeName}</p>;
  return (
    <select
      class="workspace-picker"
      aria-label={t('workspace.picker.label')}
      value={props.activeId}
      onChange={(event) => props.onSwitch(event.currentTarget.value)}
    >
      {props.workspaces.map((w) => (
        <option key={w.id} value={w.id}>
          {w.id === props.activeId ? props.activeName : w.name}
        </option>
      ))}
    </select>
  );
}
