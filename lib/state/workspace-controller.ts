import { signal } from '@preact/signals';
import { renameWorkspace, workspaceName } from '../model/workspace';
import type { PersonalSettings } from '../storage/settings';
import { takeSnapshot } from '../storage/snapshots';
import { hasUnsentEdits } from '../storage/sync-settings';
import {
  createSharedWorkspace,
  isShared,
  joinSharedWorkspace,
  leaveWorkspace,
  loadWorkspaceRegistry,
  readRegistry,
  renameWorkspaceEntry,
  rotateWorkspaceShare,
  setActiveWorkspace,
  workspaceRegistryItem,
  type WorkspaceEntry,
  type WorkspaceRegistry,
} from '../storage/workspaces';
import { formatInvite, newInvite, parseInvite, type InviteProblem } from '../sync/invite';
import { t, type MessageKey } from '../i18n';
import {
  deleteLocalWorkspace,
  openLocalWorkspace,
  readWorkspaceForExport,
  WorkspaceOpenError,
  type LocalWorkspace,
  type OpenFailureKind,
} from '../sync/local-persistence';
import { exportFileName, exportWorkspaceJson } from '../model/workspace-export';
import {
  clearWorkspaceMoved,
  markWorkspaceMoved,
  movedNotice,
  type MovedNotice,
} from '../sync/workspace-moved';
import { LocalEdits } from './local-edits';
import { openErrorText } from './open-failure';
import { SyncView } from './sync-view';
import type { WorkspaceChange, WorkspaceChangeKind } from './workspace-change';
import { WorkspaceSession } from './workspace-session';
import { storedYears } from './stored-years';
import { YearHistory } from './year-history';
import { keepHistorySplit } from './history-upkeep';
import { FIRST_VIEW_KEY, readFirstView, type FirstView } from '../model/first-view';
import { historyYears, yearDocId } from '../model/history-years';
import type * as Y from 'yjs';

/** Why an invite code was refused, in the interface language. */
const INVITE_PROBLEM_KEYS: Record<InviteProblem, MessageKey> = {
  tooLong: 'workspace.join.tooLong',
  empty: 'workspace.join.empty',
  notBridgework: 'workspace.join.notBridgework',
  damaged: 'workspace.join.damaged',
  room: 'workspace.join.room',
  secret: 'workspace.join.secret',
  name: 'workspace.join.name',
};

/** The workspace the panel has open: its doc, its view models and its sync link. */
export interface OpenWorkspace {
  entry: WorkspaceEntry;
  local: LocalWorkspace;
  session: WorkspaceSession;
  sync: SyncView;
}

/** The active workspace when its storage could not be opened: the panel says why. */
export interface UnavailableWorkspace {
  entry: WorkspaceEntry;
  kind: OpenFailureKind;
  /** English, for logs; the panel words `kind`, `seconds` and `detail` (lib/state/open-failure). */
  message: string;
  seconds?: number;
  detail?: string;
}

/** A workspace export ready to download. */
export type WorkspaceExport =
  { ok: true; fileName: string; json: string } | { ok: false; error: string };

/**
 * The panel's workspaces: which one is open, and creating, joining, switching and leaving.
 * Switching disposes the open workspace (view models, sync link, IndexedDB) before opening the
 * next, so only one is open in the panel at a time; the offscreen document keeps all shared ones
 * in sync regardless.
 */
export class WorkspaceController {
  readonly registry = signal<WorkspaceRegistry>({ activeId: '', workspaces: [] });
  readonly current = signal<OpenWorkspace | null>(null);
  /** Set instead of `current` when the active workspace could not be opened. */
  readonly unavailable = signal<UnavailableWorkspace | null>(null);
  private settings: PersonalSettings;
  private queue: Promise<unknown> = Promise.resolve();
  private stopMeta: (() => void) | null = null;
  /** Set when the open workspace's current room was left by a member's `Rotate invite`. */
  readonly moved = signal<MovedNotice | null>(null);
  private edits: LocalEdits | null = null;
  /** Keeps the open workspace's history split per school year (lib/state/history-upkeep.ts). */
  private upkeep: { stop: () => Promise<void> } | null = null;
  /** The room this device is leaving by rotation: its notice is for the others, not for us. */
  private leavingRoom: string | null = null;
  private readonly stopWatch: () => void;
  /** The last move to another workspace, for the freshly opened panel to announce. */
  readonly lastChange = signal<WorkspaceChange | null>(null);
  /** The partners list as last shown, while the workspace it belongs to is still loading. */
  readonly preview = signal<FirstView | null>(null);
  /** A partner chosen in the preview, for the Partners view to open once the workspace is. */
  readonly previewChoice = signal<string | null>(null);

