import { t } from '../../lib/i18n';
import type { WorkspaceItem } from './WorkspacesView';

/**
 * The header's workspace switcher, on a line of its own so the name is always readable. A name
 * longer than the line is cut with an ellipsis; the whole name stays in the tooltip and is the
 * select's value (what assistive technology reads after "Current workspace").
 */
export function WorkspacePicker(props: {
  workspaces: WorkspaceItem[];
  activeId: string;
  activeName: string;
  onSwitch: (id: string) => void;
}) {
  if (props.workspaces.length < 2) {
    return (
      <p class="workspace-name" title={props.activeName}>
        {props.activeName}
      </p>
    );
  }
  return (
    <select
      class="workspace-picker"
      aria-label={t('workspace.picker.label')}
      title={props.activeName}
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
