import { signal } from '@preact/signals';
import { renameWorkspace, workspaceName } from '../model/workspace';
import type { PersonalSettings } from '../storage/settings';
import {
  createSharedWorkspace,
  isShared,
  joinSharedWorkspace,
  leaveWorkspace,
  loadWorkspaceRegistry,
  renameWorkspaceEntry,
  setActiveWorkspace,
  workspaceRegistryItem,
  type WorkspaceEntry,
  type WorkspaceRegistry,
} from '../storage/workspaces';
import { formatInvite, newInvite, parseInvite } from '../sync/invite';
import {
  databaseNameFor,
  openLocalWorkspace,
  type LocalWorkspace,
} from '../sync/local-persistence';
import { SyncView } from './sync-view';
import { WorkspaceSession } from './workspace-session';

/** The workspace the panel has open: its doc, its view models and its sync link. */
export interface OpenWorkspace {
  entry: WorkspaceEntry;
  local: LocalWorkspace;
  session: WorkspaceSession;
  sync: SyncView;
}

/**
 * The panel's workspaces: which one is open, and creating, joining, switching and leaving.
 * Switching disposes the open workspace (view models, sync link, IndexedDB) before opening the
 * next, so only one is open in the panel at a time; the offscreen document keeps all shared ones
 * in sync regardless.
 */
export class WorkspaceController {
  readonly registry = signal<WorkspaceRegistry>({ activeId: '', workspaces: [] });
  readonly current = signal<OpenWorkspace | null>(null);
  private settings: PersonalSettings;
  private queue: Promise<unknown> = Promise.resolve();
  private stopMeta: (() => void) | null = null;
  private readonly stopWatch: () => void;

  constructor(settings: PersonalSettings) {
    this.settings = settings;
    this.stopWatch = workspaceRegistryItem.watch((next) => {
      if (next) this.registry.value = next;
    });
  }

  /** Opens the registry's active workspace. */
  async start(): Promise<void> {
    this.registry.value = await loadWorkspaceRegistry();
    await this.openNow(this.registry.value.activeId);
  }

  get personalSettings(): PersonalSettings {
    return this.settings;
  }

  setSettings(settings: PersonalSettings) {
    this.settings = settings;
    this.current.value?.sync.setUser(settings);
  }

  /** The invite for the open workspace, when it is shared. */
  invite(): string | null {
    const open = this.current.value;
    if (!open || !isShared(open.entry)) return null;
    return formatInvite({
      room: open.entry.room,
      secret: open.entry.secret,
      name: workspaceName(open.local.doc) ?? open.entry.name,
    });
  }

  switchTo(id: string): Promise<void> {
    return this.serial(async () => {
      if (this.current.value?.entry.id === id) return;
      this.registry.value = await setActiveWorkspace(id);
      await this.openNow(this.registry.value.activeId);
    });
  }

  /** Creates a new shared workspace with fresh random room and secret, and opens it. */
  create(name: string): Promise<void> {
    return this.serial(async () => {
      const invite = newInvite();
      const entry = await createSharedWorkspace(name, invite);
      this.registry.value = await loadWorkspaceRegistry();
      await this.openNow(entry.id, (local) => renameWorkspace(local.doc, name));
    });
  }

  /** Joins from an invite code; resolves to an error message or null. */
  join(code: string): Promise<string | null> {
    return this.serial(async () => {
      const parsed = parseInvite(code);
      if (!parsed.ok) return parsed.error;
      const result = await joinSharedWorkspace(parsed.invite, parsed.invite.name ?? '');
      if (!result.ok) return result.error;
      this.registry.value = result.registry;
      await this.openNow(result.entry.id);
      return null;
    });
  }

  /** Stops syncing the open workspace; keeps a local copy or deletes it from this device. */
  leave(keepCopy: boolean): Promise<void> {
    return this.serial(async () => {
      const open = this.current.value;
      if (!open) return;
      const id = open.entry.id;
      const copyName = `${workspaceName(open.local.doc) ?? open.entry.name} (local copy)`;
      this.registry.value = await leaveWorkspace(id, keepCopy);
      await this.openNow(
        this.registry.value.activeId,
        keepCopy ? (local) => renameWorkspace(local.doc, copyName) : undefined,
      );
      // Blocks until every context (the offscreen document too) has closed the database.
      if (!keepCopy) indexedDB.deleteDatabase(databaseNameFor(id));
    });
  }

  dispose() {
    this.stopWatch();
    this.closeCurrent();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private closeCurrent() {
    const open = this.current.value;
    if (!open) return;
    this.stopMeta?.();
    this.stopMeta = null;
    this.current.value = null;
    open.sync.dispose();
    open.session.dispose();
    void open.local.close();
  }

  private async openNow(id: string, prepare?: (local: LocalWorkspace) => void) {
    this.closeCurrent();
    const entry = this.registry.value.workspaces.find((w) => w.id === id);
    if (!entry) throw new Error('That workspace is no longer on this device.');
    const local = await openLocalWorkspace(entry.id);
    prepare?.(local);
    const session = new WorkspaceSession(local.doc);
    const sync = new SyncView(entry, local.doc, this.settings);
    // Keep the registry's label in step with the name in the doc (it may come from a peer).
    const meta = local.doc.getMap('meta');
    const onMeta = () => {
      const name = workspaceName(local.doc);
      const known = this.registry.value.workspaces.find((w) => w.id === entry.id);
      if (name && known && known.name !== name) void renameWorkspaceEntry(entry.id, name);
    };
    meta.observe(onMeta);
    onMeta();
    this.stopMeta = () => meta.unobserve(onMeta);
    this.current.value = { entry, local, session, sync };
  }
}
