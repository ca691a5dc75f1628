import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import type { SyncConfig, SyncedWorkspace, WorkspaceSyncStatus, SyncState } from '../messages';
import {
  observeHistoryTouched,
  observeHistoryYears,
  touchHistoryYear,
  yearDocId,
  yearRoom,
} from '../model/history-years';
import { readBeside } from './beside-store';
import { HubYearHistory, type StartHubForwarding } from './hub-forwarding';
import { roomName } from './invite';
import { databaseNameFor, openLocalWorkspace, type LocalWorkspace } from './local-persistence';
import { createGuardedAwareness } from './presence';
import { openRelayLink, RelaySockets, type RelayLink } from './relay-link';
import { YearRooms, type YearClock } from './year-rooms';

/** y-webrtc message type of doc sync messages (step 1, step 2, update). */
const MESSAGE_SYNC = 0;

/** Kept beside a year's stored doc: its stamp when it last had a peer or relay in its room. */
const EXCHANGED_KEY = 'yearExchanged';

/** Origin of the hub's own stamp on a year (`YearRooms` asks peers to open it). */
const ASK_ORIGIN = 'bridgework:hub-year-ask';

interface SignalingLike {
  connected: boolean;
  connecting: boolean;
  unsuccessfulReconnects: number;
}

interface PeerLike {
  on: (event: string, listener: (data: Uint8Array) => void) => void;
}

/** One doc kept in sync: a workspace's doc or one of its school years (lib/model/history-years). */
interface Linked {
  local: LocalWorkspace;
  /** The room this doc syncs in, from its workspace's room. */
  roomOf: (entry: SyncedWorkspace) => string;
  provider: WebrtcProvider | null;
  providerKey: string;
  instrumented: WeakSet<object>;
  /** Open relay connections, and what they were opened for (room, secret, URLs). */
  relays: RelayLink[];
  relayKey: string;
  /** Bumped whenever the relays change, so a link still opening for old settings closes itself. */
  relayGeneration: number;
  stopActivity: () => void;
  /** Called on every update to or from the doc, and every sync message from a peer in its room. */
  onActivity: () => void;
}

/**
 * An open workspace. In the split layout its school years are docs of their own, each with its
 * own room; they open and close with the workspace and are reported as part of it.
 */
interface Open extends Linked {
  entry: SyncedWorkspace;
  /** The last exchange in any of the workspace's docs. */
  lastExchange: number | null;
  stopWatching: () => void;
  years: Map<number, Linked>;
  yearsOpening: Set<number>;
  yearsFailed: Map<number, Failed>;
  stopYears: () => void;
  /** Which years to keep open (lib/sync/year-rooms.ts). */
  rooms: YearRooms;
  /** Peers and relays connected to the workspace at the last status: more starts a catch-up. */
  connections: number;
  /** Set once closed, so a year that finishes opening afterwards closes itself. */
  closed: boolean;
  /** The workspace's history as the forwarder sees it (lib/sync/hub-forwarding.ts). */
  history: HubYearHistory;
  stopForwarding: () => Promise<void>;
}

/** A workspace whose storage did not open; it is tried again after `retryAt`. */
interface Failed {
  error: string;
  attempts: number;
  timer: ReturnType<typeof setTimeout>;
}

export interface SyncHubOptions {
  /** Called whenever any workspace's status changes (peer count, state, last exchange). */
  onStatus: (statuses: WorkspaceSyncStatus[]) => void;
  /** Opens a workspace's stored doc; replaceable in tests. */
  openWorkspace?: (workspaceId: string) => Promise<LocalWorkspace>;
  /** Opens a school year's stored doc (`yearDocId`); replaceable in tests. */
  openYear?: (workspaceId: string, year: number) => Promise<LocalWorkspace>;
  /** Called with each workspace's doc once open; returns what to run when it closes. */
  onWorkspaceOpen?: (workspaceId: string, local: LocalWorkspace) => () => void;
  /**
   * Forwards what old-layout peers write into each workspace doc to its year docs, from before
   * the workspace connects (lib/sync/hub-forwarding.ts). Without it, nothing is forwarded here.
   */
  forwardHistory?: StartHubForwarding;
  /** First wait before opening a failed workspace again; doubles up to 10 minutes. */
  retryMs?: number;
  /** Known last-exchange times, so a restart does not forget them. */
  lastExchange?: Record<string, number>;
  /** How often connection state is re-read; y-webrtc has no event for a peer finishing ICE. */
  pollMs?: number;
  /** WebSocket class for relay connections where there is no global one (Node 20 in tests). */
  relayWebSocket?: unknown;
  /** Clock of the year policy (today's school year, idle and catch-up timers); replaceable in tests. */
  yearClock?: YearClock;
  /** How long an old year opened by an edit stays open without an update (10 minutes). */
  yearIdleMs?: number;
  /** How long a catch-up keeps an old year open without an update (60 s). */
  yearCatchUpMs?: number;
  /**
   * Run the old years' catch-up pass as soon as a workspace opens. By default it runs once a peer
   * or relay connects (there is nobody to catch up with before, and each old year held open for
   * it is ~46 MB at district size); tests whose hubs meet over BroadcastChannel, which is not
   * counted as a peer, set it.
   */
  yearCatchUpAtStart?: boolean;
}

