import { storage } from 'wxt/utils/storage';
import { t } from '../i18n';

/** The workspaces this device knows; the personal one always exists. */
export interface WorkspaceEntry {
  id: string;
  name: string;
  kind: 'personal' | 'shared';
  createdAt: number;
  /** Shared workspaces only: the y-webrtc room id and password from the invite. */
  room?: string;
  secret?: string;
  /** Rooms this workspace was moved away from by `Rotate invite` (old invites are refused). */
  formerRooms?: string[];
  /** Set when the entry was rebuilt from a database after the list was lost. */
  recoveredAt?: number;
}

export interface WorkspaceRegistry {
  activeId: string;
  workspaces: WorkspaceEntry[];
}

export const workspaceRegistryItem = storage.defineItem<WorkspaceRegistry | null>(
  'local:workspaces',
  { fallback: null, version: 1 },
);

/**
 * Default names are worded in the interface language of the context that creates the entry;
 * once stored they are data like any typed name (a rename changes them, a language switch not).
 */
export function personalWorkspace(now = Date.now()): WorkspaceEntry {
  return {
    id: crypto.randomUUID(),
    name: t('workspace.default.personal'),
    kind: 'personal',
    createdAt: now,
  };
}

/* ---- One writer at a time ----
 *
 * The list lives in one chrome.storage key that the panel (maybe several), the background and the
 * offscreen document all read, and writers read-modify-write it. Two writers that interleave
 * (both read, both write) lose the first one's change: a join vanishes, or a leave is undone by
 * a rename that read the list before it. Every read-modify-write therefore runs under one Web
 * Lock, which the browser holds across all of the extension's contexts. Where Web Locks are
 * missing (Node tests, very old browsers) an in-process queue gives the same order within this
 * context. The lock is not re-entrant: code inside it uses the unlocked helpers only.
 */

const LOCK_NAME = 'bridgework:workspaces';
let localQueue: Promise<unknown> = Promise.resolve();

interface LockManagerLike {
  request: <T>(name: string, callback: () => Promise<T>) => Promise<T>;
}

function webLocks(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** Runs `task` while no other context changes the workspace list. */
export function withRegistryLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (locks) return locks.request(LOCK_NAME, task);
  const run = localQueue.then(task, task);
  localQueue = run.catch(() => undefined);
  return run;
}

/* ---- Reading: validated, and rebuilt from the databases when lost ---- */

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATABASE_PREFIX = 'bridgework-workspace-';

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
}

/** One stored entry, checked field by field; null when it cannot name a workspace. */
function readEntry(raw: unknown): WorkspaceEntry | null {
  if (!raw || typeof raw !== 'object') return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.id !== 'string' || !ID.test(value.id)) return null;
  const room = text(value.room, 200);
  const secret = text(value.secret, 200);
  const shared = value.kind === 'shared' && room !== undefined && secret !== undefined;
  const entry: WorkspaceEntry = {
    id: value.id,
    name: text(value.name, 120) ?? t('workspace.default.unnamed'),
    kind: shared ? 'shared' : 'personal',
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
  };
  if (shared) Object.assign(entry, { room, secret });
  if (Array.isArray(value.formerRooms)) {
    const former = value.formerRooms.flatMap((r) => text(r, 200) ?? []).slice(-20);
    if (former.length > 0) entry.formerRooms = former;
  }
  if (typeof value.recoveredAt === 'number') entry.recoveredAt = value.recoveredAt;
  return entry;
}

/** The stored list with damaged entries dropped and duplicates removed; null when nothing is left. */
export function readRegistry(raw: unknown): WorkspaceRegistry | null {
  if (!raw || typeof raw !== 'object') return null;
  const list = (raw as { workspaces?: unknown }).workspaces;
  if (!Array.isArray(list)) return null;
  const seen = new Set<string>();
  const workspaces = list.flatMap((item) => {
    const entry = readEntry(item);
    if (!entry || seen.has(entry.id)) return [];
    seen.add(entry.id);
    return [entry];
  });
  if (workspaces.length === 0) return null;
  const activeId = (raw as { activeId?: unknown }).activeId;
  return {
    activeId: workspaces.some((w) => w.id === activeId) ? (activeId as string) : workspaces[0]!.id,
    workspaces,
  };
}