  constructor(settings: PersonalSettings) {
    this.settings = settings;
    this.stopWatch = workspaceRegistryItem.watch((raw) => {
      const next = readRegistry(raw);
      if (!next) return;
      this.registry.value = next;
      // Rotated in another window: follow the open workspace into its new room.
      const open = this.current.value;
      const entry = next.workspaces.find((w) => w.id === open?.entry.id);
      if (open && entry && (entry.room !== open.entry.room || entry.secret !== open.entry.secret))
        this.relink(entry);
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
      const from = this.leaving();
      this.registry.value = await setActiveWorkspace(id);
      await this.openNow(this.registry.value.activeId, undefined, { kind: 'switched', from });
    });
  }

  /** Creates a new shared workspace with fresh random room and secret, and opens it. */
  create(name: string): Promise<void> {
    return this.serial(async () => {
      const invite = newInvite();
      const from = this.leaving();
      const entry = await createSharedWorkspace(name, invite);
      this.registry.value = await loadWorkspaceRegistry();
      await this.openNow(entry.id, (local) => renameWorkspace(local.doc, name), {
        kind: 'created',
        from,
      });
    });
  }

  /** Joins from an invite code; resolves to an error message or null. */
  join(code: string): Promise<string | null> {
    return this.serial(async () => {
      const parsed = parseInvite(code);
      if (!parsed.ok) return t(INVITE_PROBLEM_KEYS[parsed.problem]);
      const result = await joinSharedWorkspace(parsed.invite, parsed.invite.name ?? '');
      if (!result.ok) return result.error;
      const from = this.leaving();
      this.registry.value = result.registry;
      await this.openNow(result.entry.id, undefined, { kind: 'joined', from });
      return null;
    });
  }

  /** Stops syncing the open workspace; keeps a local copy or deletes it from this device. */
  leave(keepCopy: boolean): Promise<void> {
    return this.serial(async () => {
      const open = this.current.value;
      if (!open) return;
      const id = open.entry.id;
      const copyName = t('workspace.leave.copyName', {
        name: workspaceName(open.local.doc) ?? open.entry.name,
      });
      // With the years loaded: leaving without a copy deletes their databases too.
      await takeSnapshot(
        id,
        open.local.doc,
        'leave',
        Date.now(),
        open.session.history.loadedYearDocs(),
      );
      this.registry.value = await leaveWorkspace(id, keepCopy);
      await this.openNow(
        this.registry.value.activeId,
        keepCopy ? (local) => renameWorkspace(local.doc, copyName) : undefined,
      );
      // Blocks until every context (the offscreen document too) has closed the databases; its
      // school years' databases go too.
      if (!keepCopy) void deleteLocalWorkspace(id);
    });
  }

  /**
   * `Copy partners from…`: copies another workspace's partners and their people into the open
   * one (one undo step) and resolves to what it did, in words. Queued like a switch, so the
   * workspace cannot change under the copy.
   */
  copyPartnersFrom(sourceId: string): Promise<string> {
    return this.serial(async () => {
      const open = this.current.value;
      const source = this.registry.value.workspaces.find((w) => w.id === sourceId);
      if (!open || !source || source.id === open.entry.id) {
        throw new Error(t('workspace.unavailable.gone'));
      }
      // Fetched when used: matching duplicates brings the public suffix list, which opening a
      // workspace does not need.
      const { copyPartnersFrom, copySummaryText } = await import('./partner-copy');
      const summary = await copyPartnersFrom(open.session, source.id);
      return copySummaryText(summary, source.name);
    });
  }

  /** The open workspace as it is left: its name and how many partners it shows. */
  private leaving(): WorkspaceChange['from'] | null {
    const open = this.current.value;
    if (!open) return null;
    return {
      id: open.entry.id,
      name: workspaceName(open.local.doc) ?? open.entry.name,
      partners: open.session.sortedPartners.value.length,
    };
  }

