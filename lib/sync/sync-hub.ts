import { WebrtcProvider } from 'y-webrtc';
import type { SyncConfig, SyncedWorkspace, WorkspaceSyncStatus, SyncState } from '../messages';
import { roomName } from './invite';
import { openLocalWorkspace, type LocalWorkspace } from './local-persistence';
import { createGuardedAwareness } from './presence';
import { openRelayLink, RelaySockets, type RelayLink } from './relay-link';

/** y-webrtc message type of doc sync messages (step 1, step 2, update). */
const MESSAGE_SYNC = 0;

interface SignalingLike {
  connected: boolean;
  connecting: boolean;
  unsuccessfulReconnects: number;
}

interface PeerLike {
  on: (event: string, listener: (data: Uint8Array) => void) => void;
}

interface Open {
  entry: SyncedWorkspace;
  local: LocalWorkspace;
  provider: WebrtcProvider | null;
  providerKey: string;
  lastExchange: number | null;
  instrumented: WeakSet<object>;
  /** Open relay connections, and what they were opened for (room, secret, URLs). */
  relays: RelayLink[];
  relayKey: string;
  /** Bumped whenever the relays change, so a link still opening for old settings closes itself. */
  relayGeneration: number;
  stopActivity: () => void;
  stopWatching: () => void;
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
  /** Called with each workspace's doc once open; returns what to run when it closes. */
  onWorkspaceOpen?: (workspaceId: string, local: LocalWorkspace) => () => void;
  /** First wait before opening a failed workspace again; doubles up to 10 minutes. */
  retryMs?: number;
  /** Known last-exchange times, so a restart does not forget them. */
  lastExchange?: Record<string, number>;
  /** How often connection state is re-read; y-webrtc has no event for a peer finishing ICE. */
  pollMs?: number;
  /** WebSocket class for relay connections where there is no global one (Node 20 in tests). */
  relayWebSocket?: unknown;
}

/**
 * Keeps every shared workspace's doc open and connected to its peers. Runs in the offscreen
 * document, the one long-lived context that has RTCPeerConnection. Each doc is loaded from and
 * written to IndexedDB here too; the side panel links to the same room over BroadcastChannel
 * (signaling: []), so the panel never opens a second set of peer connections.
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

  private providerKey(config: SyncConfig, entry: SyncedWorkspace): string {
    return JSON.stringify([
      entry.room,
      entry.secret,
      config.paused ? [] : config.signaling,
      config.iceServers,
    ]);
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
            entry,
            local,
            provider: null,
            providerKey: '',
            lastExchange: this.options.lastExchange?.[id] ?? null,
            instrumented: new WeakSet(),
            relays: [],
            relayKey: '',
            relayGeneration: 0,
            stopActivity: () => {},
            stopWatching: this.options.onWorkspaceOpen?.(id, local) ?? (() => {}),
          };
          this.open.set(id, open);
          await this.connect(open);
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
    const key = this.providerKey(this.config, entry);
    if (open.providerKey !== key) {
      await this.stopProvider(open);
      open.entry = entry;
      this.startProvider(open, this.config);
      open.providerKey = key;
    }
    this.connectRelays(open, entry);
  }

  private connectRelays(open: Open, entry: SyncedWorkspace) {
    const urls = this.config.paused ? [] : (entry.relays ?? []);
    const key = JSON.stringify([entry.room, entry.secret, urls]);
    if (open.relayKey === key) return;
    this.stopRelays(open);
    open.relayKey = key;
    const generation = open.relayGeneration;
    for (const url of urls) {
      openRelayLink({
        url,
        room: entry.room,
        secret: entry.secret,
        doc: open.local.doc,
        onChange: () => this.schedule(),
        sockets: this.relaySockets,
      }).then(
        (link) => {
          if (open.relayGeneration !== generation) link.destroy();
          else open.relays.push(link);
          this.schedule();
        },
        (error: unknown) => console.error(`Bridgework sync: relay ${url} could not open`, error),
      );
    }
  }

  private stopRelays(open: Open) {
    open.relayGeneration++;
    open.relayKey = '';
    for (const link of open.relays.splice(0)) link.destroy();
  }

  private startProvider(open: Open, config: SyncConfig) {
    const provider = new WebrtcProvider(roomName(open.entry.room), open.local.doc, {
      signaling: config.paused ? [] : config.signaling,
      password: open.entry.secret,
      peerOpts: { config: { iceServers: config.iceServers } },
      awareness: createGuardedAwareness(open.local.doc),
    });
    // This context is nobody: people are the side panels that link to it.
    provider.awareness.setLocalState(null);
    const onPeers = () => this.schedule();
    provider.on('peers', onPeers);
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === open.local.persistence) return;
      if (this.connectedPeers(open) > 0) {
        open.lastExchange = Date.now();
        this.schedule();
      }
    };
    open.local.doc.on('update', onUpdate);
    open.stopActivity = () => {
      provider.off('peers', onPeers);
      open.local.doc.off('update', onUpdate);
    };
    open.provider = provider;
  }

  private async stopProvider(open: Open) {
    const provider = open.provider;
    if (!provider) return;
    open.stopActivity();
    open.provider = null;
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
    open.stopWatching();
    this.stopRelays(open);
    await this.stopProvider(open);
    await open.local.close();
  }

  private connectedPeers(open: Open): number {
    const room = open.provider?.room;
    if (!room) return 0;
    let count = 0;
    for (const conn of room.webrtcConns.values()) {
      if (!open.instrumented.has(conn)) {
        open.instrumented.add(conn);
        (conn.peer as PeerLike).on('data', (data: Uint8Array) => {
          if (data[0] === MESSAGE_SYNC) {
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

  private statusOf(open: Open): WorkspaceSyncStatus {
    const peers = this.connectedPeers(open);
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
    const statuses = this.statuses();
    const text = JSON.stringify(statuses);
    if (!force && text === this.lastPosted) return;
    this.lastPosted = text;
    this.options.onStatus(statuses);
  }
}
