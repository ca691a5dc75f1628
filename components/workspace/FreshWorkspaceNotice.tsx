import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';

/** How the open workspace came to be empty here: just made, just joined, or unknown. */
export type FreshKind = 'created' | 'joined' | 'empty';

interface Props {
  name: string;
  kind: FreshKind;
  /** The workspace open before this one, when this panel moved from it. */
  previous?: { id: string; name: string };
  onSwitch: (id: string) => void;
  /** The `Copy partners from…` control. */
  copy: ComponentChildren;
}

/**
 * The Partners view of a workspace with no partners, when others on this device have some: it
 * says this workspace is new, where the earlier partners are, and offers to copy them or go back,
 * so an empty list never reads as lost data.
 */
export function FreshWorkspaceNotice(props: Props) {
  const { previous } = props;
  const text =
    previous && props.kind !== 'empty'
      ? t(props.kind === 'created' ? 'workspace.fresh.created' : 'workspace.fresh.joined', {
          name: props.name,
          previous: previous.name,
        })
      : t('workspace.fresh.empty', { name: props.name });
  return (
    <div class="empty-state fresh-workspace">
      <p>{text}</p>
      <div class="actions">
        {props.copy}
        {previous && (
          <button type="button" class="button" onClick={() => props.onSwitch(previous.id)}>
            {t('workspace.fresh.switchTo', { name: previous.name })}
          </button>
        )}
      </div>
    </div>
  );
}
