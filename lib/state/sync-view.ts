import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { WorkspaceSyncStatus } from '../messages';
import type { PersonalSettings } from '../storage/settings';
import { syncActivityItem } from '../storage/sync-settings';
import type { WorkspaceEntry } from '../storage/workspaces';
import type { PanelLink } from '../sync/panel-link';
import { ensureSyncRunning, onSyncStatus, requestSyncStatus } from '../sync/panel-sync';
import {
  onPresenceChange,
  readPeers,
  setLocalFocus,
  setLocalTextCursor,
  setLocalUser,
  type PresenceFocus,
  type PresencePeer,
} from '../sync/presence';
import { lastExchangeLabel, statusLabel } from './sync-status';

/**
 * The panel's view of one workspace's sync: the status line, the last exchange and who is here.
 * For a personal workspace it says `On this device` and nothing else happens.
 */
export class SyncView {
  readonly status = signal<WorkspaceSyncStatus | null>(null);
  /** Everyone present in this workspace now, yourself first. */
  readonly peers = signal<PresencePeer[]>([]);
  readonly label: ReadonlySignal<string>;
  readonly lastExchange: ReadonlySignal<number | null>;
  readonly shared: boolean;
  private readonly storedExchange = signal<number | null>(null);
  private readonly now = signal(Date.now());
  readonly lastExchangeText: ReadonlySignal<string>;
  /** Null for a personal workspace, and for a shared one until y-webrtc's chunk has arrived. */
  private link: PanelLink | null = null;
  private user: PersonalSettings;
  private focus: PresenceFocus | null = null;
  private disposed = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly entry: WorkspaceEntry,
    doc: Y.Doc,
    settings: PersonalSettings,
  ) {
    this.shared = entry.kind === 'shared' && Boolean(entry.room && entry.secret);
    this.user = settings;
    this.label = computed(() =>
      statusLabel(this.status.value, this.shared ? 'shared' : 'personal'),
    );
    this.lastExchange = computed(() => {
      const live = this.status.value?.lastExchange ?? null;
      const stored = this.storedExchange.value;
      return live && stored ? Math.max(live, stored) : (live ?? stored);
    });
    this.lastExchangeText = computed(() =>
      this.shared ? lastExchangeLabel(this.lastExchange.value, this.now.value) : '',
    );
    if (!this.shared) return;
    this.status.value = {
      workspaceId: entry.id,
      state: 'connecting',
      peers: 0,
      lastExchange: null,
    };
    // y-webrtc and simple-peer are a fifth of the panel's code: fetched once the first view is
    // up. Edits made meanwhile are in the doc and reach the offscreen copy when the link syncs.
    void import('../sync/panel-link').then(({ linkToSyncDocument }) => {
      if (this.disposed) return;
      const link = linkToSyncDocument(doc, { room: entry.room!, secret: entry.secret! });
      this.link = link;
      this.setUser(this.user);
      if (this.focus) setLocalFocus(link.awareness, this.focus);
      const syncPeers = () => (this.peers.value = readPeers(link.awareness));
      this.cleanups.push(onPresenceChange(link.awareness, syncPeers));
      syncPeers();
    });
    const take = (statuses: WorkspaceSyncStatus[]) => {
      const mine = statuses.find((s) => s.workspaceId === entry.id);
      if (mine) this.status.value = mine;
    };
    this.cleanups.push(onSyncStatus(take));
    void syncActivityItem.getValue().then((times) => {
      this.storedExchange.value = times[entry.id] ?? null;
    });
    const ticker = setInterval(() => (this.now.value = Date.now()), 15_000);
    this.cleanups.push(() => clearInterval(ticker));
    // The offscreen document may be starting (browser just opened); ask until it answers.
    let attempts = 0;
    const poll = async () => {
      await ensureSyncRunning();
      const statuses = await requestSyncStatus();
      if (statuses?.some((s) => s.workspaceId === entry.id)) return take(statuses);
      if (++attempts >= 10) {
        this.status.value = { ...this.status.value!, state: 'offline' };
        return;
      }
      const timer = setTimeout(() => void poll(), 500);
      this.cleanups.push(() => clearTimeout(timer));
    };
    void poll();
  }

  get awareness() {
    return this.link?.awareness ?? null;
  }

  setUser(settings: PersonalSettings) {
    this.user = settings;
    if (this.link)
      setLocalUser(this.link.awareness, { name: settings.displayName, colour: settings.colour });
  }

  /** Tells others which goal (and field) you are looking at or editing; null when none. */
  setLocalFocus(focus: PresenceFocus | null) {
    this.focus = focus;
    if (this.link) setLocalFocus(this.link.awareness, focus);
  }

  /** Publishes your caret/selection in a co-edited Y.Text (as relative positions); keeps the focus. */
  setLocalTextCursor(text: Y.Text, anchor: number, head: number) {
    if (this.link) setLocalTextCursor(this.link.awareness, text, anchor, head);
  }

  dispose() {
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.link?.destroy();
  }
}
