import { storage } from 'wxt/utils/storage';

/** The workspaces this device knows; the personal one always exists. */
export interface WorkspaceEntry {
  id: string;
  name: string;
  kind: 'personal' | 'shared';
  createdAt: number;
  /** Shared workspaces only: the y-webrtc room id and password from the invite. */
  room?: string;
  secret?: string;
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

/* ---- Shared workspaces: create, join, switch, rename, leave ---- */

/** A shared workspace's room and secret, as the invite carries them. */
export interface WorkspaceShare {
  room: string;
  secret: string;
}

export function isShared(entry: WorkspaceEntry): entry is WorkspaceEntry & WorkspaceShare {
  return entry.kind === 'shared' && Boolean(entry.room) && Boolean(entry.secret);
}

export type JoinResult =
  | { ok: true; entry: WorkspaceEntry; registry: WorkspaceRegistry }
  | { ok: false; error: string; existing?: WorkspaceEntry };

/** Pure: adds a shared workspace and makes it active, unless its room is already here. */
export function withJoined(
  registry: WorkspaceRegistry,
  share: WorkspaceShare,
  name: string,
  now = Date.now(),
): JoinResult {
  const existing = registry.workspaces.find((w) => w.room === share.room);
  if (existing) {
    return {
      ok: false,
      error: `You are already in this workspace (“${existing.name}”).`,
      existing,
    };
  }
  const entry: WorkspaceEntry = {
    id: crypto.randomUUID(),
    name: cleanName(name) || 'Shared workspace',
    kind: 'shared',
    createdAt: now,
    room: share.room,
    secret: share.secret,
  };
  return {
    ok: true,
    entry,
    registry: { activeId: entry.id, workspaces: [...registry.workspaces, entry] },
  };
}

/** Pure: removes a workspace, or keeps it as a local-only copy; the personal one stays. */
export function withLeft(
  registry: WorkspaceRegistry,
  id: string,
  keepCopy: boolean,
): WorkspaceRegistry {
  const workspaces = registry.workspaces.flatMap((entry): WorkspaceEntry[] => {
    if (entry.id !== id) return [entry];
    if (!keepCopy) return [];
    return [
      {
        id: entry.id,
        name: `${entry.name} (local copy)`,
        kind: 'personal',
        createdAt: entry.createdAt,
      },
    ];
  });
  if (workspaces.length === 0) workspaces.push(personalWorkspace());
  const activeId =
    registry.activeId === id && !keepCopy
      ? (workspaces.find((w) => w.kind === 'personal') ?? workspaces[0]!).id
      : registry.activeId;
  return { activeId, workspaces };
}

function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 120);
}

async function update(
  change: (registry: WorkspaceRegistry) => WorkspaceRegistry,
): Promise<WorkspaceRegistry> {
  const next = change(await loadWorkspaceRegistry());
  await workspaceRegistryItem.setValue(next);
  return next;
}

export async function createSharedWorkspace(
  name: string,
  share: WorkspaceShare,
): Promise<WorkspaceEntry> {
  const result = withJoined(await loadWorkspaceRegistry(), share, name);
  if (!result.ok) throw new Error(result.error);
  await workspaceRegistryItem.setValue(result.registry);
  return result.entry;
}

export async function joinSharedWorkspace(
  share: WorkspaceShare,
  name: string,
): Promise<JoinResult> {
  const result = withJoined(await loadWorkspaceRegistry(), share, name);
  if (result.ok) await workspaceRegistryItem.setValue(result.registry);
  return result;
}

export function setActiveWorkspace(id: string): Promise<WorkspaceRegistry> {
  return update((registry) =>
    registry.workspaces.some((w) => w.id === id) ? { ...registry, activeId: id } : registry,
  );
}

/** Keeps the registry's label in step with the doc's name (the doc's name wins for display). */
export function renameWorkspaceEntry(id: string, name: string): Promise<WorkspaceRegistry> {
  const clean = cleanName(name);
  return update((registry) => ({
    ...registry,
    workspaces: registry.workspaces.map((w) =>
      w.id === id && clean && w.name !== clean ? { ...w, name: clean } : w,
    ),
  }));
}

export function leaveWorkspace(id: string, keepCopy: boolean): Promise<WorkspaceRegistry> {
  return update((registry) => withLeft(registry, id, keepCopy));
}