/**
 * Keeps every shared workspace's doc open and connected to its peers. Runs in the offscreen
 * document, the one long-lived context that has RTCPeerConnection. Each doc is loaded from and
 * written to IndexedDB here too; the side panel links to the same room over BroadcastChannel
 * (signaling: []), so the panel never opens a second set of peer connections.
 *
 * A workspace in the split history layout also has a doc per school year (`historyYears`): an open
 * year is loaded from its own database and synced in its own room (`yearRoom`, same secret,
 * signaling and relays). Each costs one more provider (one more WebRTC connection per peer), one
 * more document per relay and the whole year in memory, so only the years `YearRooms` wants are
 * open: this school year, and an older one while it has something to exchange.
 *
 * It also forwards what peers still on the old layout write into a workspace doc to the year docs
 * (`forwardHistory`, lib/sync/hub-forwarding.ts), opening a closed year for it.
 */
export class SyncHub {
  private readonly open = new Map<string, Open>();
  /** Workspaces being opened: each on its own, so one stuck disk never holds up the others. */
  private readonly opening = new Set<string>();
  private readonly failed = new Map<string, Failed>();
  private config: SyncConfig = { workspaces: [], signaling: [], iceServers: [], paused: false };
  private queue: Promise<void> = Promise.resolve();
  private lastPosted = '';
  private readonly timer: ReturnType<typeof setInterval>;
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private readonly relaySockets: RelaySockets;

  constructor(private readonly options: SyncHubOptions) {
    this.timer = setInterval(() => this.report(), options.pollMs ?? 1000);
    this.relaySockets = new RelaySockets({ WebSocketPolyfill: options.relayWebSocket });
  }

  /** WebSockets open to relays: one per relay address, whatever the number of workspaces. */
  relayConnections(): number {
    return this.relaySockets.size();
  }

  /** Applies a new config: opens, reconnects or closes workspaces as needed. Serialised. */
  apply(config: SyncConfig): Promise<void> {
    return this.enqueue(() => this.applyNow(config));
  }

  statuses(): WorkspaceSyncStatus[] {
    const failed = [...this.failed].map(([workspaceId, failure]): WorkspaceSyncStatus => ({
      workspaceId,
      state: 'offline',
      peers: 0,
      lastExchange: this.options.lastExchange?.[workspaceId] ?? null,
      storageError: failure.error,
    }));
    // Opening a large workspace can take seconds; until it is open it is on its way, not offline.
    const opening = [...this.opening]
      .filter(
        (id) =>
          !this.open.has(id) &&
          !this.failed.has(id) &&
          this.config.workspaces.some((w) => w.id === id),
      )
      .map((workspaceId): WorkspaceSyncStatus => ({
        workspaceId,
        state: 'connecting',
        peers: 0,
        lastExchange: this.options.lastExchange?.[workspaceId] ?? null,
      }));
    return [...[...this.open.values()].map((open) => this.statusOf(open)), ...opening, ...failed];
  }

  async dispose(): Promise<void> {
    clearInterval(this.timer);
    for (const failure of this.failed.values()) clearTimeout(failure.timer);
    this.failed.clear();
    await this.apply({ ...this.config, workspaces: [] });
  }

  private providerKey(config: SyncConfig, room: string, secret: string): string {
    return JSON.stringify([room, secret, config.paused ? [] : config.signaling, config.iceServers]);
  }

