// A small y-webrtc signaling server (Node only). Protocol, JSON over WebSocket:
//   { type: 'subscribe' | 'unsubscribe', topics: string[] }
//   { type: 'publish', topic, data }  → relayed to every subscriber of topic (sender included,
//                                       as y-webrtc expects), with `clients` = subscriber count
//   { type: 'ping' } → { type: 'pong' }
// It sees room ids and IP addresses; with a room password, `data` is AES-GCM ciphertext.
//
// Anyone can connect, so every cost a client can cause is bounded (defaults in brackets, all
// options of startSignalingServer, documented in docs/sync.md):
// - connections: in total [2,000] and per IP address (IPv6: per /64) [50]; extra upgrade requests
//   get HTTP 503 before any WebSocket state exists. Behind a reverse proxy on the same machine
//   (README: Caddy), set trustProxy so the count is per X-Forwarded-For client, not per proxy.
// - messages: at most maxPayload bytes [64 KiB] (larger → close 1009) and maxDepth levels of
//   nesting [32], checked on the raw bytes before parsing; deeper ones are dropped (a 20,000-deep
//   publish once made the per-receiver JSON.stringify throw and disconnected the whole room). A
//   message is parsed once and its outgoing bytes are built once per publish from the sender's
//   own text, so nothing per receiver can fail.
// - rate: a token bucket per connection, messagesPerSecond [50] with bursts of messageBurst [300];
//   excess messages are dropped. A connection that keeps sending more than twice the rate runs
//   out of patience (a second bucket of the same size, spent by dropped messages) → close 1008.
// - slow readers: a receiver more than maxBufferedBytes [1 MiB] behind is terminated instead of
//   queueing for it (one that never reads once grew the server by 3 GB in under a minute).
// - topics: maxTopicsPerConnection [100], names ≤ 200 characters.
// - silence: connections that miss a WebSocket ping for pingIntervalMs [30 s] are terminated;
//   HTTP requests must send their headers within 10 s, and at most maxConnections + 10% TCP
//   sockets (at least + 100) are open at once.
import type { AddressInfo } from 'node:net';
import type { WebSocket } from 'ws';
import { cappedWebSocketServer } from './capped-websocket-server';

export { ipKey } from './capped-websocket-server';

export interface SignalingServerOptions {
  host?: string;
  port?: number;
  /** Largest accepted message in bytes (SDP offers with many candidates fit in 64 KiB). */
  maxPayload?: number;
  /** Deepest accepted nesting of arrays/objects in a message; y-webrtc sends at most 4. */
  maxDepth?: number;
  /** Topics (rooms) one connection may subscribe to. */
  maxTopicsPerConnection?: number;
  /** Open WebSocket connections in total. */
  maxConnections?: number;
  /** Open WebSocket connections from one IP address (IPv6: one /64). */
  maxConnectionsPerIp?: number;
  /** Sustained messages per second per connection (any type); excess is dropped. */
  messagesPerSecond?: number;
  /** Messages a connection may send at once after being quiet. */
  messageBurst?: number;
  /** Bytes queued for one receiver beyond which it is dropped rather than queued for. */
  maxBufferedBytes?: number;
  /** Close connections that do not answer a ping within this time. */
  pingIntervalMs?: number;
  /**
   * Behind a reverse proxy on the same machine: count connections per the address the proxy puts
   * last in X-Forwarded-For. Only honoured for connections from a loopback address.
   */
  trustProxy?: boolean;
  log?: (line: string) => void;
}

/** What the limits have done since start: for logs, tests and monitoring. */
export interface SignalingStats {
  refusedConnections: number;
  rateLimitedMessages: number;
  closedForFlooding: number;
  /** Messages dropped because they nest deeper than maxDepth. */
  droppedMessages: number;
  droppedSlowReceivers: number;
}

export interface SignalingServer {
  url: string;
  port: number;
  host: string;
  /** Open connections right now. */
  connections: () => number;
  stats: () => SignalingStats;
  close: () => Promise<void>;
}