/** Workspace ids that have a database on this device (empty where the browser cannot list them). */
export async function workspaceDatabaseIds(): Promise<string[]> {
  const factory = (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory || typeof factory.databases !== 'function') return [];
  try {
    const databases = await factory.databases();
    return databases.flatMap(({ name }) => {
      const id = name?.startsWith(DATABASE_PREFIX) ? name.slice(DATABASE_PREFIX.length) : '';
      return ID.test(id) ? [id] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Pure: entries for databases found without a list. The invite (room and secret) was only in the
 * lost list, so each comes back as a copy on this device; the panel says so, and the doc's own
 * name replaces the placeholder as soon as the workspace is opened.
 */
export function recoveredRegistry(ids: readonly string[], now = Date.now()): WorkspaceRegistry {
  const workspaces = ids.map((id, index): WorkspaceEntry => ({
    id,
    name:
      ids.length > 1
        ? t('workspace.default.recoveredN', { number: index + 1 })
        : t('workspace.default.recovered'),
    kind: 'personal',
    createdAt: now,
    recoveredAt: now,
  }));
  return { activeId: workspaces[0]!.id, workspaces };
}

/** The list as stored, or rebuilt, or a first personal workspace; writes what it had to make. */
async function readOrCreate(): Promise<WorkspaceRegistry> {
  const raw = await workspaceRegistryItem.getValue();
  const stored = readRegistry(raw);
  if (stored) return stored;
  // A lost or damaged list must not put an empty workspace in front of data that is still here.
  const ids = await workspaceDatabaseIds();
  const registry =
    ids.length > 0
      ? recoveredRegistry(ids)
      : (() => {
          const personal = personalWorkspace();
          return { activeId: personal.id, workspaces: [personal] };
        })();
  await workspaceRegistryItem.setValue(registry);
  return registry;
}

/** Returns the registry, creating the personal workspace on first run. */
export async function loadWorkspaceRegistry(): Promise<WorkspaceRegistry> {
  const stored = readRegistry(await workspaceRegistryItem.getValue());
  if (stored) return stored;
  return withRegistryLock(readOrCreate);
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
      error: t('workspace.join.already', { name: existing.name }),
      existing,
    };
  }
  const moved = registry.workspaces.find((w) => w.formerRooms?.includes(share.room));
  if (moved) {
    return {
      ok: false,
      error: t('workspace.join.oldInvite', { name: moved.name }),
      existing: moved,
    };
  }
  const entry: WorkspaceEntry = {
    id: crypto.randomUUID(),
    name: cleanName(name) || t('workspace.default.shared'),
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
        name: t('workspace.leave.copyName', { name: entry.name }),
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

export type RotateResult =
  | { ok: true; entry: WorkspaceEntry & WorkspaceShare; registry: WorkspaceRegistry }
  | { ok: false; error: string };

/**
 * Pure: moves a shared workspace to a new room and secret. The id (and so the database) stays,
 * so every record carries over; the old room is remembered only to refuse its invite later.
 */
export function withRotated(
  registry: WorkspaceRegistry,
  id: string,
  share: WorkspaceShare,
): RotateResult {
  const entry = registry.workspaces.find((w) => w.id === id);
  if (!entry || !isShared(entry)) {
    return { ok: false, error: t('workspace.rotate.notShared') };
  }
  if (registry.workspaces.some((w) => w.room === share.room)) {
    return { ok: false, error: t('workspace.rotate.roomInUse') };
  }
  const moved = {
    ...entry,
    room: share.room,
    secret: share.secret,
    formerRooms: [...(entry.formerRooms ?? []), entry.room].slice(-20),
  };
  return {
    ok: true,
    entry: moved,
    registry: {
      ...registry,
      workspaces: registry.workspaces.map((w) => (w.id === id ? moved : w)),
    },
  };
}

/** Read, change and write the list as one step under the lock (see withRegistryLock). */
function update(
  change: (registry: WorkspaceRegistry) => WorkspaceRegistry,
): Promise<WorkspaceRegistry> {
  return withRegistryLock(async () => {
    const current = await readOrCreate();
    const next = change(current);
    if (next !== current) await workspaceRegistryItem.setValue(next);
    return next;
  });
}

/** Like update, for changes that may be refused: nothing is written then. */
function tryUpdate<R extends { ok: true; registry: WorkspaceRegistry } | { ok: false }>(
  change: (registry: WorkspaceRegistry) => R,
): Promise<R> {
  return withRegistryLock(async () => {
    const result = change(await readOrCreate());
    if (result.ok) await workspaceRegistryItem.setValue(result.registry);
    return result;
  });
}

export async function createSharedWorkspace(
  name: string,
  share: WorkspaceShare,
): Promise<WorkspaceEntry> {
  const result = await tryUpdate((registry) => withJoined(registry, share, name));
  if (!result.ok) throw new Error(result.error);
  return result.entry;
}

export function joinSharedWorkspace(share: WorkspaceShare, name: string): Promise<JoinResult> {
  return tryUpdate((registry) => withJoined(registry, share, name));
}

/** Moves a shared workspace to a new room and secret on this device (see withRotated). */
export function rotateWorkspaceShare(id: string, share: WorkspaceShare): Promise<RotateResult> {
  return tryUpdate((registry) => withRotated(registry, id, share));
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

export async function leaveWorkspace(id: string, keepCopy: boolean): Promise<WorkspaceRegistry> {
  const registry = await update((registry) => withLeft(registry, id, keepCopy));
  // A left workspace syncs no more, through a relay or otherwise: its relays are forgotten too.
  // Imported here: relay settings validate URLs with tldts, which the first view must not load.
  const { saveWorkspaceRelays } = await import('./relay-settings');
  await saveWorkspaceRelays(id, []);
  return registry;
}