  private async applyNow(config: SyncConfig) {
    this.config = config;
    const wanted = new Map(config.workspaces.map((w) => [w.id, w]));
    for (const [id, open] of this.open) {
      if (!wanted.has(id) || wanted.get(id)!.room !== open.entry.room) {
        this.open.delete(id);
        await this.closeWorkspace(open);
      }
    }
    for (const [id, failure] of this.failed) {
      if (wanted.has(id)) continue;
      clearTimeout(failure.timer);
      this.failed.delete(id);
    }
    for (const entry of wanted.values()) {
      const open = this.open.get(entry.id);
      if (open) await this.connect(open);
      // A failed one waits for its retry timer.
      else if (!this.opening.has(entry.id) && !this.failed.has(entry.id))
        this.startOpening(entry.id);
    }
    this.report(true);
  }

  /** Opens one workspace outside the queue: its slowness and its failure are its own. */
  private startOpening(id: string) {
    this.opening.add(id);
    const openWorkspace = this.options.openWorkspace ?? openLocalWorkspace;
    void openWorkspace(id).then(
      (local) => {
        this.opening.delete(id);
        this.clearFailure(id);
        // Joined to the queue so it never interleaves with a config being applied.
        void this.enqueue(async () => {
          const entry = this.config.workspaces.find((w) => w.id === id);
          if (!entry || this.open.has(id)) {
            await local.close();
            return;
          }
          const open: Open = {
            ...linked(local, (live) => live.room),
            entry,
            lastExchange: this.options.lastExchange?.[id] ?? null,
            stopWatching: this.options.onWorkspaceOpen?.(id, local) ?? (() => {}),
            years: new Map(),
            yearsOpening: new Set(),
            yearsFailed: new Map(),
            stopYears: () => {},
            // Its callbacks run later, once `open` exists.
            rooms: this.yearRooms(local.doc, () => open),
            connections: 0,
            closed: false,
            history: new HubYearHistory(local.doc, {
              hold: (year) => open.rooms.hold(year),
              today: () =>
                new Date((this.options.yearClock ?? Date).now()).toISOString().slice(0, 10),
            }),
            stopForwarding: () => Promise.resolve(),
          };
          this.open.set(id, open);
          // Its stored rows are loaded: forwarding starts before peers' updates can arrive.
          const forwarding = this.options.forwardHistory?.(open.history, {
            onError: (error) => console.error(`Bridgework sync: ${id}: not forwarded`, error),
          });
          if (forwarding) open.stopForwarding = () => forwarding.stop();
          await this.connect(open);
          // A peer may split the workspace, start a year or edit an old one at any time.
          const stopYears = observeHistoryYears(local.doc, () => open.rooms.yearsChanged());
          const stopTouched = observeHistoryTouched(local.doc, (years) =>
            open.rooms.touched(years),
          );
          open.stopYears = () => {
            stopYears();
            stopTouched();
          };
          this.reconcileYears(open);
          if (this.options.yearCatchUpAtStart) open.rooms.pass();
          this.report(true);
        });
      },
      (error: unknown) => {
        this.opening.delete(id);
        console.error(`Bridgework sync: workspace ${id} could not open`, error);
        if (!this.config.workspaces.some((w) => w.id === id)) return;
        const attempts = (this.failed.get(id)?.attempts ?? 0) + 1;
        const wait = Math.min((this.options.retryMs ?? 5_000) * 2 ** (attempts - 1), 600_000);
        this.clearFailure(id);
        this.failed.set(id, {
          error: error instanceof Error ? error.message : String(error),
          attempts,
          // The failure stays listed (and counted) while the next attempt runs.
          timer: setTimeout(
            () =>
              void this.enqueue(async () => {
                if (this.config.workspaces.some((w) => w.id === id) && !this.open.has(id))
                  this.startOpening(id);
              }),
            wait,
          ),
        });
        this.report(true);
      },
    );
  }

  private clearFailure(id: string) {
    const failure = this.failed.get(id);
    if (failure) clearTimeout(failure.timer);
    this.failed.delete(id);
  }

