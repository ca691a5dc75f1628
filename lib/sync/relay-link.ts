import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { RelayState } from '../messages';
import { relayCredentials } from './relay-token';

/**
 * One workspace's doc synced through one relay (@hocuspocus/provider over a WebSocket of its
 * own). The token is derived here from the invite's secret; the secret never leaves the device.
 */
export interface RelayLink {
  readonly url: string;
  state: () => RelayState;
  /** Set when the relay last sent or confirmed doc changes (ms since epoch). */
  lastExchange: () => number | null;
  /** Changes sent to the relay and not yet acknowledged. */
  pending: () => number;
  destroy: () => void;
}

export interface RelaySocketOptions {
  /** Node has no global WebSocket before v22 (tests pass `ws`). */
  WebSocketPolyfill?: unknown;
  /** Reconnect back-off; the provider's defaults (1 s doubling to 30 s) unless given. */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface RelayLinkOptions extends RelaySocketOptions {
  url: string;
  room: string;
  secret: string;
  doc: Y.Doc;
  /** Called whenever state or last exchange changes. */
  onChange?: () => void;
  /** Shares one WebSocket per relay among links; without it the link opens its own. */
  sockets?: RelaySockets;
}

function newSocket(url: string, options: RelaySocketOptions): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    ...(options.minDelayMs ? { delay: options.minDelayMs, minDelay: options.minDelayMs } : {}),
    ...(options.maxDelayMs ? { maxDelay: options.maxDelayMs } : {}),
    // Unlimited retries: an always-on relay that is down comes back.
    maxAttempts: 0,
  });
}

/**
 * One WebSocket per relay address for all of a device's workspaces: Hocuspocus carries many
 * documents over one socket, so a school behind one public address costs the relay one
 * connection per device (its per-address cap), not one per device and workspace.
 */
export class RelaySockets {
  private readonly sockets = new Map<
    string,
    { socket: HocuspocusProviderWebsocket; users: number }
  >();

  constructor(private readonly options: RelaySocketOptions = {}) {}

  acquire(url: string): HocuspocusProviderWebsocket {
    let entry = this.sockets.get(url);
    if (!entry) {
      entry = { socket: newSocket(url, this.options), users: 0 };
      this.sockets.set(url, entry);
    }
    entry.users++;
    return entry.socket;
  }

  /** Closes the socket once no link uses it. */
  release(url: string): void {
    const entry = this.sockets.get(url);
    if (!entry || --entry.users > 0) return;
    this.sockets.delete(url);
    entry.socket.destroy();
  }

  /** Open sockets (for tests and status). */
  size(): number {
    return this.sockets.size;
  }
}

export async function openRelayLink(options: RelayLinkOptions): Promise<RelayLink> {
  const { token, documentName } = await relayCredentials(options.room, options.secret);
  let state: RelayState = 'connecting';
  let lastExchange: number | null = null;
  let destroyed = false;
  const changed = () => {
    if (!destroyed) options.onChange?.();
  };
  const socket = options.sockets?.acquire(options.url) ?? newSocket(options.url, options);
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: options.doc,
    token,
    // The offscreen document is nobody: presence travels peer to peer, not through the relay.
    awareness: null,
    onAuthenticated: () => {
      state = 'connecting';
      changed();
    },
    onAuthenticationFailed: () => {
      state = 'refused';
      changed();
    },
    onSynced: ({ state: synced }) => {
      if (!synced) return;
      state = 'connected';
      lastExchange = Date.now();
      changed();
    },
    onUnsyncedChanges: ({ number }) => {
      // Every change this device sent has been acknowledged by the relay.
      if (number === 0 && state === 'connected') {
        lastExchange = Date.now();
        changed();
      }
    },
    onOpen: () => {
      if (state === 'offline') state = 'connecting';
      changed();
    },
    // A relay that cannot be reached closes every attempt without ever connecting.
    onClose: () => {
      if (state !== 'refused') state = 'offline';
      changed();
    },
    onDisconnect: () => {
      if (state !== 'refused') state = 'offline';
      changed();
    },
  });
  // Updates the relay forwards from other members.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider && state === 'connected') {
      lastExchange = Date.now();
      changed();
    }
  };
  options.doc.on('update', onUpdate);
  provider.attach();
  return {
    url: options.url,
    state: () => state,
    lastExchange: () => lastExchange,
    pending: () => provider.unsyncedChanges,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      options.doc.off('update', onUpdate);
      provider.destroy();
      if (options.sockets) options.sockets.release(options.url);
      else socket.destroy();
    },
  };
}