  /** Whether the open workspace's latest edits made here have reached no peer yet. */
  hasUnsentEdits(): boolean {
    const open = this.current.value;
    if (!open || !open.sync.shared) return false;
    return hasUnsentEdits(this.edits?.last.value ?? null, open.sync.lastExchange.value);
  }

  /**
   * `Rotate invite`: moves the open shared workspace to a new room and secret on this device and
   * resolves to the new invite. Same workspace id and database, so all data carries over. Before
   * leaving, a snapshot is taken and a "moved" notice is written into the old room's doc; when
   * peers are connected it is given a moment to reach them. The offscreen hub then reopens the
   * workspace in the new room (the registry entry changed) and so stops sending to and accepting
   * from the old one. Nothing is sent to anyone: members who stay get the new invite by hand.
   */
  rotateInvite(
    options: { waitMs?: number; graceMs?: number } = {},
  ): Promise<{ ok: true; invite: string } | { ok: false; error: string }> {
    return this.serial(async () => {
      const open = this.current.value;
      if (!open || !isShared(open.entry)) {
        return { ok: false as const, error: t('workspace.rotate.notShared') };
      }
      const { doc } = open.local;
      await takeSnapshot(
        open.entry.id,
        doc,
        'rotate',
        Date.now(),
        open.session.history.loadedYearDocs(),
      );
      const writtenAt = Date.now();
      this.leavingRoom = open.entry.room;
      try {
        markWorkspaceMoved(doc, open.entry.room, this.settings.displayName, writtenAt);
        await this.letReachPeers(open.sync, writtenAt, options.waitMs ?? 3_000, options.graceMs);
        const result = await rotateWorkspaceShare(open.entry.id, newInvite());
        if (!result.ok) {
          clearWorkspaceMoved(doc, open.entry.room);
          return result;
        }
        this.registry.value = result.registry;
        this.relink(result.entry);
      } finally {
        this.leavingRoom = null;
      }
      return { ok: true as const, invite: this.invite() ?? '' };
    });
  }

  /** Waits (bounded) until the offscreen document reports an exchange after `since`. */
  private async letReachPeers(sync: SyncView, since: number, waitMs: number, graceMs = 500) {
    if ((sync.status.value?.peers ?? 0) === 0) return;
    const deadline = Date.now() + waitMs;
    while ((sync.lastExchange.value ?? 0) < since && Date.now() < deadline) await pause(100);
    // The hub hands the update to the data channels at once; let it leave before the room closes.
    await pause(graceMs);
  }

  /** Points the open workspace's sync link at its entry's (new) room, keeping doc and views. */
  private relink(entry: WorkspaceEntry) {
    const open = this.current.value;
    if (!open || open.entry.id !== entry.id) return;
    open.sync.dispose();
    const sync = new SyncView(entry, open.local.doc, this.settings);
    sync.linkHistory(open.session.history);
    this.current.value = { ...open, entry, sync };
    this.moved.value = movedNotice(open.local.doc, entry.room);
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
    this.edits?.dispose();
    this.edits = null;
    void this.upkeep?.stop();
    this.upkeep = null;
    this.moved.value = null;
    this.current.value = null;
    open.sync.dispose();
    open.session.dispose();
    void open.local.close();
  }

  /** Tries the unavailable workspace again. */
  retryOpen(): Promise<void> {
    return this.serial(() => this.openNow(this.registry.value.activeId));
  }

  /** Whatever can be read of the unavailable workspace, as JSON (the rows that load). */
  exportUnavailable(): Promise<WorkspaceExport> {
    return this.serial(async () => {
      const failed = this.unavailable.value;
      if (!failed) return { ok: false as const, error: t('workspace.unavailable.noneFailed') };
      try {
        const { doc, setAside } = await readWorkspaceForExport(failed.entry.id);
        const name = workspaceName(doc) ?? failed.entry.name;
        // Its school years too, each as much as can be read (one that cannot is left out).
        const years = await Promise.all(
          historyYears(doc).map((year) =>
            readWorkspaceForExport(yearDocId(failed.entry.id, year)).then(
              (read) => read.doc,
              () => null,
            ),
          ),
        );
        const logDocs = [doc, ...years.filter((year): year is Y.Doc => year !== null)];
        const json = exportWorkspaceJson(doc, name, { setAside, logDocs });
        for (const read of logDocs) read.destroy();
        return { ok: true as const, fileName: exportFileName(name), json };
      } catch (error) {
        return {
          ok: false as const,
          error: t('workspace.unavailable.nothingRead', { reason: openErrorText(error) }),
        };
      }
    });
  }

