import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ToastMessage } from '../../components/common/Toast';
import type { PersonalSettings } from '../../lib/storage/settings';
import type { SyncView } from '../../lib/state/sync-view';
import type { WorkspaceController } from '../../lib/state/workspace-controller';
import type { WorkspaceSession } from '../../lib/state/workspace-session';

/** What every section of the panel needs: the open workspace, you, and a way to speak up. */
export interface PanelContext {
  session: WorkspaceSession;
  settings: PersonalSettings;
  setSettings: (settings: PersonalSettings) => void;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  workspaceName: string;
  /** Create, join, switch and leave workspaces. */
  workspaces: WorkspaceController;
  /** Sync status and presence of the open workspace (`sync.setLocalFocus({ goalId })`). */
  sync: SyncView;
}

export const Panel = createContext<PanelContext | null>(null);

export function usePanel(): PanelContext {
  const context = useContext(Panel);
  if (!context) throw new Error('usePanel outside the panel');
  return context;
}
