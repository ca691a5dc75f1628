import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type * as Y from 'yjs';
import type { WorkspaceSyncStatus } from '../messages';
import { yearRoom } from '../model/history-years';
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
import type { YearHistory } from './year-history';

/** A school year's doc and its link (null until y-webrtc's chunk has arrived). */
interface YearLink {
  doc: Y.Doc;
  link: PanelLink | null;
  /** Settles once the link is gone and its room free again. */
  released: Promise<void>;
}

/**
 * The panel's view of one workspace's sync: the status line, the last exchange and who is here.
 * For a personal workspace it says `On this device` and nothing else happens.
 *
 * In the split history layout (lib/model/history-years.ts) each school year is a doc of its own in
 * a room of its own: `linkYear` (or `linkHistory`) links those too, for as long as this view lives.
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
  /** y-webrtc's chunk, once asked for (shared workspaces only). */
  private panelLink: Promise<typeof import('../sync/panel-link')> | null = null;
  private readonly years = new Map<number, YearLink>();

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
    this.panelLink = import('../sync/panel-link');
    void this.panelLink.then(({ linkToSyncDocument }) => {
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

  /**
   * Links a school year's doc to the hub's copy, in the year's room with the workspace's secret;
   * nothing for a personal workspace. The same doc again is a no-op; another doc for the year (a
   * year loaded again after a failure) replaces the link. Unlinked on dispose.
   */
  linkYear(doc: Y.Doc, year: number) {
    const linking = this.panelLink;
    if (!linking || this.disposed) return;
    const known = this.years.get(year);
    if (known?.doc === doc) return;
    const entry: YearLink = { doc, link: null, released: Promise.resolve() };
    this.years.set(year, entry);
    // y-webrtc allows one provider per room in a page: the old link's room must be free first.
    const free = known ? this.unlink(known) : Promise.resolve();
    void Promise.all([linking, free]).then(([{ linkToSyncDocument }]) => {
      if (this.disposed || this.years.get(year) !== entry) return;
      const room = yearRoom(this.entry.room!, year);
      entry.link = linkToSyncDocument(
        doc,
        { room, secret: this.entry.secret! },
        { presence: false },
      );
    });
  }

  /**
   * Links every year doc `history` holds, now and as it adds them (or as the split layout becomes
   * known), each once its stored rows have loaded: linked earlier, the hub would send the whole
   * year over the channel while the same rows load from disk. Edits made meanwhile go out when
   * the link syncs.
   */
  linkHistory(history: Pick<YearHistory, 'all' | 'yearOfDoc' | 'changes' | 'load'>) {
    if (!this.panelLink || this.disposed) return;
    const waiting = new WeakSet<Y.Doc>();
    const linkAll = () => {
      for (const doc of history.all()) {
        const year = history.yearOfDoc(doc);
        if (year === null || waiting.has(doc)) continue;
        waiting.add(doc);
        // The year's own load, already started: this only waits for it.
        history.load(year).then(
          (loaded) => {
            if (loaded === doc) this.linkYear(doc, year);
          },
          // Not loaded (its view says why); a later load adds a new doc, linked then.
          () => undefined,
        );
      }
    };
    this.cleanups.push(history.changes.subscribe(linkAll));
  }

  private unlink(year: YearLink): Promise<void> {
    const link = year.link;
    year.link = null;
    if (link) year.released = link.destroy();
    return year.released;
  }

  dispose() {
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    void this.link?.destroy();
    for (const year of this.years.values()) void this.unlink(year);
    this.years.clear();
  }
}