export const SIGNALING_DEFAULTS = {
  maxPayload: 64 * 1024,
  maxDepth: 32,
  maxTopicsPerConnection: 100,
  maxConnections: 2000,
  maxConnectionsPerIp: 50,
  messagesPerSecond: 50,
  messageBurst: 300,
  maxBufferedBytes: 1024 * 1024,
  pingIntervalMs: 30_000,
  trustProxy: false,
};

const MAX_TOPIC_LENGTH = 200;
const PONG = Buffer.from(JSON.stringify({ type: 'pong' }));
/** WebSocket close codes (RFC 6455 §7.4.1). */
const POLICY_VIOLATION = 1008;

export async function startSignalingServer(
  options: SignalingServerOptions = {},
): Promise<SignalingServer> {
  const limits = { ...SIGNALING_DEFAULTS, ...definedOnly(options) };
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const topics = new Map<string, Set<WebSocket>>();
  const subscriptions = new Map<WebSocket, Set<string>>();
  const alive = new WeakSet<WebSocket>();
  const stats: SignalingStats = {
    refusedConnections: 0,
    rateLimitedMessages: 0,
    closedForFlooding: 0,
    droppedMessages: 0,
    droppedSlowReceivers: 0,
  };

  const { http, wss } = cappedWebSocketServer({
    banner: 'Bridgework signaling server',
    caps: limits,
    onRefused: () => stats.refusedConnections++,
    onConnection: (conn, request) => wss.emit('connection', conn, request),
  });

  /** Sends text already encoded once for all receivers; drops a receiver that is too far behind. */
  const deliver = (conn: WebSocket, bytes: Buffer) => {
    if (conn.readyState !== conn.OPEN) return;
    if (conn.bufferedAmount + bytes.length > limits.maxBufferedBytes) {
      stats.droppedSlowReceivers++;
      conn.terminate();
      return;
    }
    try {
      conn.send(bytes, { binary: false });
    } catch {
      conn.terminate();
    }
  };

  const unsubscribeAll = (conn: WebSocket) => {
    for (const topic of subscriptions.get(conn) ?? []) {
      const subscribers = topics.get(topic);
      subscribers?.delete(conn);
      if (subscribers?.size === 0) topics.delete(topic);
    }
    subscriptions.delete(conn);
  };

  const handle = (
    conn: WebSocket,
    raw: Buffer,
    mine: Set<string>,
    message: Record<string, unknown>,
  ) => {
    switch (message.type) {
      case 'subscribe':
        for (const topic of Array.isArray(message.topics) ? message.topics : []) {
          if (typeof topic !== 'string' || topic.length > MAX_TOPIC_LENGTH) continue;
          if (!mine.has(topic) && mine.size >= limits.maxTopicsPerConnection) break;
          mine.add(topic);
          let subscribers = topics.get(topic);
          if (!subscribers) topics.set(topic, (subscribers = new Set()));
          subscribers.add(conn);
        }
        break;
      case 'unsubscribe':
        for (const topic of Array.isArray(message.topics) ? message.topics : []) {
          if (typeof topic !== 'string' || !mine.delete(topic)) continue;
          const subscribers = topics.get(topic);
          subscribers?.delete(conn);
          if (subscribers?.size === 0) topics.delete(topic);
        }
        break;
      case 'publish': {
        if (typeof message.topic !== 'string') break;
        const receivers = topics.get(message.topic);
        if (!receivers) break;
        const bytes = withClients(raw, receivers.size);
        for (const receiver of receivers) deliver(receiver, bytes);
        break;
      }
      case 'ping':
        deliver(conn, PONG);
        break;
    }
  };

  wss.on('connection', (conn: WebSocket) => {
    const mine = new Set<string>();
    const bucket = tokenBucket(limits.messagesPerSecond, limits.messageBurst);
    subscriptions.set(conn, mine);
    alive.add(conn);
    conn.on('pong', () => alive.add(conn));
    conn.on('close', () => unsubscribeAll(conn));
    // ws has already started the close handshake with the reason (1002, 1007, 1009…) and ends the
    // socket itself; terminating here would drop that close frame. The listener keeps an 'error'
    // from being thrown.
    conn.on('error', () => {});
    /** Whether this message may be handled; counts it against the rate either way. */
    const withinRate = () => {
      const verdict = bucket.take();
      if (verdict === 'ok') return true;
      stats.rateLimitedMessages++;
      if (verdict === 'flooding') {
        stats.closedForFlooding++;
        conn.close(POLICY_VIOLATION, 'Too many messages');
      }
      return false;
    };
    // ws answers WebSocket ping frames itself (and terminates a client with 60 pongs unread);
    // they still cost work, so they count against the rate.
    conn.on('ping', () => {
      if (conn.readyState === conn.OPEN) withinRate();
    });
    conn.on('message', (raw, isBinary) => {
      if (conn.readyState !== conn.OPEN || !withinRate() || isBinary) return;
      const bytes = Array.isArray(raw)
        ? Buffer.concat(raw)
        : Buffer.isBuffer(raw)
          ? raw
          : Buffer.from(raw);
      if (!nestingWithin(bytes, limits.maxDepth)) {
        stats.droppedMessages++;
        return;
      }
      let message: unknown;
      try {
        message = JSON.parse(bytes.toString());
      } catch {
        return;
      }
      if (!message || typeof message !== 'object' || Array.isArray(message)) return;
      handle(conn, bytes, mine, message as Record<string, unknown>);
    });
  });

  const heartbeat = setInterval(() => {
    for (const conn of wss.clients) {
      if (!alive.has(conn)) {
        conn.terminate();
        continue;
      }
      alive.delete(conn);
      try {
        conn.ping();
      } catch {
        conn.terminate();
      }
    }
  }, limits.pingIntervalMs);
  heartbeat.unref?.();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 4444, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(`Bridgework signaling server listening on ${url}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    host,
    connections: () => wss.clients.size,
    stats: () => ({ ...stats }),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const conn of wss.clients) conn.terminate();
        wss.close(() => http.close(() => resolve()));
        http.closeAllConnections?.();
      })),
  };
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * The outgoing publish, built once for all its receivers: the sender's own text (already parsed,
 * so it is one JSON object with at least `type` and `topic`) with `clients` added as its last key.
 * Nothing is re-serialised, so nothing can fail or cost a second copy of a 60 KB payload; a
 * `clients` the sender put in is overridden, as JSON.parse keeps the last of duplicate keys.
 */
function withClients(raw: Buffer, clients: number): Buffer {
  let end = raw.length;
  while (end > 0 && JSON_WHITESPACE.has(raw[end - 1]!)) end--;
  return Buffer.concat([raw.subarray(0, end - 1), Buffer.from(`,"clients":${clients}}`)]);
}

const JSON_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Whether arrays and objects in this JSON text nest at most `max` deep. One pass over the raw
 * bytes, before parsing: quotes and backslashes are ASCII and never part of a multi-byte UTF-8
 * character, so brackets inside strings are skipped correctly even for invalid JSON.
 */
export function nestingWithin(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > max) return false;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return true;
}

/**
 * Per-connection rate limit: `ratePerSecond` tokens refill up to `burst`; each message takes one.
 * Messages over the limit spend a second bucket ("patience") of the same shape, so a client that
 * briefly overshoots only loses those messages, while one sending more than twice the rate for
 * long runs out of patience and is closed.
 */
function tokenBucket(ratePerSecond: number, burst: number) {
  let tokens = burst;
  let patience = burst;
  let last = performance.now();
  return {
    take(): 'ok' | 'dropped' | 'flooding' {
      const now = performance.now();
      const refill = ((now - last) / 1000) * ratePerSecond;
      last = now;
      tokens = Math.min(burst, tokens + refill);
      patience = Math.min(burst, patience + refill);
      if (tokens >= 1) {
        tokens -= 1;
        return 'ok';
      }
      patience -= 1;
      return patience < 0 ? 'flooding' : 'dropped';
    },
  };
}