  /**
   * Takes the unavailable workspace off this device's list and opens another. Its database is
   * left as it is (a failing disk may recover, and nothing is deleted without being read).
   */
  leaveUnavailable(): Promise<void> {
    return this.serial(async () => {
      const failed = this.unavailable.value;
      if (!failed) return;
      this.registry.value = await leaveWorkspace(failed.entry.id, false);
      await this.openNow(this.registry.value.activeId);
    });
  }

  private async openNow(
    id: string,
    prepare?: (local: LocalWorkspace) => void,
    change?: { kind: WorkspaceChangeKind; from: WorkspaceChange['from'] | null },
  ) {
    this.closeCurrent();
    this.unavailable.value = null;
    this.lastChange.value = null;
    const entry = this.registry.value.workspaces.find((w) => w.id === id);
    if (!entry) throw new Error(t('workspace.unavailable.gone'));
    let local: LocalWorkspace;
    try {
      local = await openLocalWorkspace(entry.id, {
        beforeMigrate: (doc) => takeSnapshot(entry.id, doc, 'migration'),
        // The panel's entry chunk has already painted the first open's picture: read it again
        // only for a workspace opened later (a switch, a join).
        ...(this.preview.value
          ? {}
          : {
              preview: {
                key: FIRST_VIEW_KEY,
                show: (value: unknown) => (this.preview.value = readFirstView(value)),
              },
            }),
      });
    } catch (error) {
      this.preview.value = null;
      // The panel still opens: it says why and offers switch, export and leave.
      const known = error instanceof WorkspaceOpenError;
      this.unavailable.value = {
        entry,
        kind: known ? error.kind : 'unavailable',
        message: error instanceof Error ? error.message : String(error),
        seconds: known ? error.seconds : undefined,
        detail: known ? error.detail : undefined,
      };
      return;
    }
    prepare?.(local);
    // Filled a slice at a time: a district's records are too many to validate in one task.
    const history = new YearHistory(local.doc, storedYears(entry.id));
    // Before sync connects: what a peer on the old layout writes is forwarded from the start.
    this.upkeep = keepHistorySplit(history, {
      snapshot: () => takeSnapshot(entry.id, local.doc, 'migration'),
    });
    const session = new WorkspaceSession(local.doc, { fill: 'later', history });
    await session.fill();
    // The current school year's log loads after the first view; older years when a view asks.
    if (history.split)
      void history.load(history.currentYear).catch((error: unknown) => {
        console.warn('Bridgework: this school year’s log did not load', error);
      });
    const sync = new SyncView(entry, local.doc, this.settings);
    // A split workspace's school years sync in rooms of their own (each once loaded).
    sync.linkHistory(session.history);
    // Keep the registry's label in step with the name in the doc (it may come from a peer).
    const meta = local.doc.getMap('meta');
    const onMeta = () => {
      // The entry's room changes when the invite is rotated; read the live one.
      const live = this.current.value?.entry.id === entry.id ? this.current.value.entry : entry;
      this.moved.value = live.room === this.leavingRoom ? null : movedNotice(local.doc, live.room);
      const name = workspaceName(local.doc);
      const known = this.registry.value.workspaces.find((w) => w.id === entry.id);
      if (name && known && known.name !== name) void renameWorkspaceEntry(entry.id, name);
    };
    meta.observe(onMeta);
    onMeta();
    this.stopMeta = () => meta.unobserve(onMeta);
    this.edits = new LocalEdits(entry.id, local.doc, local.persistence);
    // Set before `current`, so the panel that mounts for this workspace finds it.
    const from = change?.from;
    this.lastChange.value =
      change && from && from.id !== entry.id
        ? {
            kind: change.kind,
            from,
            to: { id: entry.id, name: workspaceName(local.doc) ?? entry.name },
          }
        : null;
    this.current.value = { entry, local, session, sync };
    this.preview.value = null;
  }

  /**
   * Keeps the open workspace's first view beside its doc, for the next open to paint at once.
   * Bound to the workspace open now, so a write due after a switch never lands in the next one.
   */
  firstViewWriter(): (view: FirstView) => Promise<void> {
    const local = this.current.value?.local;
    return (view) => (local ? local.keepBeside(FIRST_VIEW_KEY, view) : Promise.resolve());
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
