import { storage } from 'wxt/utils/storage';

/** The workspaces this device knows; the personal one always exists. */
export interface WorkspaceEntry {
  id: string;
  name: string;
  kind: 'personal' | 'shared';
  createdAt: number;
}

export interface WorkspaceRegistry {
  activeId: string;
  workspaces: WorkspaceEntry[];
}

export const workspaceRegistryItem = storage.defineItem<WorkspaceRegistry | null>(
  'local:workspaces',
  { fallback: null, version: 1 },
);

export function personalWorkspace(now = Date.now()): WorkspaceEntry {
  return { id: crypto.randomUUID(), name: 'My workspace', kind: 'personal', createdAt: now };
}

/** Returns the registry, creating the personal workspace on first run. */
export async function loadWorkspaceRegistry(): Promise<WorkspaceRegistry> {
  const stored = await workspaceRegistryItem.getValue();
  if (stored && stored.workspaces.length > 0) {
    const active = stored.workspaces.some((w) => w.id === stored.activeId)
      ? stored.activeId
      : stored.workspaces[0]!.id;
    return { ...stored, activeId: active };
  }
  const personal = personalWorkspace();
  const registry = { activeId: personal.id, workspaces: [personal] };
  await workspaceRegistryItem.setValue(registry);
  return registry;
}