  private yearRooms(doc: Y.Doc, workspace: () => Open): YearRooms {
    const clock = this.options.yearClock;
    return new YearRooms(
      doc,
      {
        changed: () => this.reconcileYears(workspace()),
        readExchanged: (year) =>
          readBeside(databaseNameFor(yearDocId(workspace().entry.id, year)), EXCHANGED_KEY),
        workspaceConnected: () => workspace().connections > 0,
        ask: (year) => {
          if (workspace().closed) return;
          const now = (clock ?? Date).now();
          doc.transact(() => touchHistoryYear(doc, year, now), ASK_ORIGIN);
        },
      },
      { clock, idleMs: this.options.yearIdleMs, catchUpMs: this.options.yearCatchUpMs },
    );
  }

  /**
   * Opens the years `YearRooms` wants and closes the others, in the queue (after whatever is
   * being applied). A closing year keeps its last exchange beside its stored doc.
   */
  private reconcileYears(open: Open) {
    void this.enqueue(async () => {
      if (open.closed) return;
      const wanted = open.rooms.wanted();
      for (const [year, doc] of [...open.years]) {
        if (wanted.has(year)) continue;
        open.years.delete(year);
        await this.closeYear(open, year, doc);
      }
      for (const year of [...open.yearsFailed.keys()])
        if (!wanted.has(year)) this.clearYearFailure(open, year);
      for (const year of wanted) {
        if (open.years.has(year) || open.yearsOpening.has(year) || open.yearsFailed.has(year))
          continue;
        this.startOpeningYear(open, year);
      }
      this.report(true);
    });
  }

  private async closeYear(open: Open, year: number, doc: Linked) {
    open.history.closed(year);
    const exchanged = open.rooms.exchangeRecord(year);
    if (exchanged !== undefined)
      await doc.local.keepBeside(EXCHANGED_KEY, exchanged).catch((error: unknown) => {
        console.error(`Bridgework sync: year ${year} of ${open.entry.id}: not kept`, error);
      });
    await this.closeDoc(doc);
    open.rooms.closed(year);
  }

  /** Opens one year like a workspace (`startOpening`): outside the queue, retried on failure. */
  private startOpeningYear(open: Open, year: number) {
    open.yearsOpening.add(year);
    const openYear =
      this.options.openYear ?? ((id: string, y: number) => openLocalWorkspace(yearDocId(id, y)));
    void openYear(open.entry.id, year).then(
      (local) => {
        open.yearsOpening.delete(year);
        this.clearYearFailure(open, year);
        void this.enqueue(async () => {
          if (open.closed || open.years.has(year)) {
            await local.close();
            return;
          }
          if (!open.rooms.wanted().has(year)) {
            // No longer wanted while it was opening.
            await local.close();
            open.rooms.closed(year);
            return;
          }
          const doc = linked(local, (live) => yearRoom(live.room, year));
          doc.onActivity = () => open.rooms.activity(year);
          open.years.set(year, doc);
          open.history.opened(year, local.doc);
          await this.connectDoc(doc, open);
          open.rooms.opened(year);
          this.report(true);
        });
      },
      (error: unknown) => {
        open.yearsOpening.delete(year);
        console.error(`Bridgework sync: year ${year} of ${open.entry.id} could not open`, error);
        if (open.closed) return;
        open.rooms.failed(year);
        // A catch-up that gave up is tried again in the next pass, not by the retry timer.
        if (!open.rooms.wanted().has(year)) {
          this.report(true);
          return;
        }
        const attempts = (open.yearsFailed.get(year)?.attempts ?? 0) + 1;
        const wait = Math.min((this.options.retryMs ?? 5_000) * 2 ** (attempts - 1), 600_000);
        this.clearYearFailure(open, year);
        open.yearsFailed.set(year, {
          error: error instanceof Error ? error.message : String(error),
          attempts,
          timer: setTimeout(
            () =>
              void this.enqueue(async () => {
                if (!open.closed && !open.years.has(year) && open.rooms.wanted().has(year))
                  this.startOpeningYear(open, year);
                else this.clearYearFailure(open, year);
              }),
            wait,
          ),
        });
        this.report(true);
      },
    );
  }

