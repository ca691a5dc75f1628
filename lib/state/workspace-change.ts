import { t, type MessageKey } from '../i18n';

export type WorkspaceChangeKind = 'created' | 'joined' | 'switched';

/**
 * The panel just moved to another workspace. Opening one remounts the whole panel, so this is
 * kept by the controller (not the panel) until the new panel has said where the old data is.
 */
export interface WorkspaceChange {
  kind: WorkspaceChangeKind;
  to: { id: string; name: string };
  /** The workspace left behind, and how many partners it shows. */
  from: { id: string; name: string; partners: number };
}

const CHANGE_KEYS: Record<WorkspaceChangeKind, MessageKey> = {
  created: 'workspace.change.created',
  joined: 'workspace.change.joined',
  switched: 'workspace.change.switched',
};

/** "Created “PTA 2026”. 1 partner stays in “My workspace”." */
export function workspaceChangeText(change: WorkspaceChange): string {
  return t(CHANGE_KEYS[change.kind], {
    name: change.to.name,
    previous: change.from.name,
    count: change.from.partners,
  });
}

/**
 * Whether to offer `Copy partners from…` right away: a workspace was created or joined while a
 * workspace with partners was open (a switch between existing workspaces is not a fresh start).
 */
export function offersCopy(change: WorkspaceChange | null, openId: string): boolean {
  return (
    !!change && change.to.id === openId && change.kind !== 'switched' && change.from.partners > 0
  );
}