  private clearYearFailure(open: Open, year: number) {
    const failure = open.yearsFailed.get(year);
    if (failure) clearTimeout(failure.timer);
    open.yearsFailed.delete(year);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      console.error('Bridgework sync:', error);
    });
    return this.queue;
  }

  /**
   * (Re)starts the workspace's provider when its room, secret or the network settings changed,
   * and its relay connections when its relays (or pause) changed: each on its own, so naming a
   * relay does not drop the peers.
   */
  private async connect(open: Open) {
    const entry = this.config.workspaces.find((w) => w.id === open.entry.id);
    if (!entry) return;
    open.entry = entry;
    await this.connectDoc(open, open);
    for (const year of open.years.values()) await this.connectDoc(year, open);
  }

  /** `connect` for one of the workspace's docs, in the room it derives from the entry's. */
  private async connectDoc(doc: Linked, open: Open) {
    const room = doc.roomOf(open.entry);
    const key = this.providerKey(this.config, room, open.entry.secret);
    if (doc.providerKey !== key) {
      await this.stopProvider(doc);
      this.startProvider(doc, open, room, this.config);
      doc.providerKey = key;
    }
    this.connectRelays(doc, room, open.entry);
  }

  private connectRelays(doc: Linked, room: string, entry: SyncedWorkspace) {
    const urls = this.config.paused ? [] : (entry.relays ?? []);
    const key = JSON.stringify([room, entry.secret, urls]);
    if (doc.relayKey === key) return;
    this.stopRelays(doc);
    doc.relayKey = key;
    const generation = doc.relayGeneration;
    for (const url of urls) {
      openRelayLink({
        url,
        // The relay's document name derives from the room: each year is a document of its own.
        room,
        secret: entry.secret,
        doc: doc.local.doc,
        onChange: () => this.schedule(),
        sockets: this.relaySockets,
      }).then(
        (link) => {
          if (doc.relayGeneration !== generation) link.destroy();
          else doc.relays.push(link);
          this.schedule();
        },
        (error: unknown) => console.error(`Bridgework sync: relay ${url} could not open`, error),
      );
    }
  }

  private stopRelays(doc: Linked) {
    doc.relayGeneration++;
    doc.relayKey = '';
    for (const link of doc.relays.splice(0)) link.destroy();
  }

  /** Starts `doc`'s provider; exchanges in it count as the workspace's (`open`). */
  private startProvider(doc: Linked, open: Open, room: string, config: SyncConfig) {
    const provider = new WebrtcProvider(roomName(room), doc.local.doc, {
      signaling: config.paused ? [] : config.signaling,
      password: open.entry.secret,
      peerOpts: { config: { iceServers: config.iceServers } },
      awareness: createGuardedAwareness(doc.local.doc),
    });
    // This context is nobody: people are the side panels that link to it.
    provider.awareness.setLocalState(null);
    const onPeers = () => this.schedule();
    provider.on('peers', onPeers);
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === doc.local.persistence) return;
      doc.onActivity();
      if (this.connectedPeers(doc, open) > 0) {
        open.lastExchange = Date.now();
        this.schedule();
      }
    };
    doc.local.doc.on('update', onUpdate);
    doc.stopActivity = () => {
      provider.off('peers', onPeers);
      doc.local.doc.off('update', onUpdate);
    };
    doc.provider = provider;
  }

  private async stopProvider(doc: Linked) {
    const provider = doc.provider;
    if (!provider) return;
    doc.stopActivity();
    doc.provider = null;
    // disconnect() first: destroy() alone leaves y-webrtc's shared signaling connection open, and
    // every room later opened in this context would announce itself through it (even a paused one).
    provider.disconnect();
    provider.destroy();
    // y-webrtc leaves the awareness (and its timer) to the doc's lifetime; this one was ours.
    provider.awareness.destroy();
    // y-webrtc frees the room name once the key promise settles; a new provider for the same
    // room must not be created before that.
    await provider.key;
    await Promise.resolve();
  }

  private async closeWorkspace(open: Open) {
    open.closed = true;
    open.stopYears();
    // Before its years close: what it saw is written to them (a year still to open is not awaited).
    open.history.dispose();
    await open.stopForwarding();
    // Its timers first: nothing reopens a year while they close.
    open.rooms.dispose();
    for (const failure of open.yearsFailed.values()) clearTimeout(failure.timer);
    open.yearsFailed.clear();
    // A year still opening sees `closed` and closes itself.
    for (const [year, doc] of open.years) await this.closeYear(open, year, doc);
    open.years.clear();
    open.stopWatching();
    await this.closeDoc(open);
  }

  private async closeDoc(doc: Linked) {
    this.stopRelays(doc);
    await this.stopProvider(doc);
    await doc.local.close();
  }

  /** Peers connected in `doc`'s room; their sync messages count as exchanges of `open`. */
  private connectedPeers(doc: Linked, open: Open): number {
    const room = doc.provider?.room;
    if (!room) return 0;
    let count = 0;
    for (const conn of room.webrtcConns.values()) {
      if (!doc.instrumented.has(conn)) {
        doc.instrumented.add(conn);
        (conn.peer as PeerLike).on('data', (data: Uint8Array) => {
          if (data[0] === MESSAGE_SYNC) {
            doc.onActivity();
            open.lastExchange = Date.now();
            this.schedule();
          }
        });
        (conn.peer as PeerLike).on('connect', () => this.schedule());
        (conn.peer as PeerLike).on('close', () => this.schedule());
      }
      if (conn.connected && !conn.closed) count++;
    }
    return count;
  }

  /**
   * One status per workspace, its years folded in: peers and state are the workspace room's, the
   * last exchange is the latest in any of its docs, a year whose storage failed is a storage error
   * of the workspace, and a relay that refuses a year is shown as refusing.
   */
  private statusOf(open: Open): WorkspaceSyncStatus {
    const status = this.workspaceStatusOf(open);
    // A peer or relay more on the workspace: exchange the old years it may have edited.
    const connections =
      status.peers + (status.relays ?? []).filter((relay) => relay.state === 'connected').length;
    if (connections > open.connections) open.rooms.pass();
    open.connections = connections;
    for (const [number, year] of open.years) {
      // Called for its side effect too: it instruments the year's new connections.
      const peers = this.connectedPeers(year, open);
      if (peers > 0 || year.relays.some((link) => link.state() === 'connected'))
        open.rooms.exchanged(number);
      for (const link of year.relays) {
        const at = link.lastExchange();
        if (at !== null && at > (open.lastExchange ?? 0)) open.lastExchange = at;
        const shown = status.relays?.find((relay) => relay.url === link.url);
        if (shown && link.state() === 'refused') shown.state = 'refused';
      }
    }
    status.lastExchange = open.lastExchange;
    const [failedYear, failure] = [...open.yearsFailed].sort(([a], [b]) => b - a)[0] ?? [];
    if (failure) status.storageError = `${failedYear}: ${failure.error}`;
    return status;
  }

  private workspaceStatusOf(open: Open): WorkspaceSyncStatus {
    const peers = this.connectedPeers(open, open);
    let state: SyncState;
    const online = typeof navigator === 'undefined' || navigator.onLine !== false;
    if (!open.provider || this.config.paused || this.config.signaling.length === 0) {
      state = peers > 0 ? 'connected' : 'offline';
    } else if (peers > 0) {
      state = 'connected';
    } else {
      const conns = open.provider.signalingConns as SignalingLike[];
      if (conns.some((c) => c.connected)) state = 'connected';
      else if (online && conns.some((c) => c.connecting || c.unsuccessfulReconnects < 2))
        state = 'connecting';
      else state = 'offline';
    }
    if (open.relays.length === 0) {
      return { workspaceId: open.entry.id, state, peers, lastExchange: open.lastExchange };
    }
    // A relay carries the workspace to members who are not online now: connected to it counts.
    const relays = open.relays.map((link) => ({ url: link.url, state: link.state() }));
    if (relays.some((relay) => relay.state === 'connected')) state = 'connected';
    else if (state === 'offline' && relays.some((relay) => relay.state === 'connecting'))
      state = 'connecting';
    for (const link of open.relays) {
      const at = link.lastExchange();
      if (at !== null && at > (open.lastExchange ?? 0)) open.lastExchange = at;
    }
    return { workspaceId: open.entry.id, state, peers, lastExchange: open.lastExchange, relays };
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = setTimeout(() => {
      this.scheduled = null;
      this.report();
    }, 50);
  }

  private report(force = false) {
    // A new school year (or start month) changes which years are always open.
    for (const open of this.open.values()) open.rooms.tick();
    const statuses = this.statuses();
    const text = JSON.stringify(statuses);
    if (!force && text === this.lastPosted) return;
    this.lastPosted = text;
    this.options.onStatus(statuses);
  }
}

function linked(local: LocalWorkspace, roomOf: (entry: SyncedWorkspace) => string): Linked {
  return {
    local,
    roomOf,
    provider: null,
    providerKey: '',
    instrumented: new WeakSet(),
    relays: [],
    relayKey: '',
    relayGeneration: 0,
    stopActivity: () => {},
    onActivity: () => {},
  };
}
