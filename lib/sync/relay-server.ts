// The always-on relay (Node only): Hocuspocus 3 (a maintained Yjs WebSocket server) with the
// file store (relay-store.ts), token checks (relay-token.ts) and, optionally, Redis so that
// several instances behind a load balancer serve the same documents.
//
// The relay necessarily reads every document it carries: it merges Yjs updates and stores the
// result. What it can and cannot see is in docs/deploy.md and the README.
//
// We own the HTTP server and the WebSocket upgrade and hand each accepted socket to Hocuspocus,
// so every cost an anonymous client can cause is bounded before Hocuspocus sees a byte (defaults
// in RELAY_DEFAULTS, each an option and a RELAY_* variable of `npm run relay`):
// - connections in total and per IP (IPv6: per /64) → HTTP 503 before any WebSocket state;
// - message size (ws maxPayload, close 1009), no per-message compression (a small compressed
//   frame can inflate past the limit);
// - authentication: a socket that has not opened a document within authTimeoutMs is closed, and
//   so is one that fails authentication maxAuthFailures times; bytes sent for documents not yet
//   authenticated (Hocuspocus queues them until the token is checked) are capped by
//   maxUnauthenticatedBytes;
// - documents per socket (Hocuspocus multiplexes documents over one socket);
// - rate: a token bucket per socket; a socket that keeps sending faster is closed 1008;
// - backpressure: a receiver more than maxBufferedBytes behind is dropped instead of queued for;
// - silence: Hocuspocus pings every pingIntervalMs and closes sockets that do not answer.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import { cappedWebSocketServer } from './capped-websocket-server';
import { fileStore, RELAY_DOCUMENT_NAME, storeExtension, type RelayStore } from './relay-store';
import { RELAY_DOCUMENT_PREFIX } from './relay-token';

export interface RelayServerOptions {
  host?: string;
  port?: number;
  /** Folder holding one file per document (RELAY_DATA). */
  dataDir: string;
  /** Replaces the file store (tests). */
  store?: RelayStore;
  /** Share documents with other instances through this Redis server. */
  redis?: { host: string; port: number; prefix?: string };
  /** Name of this instance in logs and in Redis (must differ between instances). */
  name?: string;
  maxPayload?: number;
  maxConnections?: number;
  maxConnectionsPerIp?: number;
  maxDocumentsPerConnection?: number;
  authTimeoutMs?: number;
  maxAuthFailures?: number;
  maxUnauthenticatedBytes?: number;
  messagesPerSecond?: number;
  messageBurst?: number;
  maxBufferedBytes?: number;
  pingIntervalMs?: number;
  /** Wait after the last edit before writing a document to disk. */
  storeDebounceMs?: number;
  /** Longest a busy document goes without being written. */
  storeMaxDebounceMs?: number;
  /** Count connections per X-Forwarded-For when they come from a proxy on this machine. */
  trustProxy?: boolean;
  log?: (line: string) => void;
}

export interface RelayStats {
  refusedConnections: number;
  refusedTokens: number;
  closedForAuthTimeout: number;
  closedForFlooding: number;
  droppedSlowReceivers: number;
}

export interface RelayServer {
  url: string;
  host: string;
  port: number;
  connections: () => number;
  /** Documents loaded in memory right now. */
  documents: () => number;
  stats: () => RelayStats;
  /** Stores every loaded document, closes every connection and stops listening. */
  close: () => Promise<void>;
}

export const RELAY_DEFAULTS = {
  // A whole district workspace arrives in one sync message on first upload.
  maxPayload: 32 * 1024 * 1024,
  maxConnections: 2000,
  maxConnectionsPerIp: 50,
  // A device carries all its workspaces on one socket per relay.
  maxDocumentsPerConnection: 100,
  authTimeoutMs: 10_000,
  maxAuthFailures: 5,
  maxUnauthenticatedBytes: 1024 * 1024,
  // Every keystroke is one update message; a bulk import is a burst of them.
  messagesPerSecond: 200,
  messageBurst: 2000,
  maxBufferedBytes: 16 * 1024 * 1024,
  pingIntervalMs: 30_000,
  storeDebounceMs: 2000,
  storeMaxDebounceMs: 10_000,
  trustProxy: false,
};

const POLICY_VIOLATION = 1008;
/** Hocuspocus message type of an authentication message (types.ts MessageType.Auth). */
const MESSAGE_AUTH = 2;
const MAX_TOKEN_LENGTH = 200;

/** What the relay knows about one socket, found again from the request Hocuspocus passes to hooks. */
interface SocketState {
  ws: WebSocket;
  documents: Set<string>;
  authenticated: Set<string>;
  failures: number;
  unauthenticatedBytes: number;
}

/** True when `token` hashes to the document's name: the check needs no stored verifier. */
export function tokenOpens(documentName: string, token: string): boolean {
  if (!RELAY_DOCUMENT_NAME.test(documentName) || token.length > MAX_TOKEN_LENGTH) return false;
  const expected = Buffer.from(documentName.slice(RELAY_DOCUMENT_PREFIX.length));
  const actual = Buffer.from(createHash('sha256').update(token).digest('base64url'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export async function startRelayServer(options: RelayServerOptions): Promise<RelayServer> {
  const limits = { ...RELAY_DEFAULTS, ...definedOnly(options) };
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const stats: RelayStats = {
    refusedConnections: 0,
    refusedTokens: 0,
    closedForAuthTimeout: 0,
    closedForFlooding: 0,
    droppedSlowReceivers: 0,
  };
  const sockets = new WeakMap<IncomingMessage, SocketState>();

  const access: Extension = {
    extensionName: 'bridgework-access',
    // Runs once per document a socket asks for, before its token is checked.
    async onConnect({ request, documentName }) {
      const state = sockets.get(request);
      if (!state) throw new Error('Unknown socket');
      if (!RELAY_DOCUMENT_NAME.test(documentName)) throw new Error('Unknown document');
      if (!state.documents.has(documentName)) {
        if (state.documents.size >= limits.maxDocumentsPerConnection)
          throw new Error('Too many documents on one connection');
        state.documents.add(documentName);
      }
      // Carried in the context, so onDisconnect finds the socket again.
      return { relaySocket: state };
    },
    // A document closed on a socket needs authenticating again before Hocuspocus handles its
    // messages; until then they are queued, so they count as unauthenticated again.
    async onDisconnect({ context, documentName }) {
      const state = (context as { relaySocket?: SocketState } | undefined)?.relaySocket;
      state?.authenticated.delete(documentName);
      state?.documents.delete(documentName);
    },
    async onAuthenticate(payload) {
      const state = sockets.get(payload.request);
      if (!state) throw new Error('Unknown socket');
      if (typeof payload.token !== 'string' || !tokenOpens(payload.documentName, payload.token)) {
        stats.refusedTokens++;
        state.documents.delete(payload.documentName);
        if (++state.failures >= limits.maxAuthFailures)
          setImmediate(() => state.ws.close(POLICY_VIOLATION, 'Too many refused tokens'));
        throw new Error('permission-denied');
      }
      state.authenticated.add(payload.documentName);
    },
  };

  const extensions: Extension[] = [access];
  if (options.redis) {
    const { Redis } = await import('@hocuspocus/extension-redis');
    const redis = new Redis({
      host: options.redis.host,
      port: options.redis.port,
      prefix: options.redis.prefix ?? 'bridgework-relay',
      ...(options.name ? { identifier: options.name } : {}),
      // Commands fail after 3 retries instead of queueing forever; ioredis keeps reconnecting.
      options: { maxRetriesPerRequest: 3 },
    });
    // One line per outage instead of ioredis' "Unhandled error event" on every retry.
    let down = false;
    for (const client of [redis.pub, redis.sub]) {
      client.on('error', (error: Error) => {
        if (!down) log(`Redis unreachable (${error.message}); retrying`);
        down = true;
      });
      client.on('ready', () => {
        if (down) log('Redis reachable again');
        down = false;
      });
    }
    extensions.push(redis);
  }
  extensions.push(
    storeExtension(
      options.store ?? fileStore(options.dataDir, { mergeWithDisk: Boolean(options.redis) }),
      log,
    ),
  );

  const hocuspocus = new Hocuspocus({
    name: options.name ?? null,
    quiet: true,
    timeout: limits.pingIntervalMs,
    debounce: limits.storeDebounceMs,
    maxDebounce: limits.storeMaxDebounceMs,
    extensions,
  });

  const { http, wss } = cappedWebSocketServer({
    banner: 'Bridgework relay',
    caps: limits,
    onRefused: () => stats.refusedConnections++,
    onConnection: (ws, request) => accept(ws, request),
  });

  const accept = (ws: WebSocket, request: IncomingMessage) => {
    const state: SocketState = {
      ws,
      documents: new Set(),
      authenticated: new Set(),
      failures: 0,
      unauthenticatedBytes: 0,
    };
    sockets.set(request, state);
    ws.on('error', (error: Error & { code?: string }) => {
      // ws closes with 1009 itself; said in the log because a workspace whose whole state is
      // larger than the limit can never make its first upload (its client keeps retrying).
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
        log(`A message over ${limits.maxPayload} bytes was refused (RELAY_MAX_MESSAGE_BYTES)`);
    });

    const authTimer = setTimeout(() => {
      if (state.authenticated.size > 0 || ws.readyState !== ws.OPEN) return;
      stats.closedForAuthTimeout++;
      ws.close(POLICY_VIOLATION, 'Authentication timed out');
    }, limits.authTimeoutMs);
    authTimer.unref?.();
    ws.once('close', () => clearTimeout(authTimer));

    // Backpressure: Hocuspocus sends through ws.send; a receiver too far behind is dropped (its
    // provider reconnects and catches up with one sync) rather than letting the queue grow.
    const send = ws.send.bind(ws) as (data: unknown, ...rest: unknown[]) => void;
    (ws as unknown as { send: (data: unknown, ...rest: unknown[]) => void }).send = (
      data,
      ...rest
    ) => {
      const size = (data as { byteLength?: number }).byteLength ?? 0;
      if (ws.bufferedAmount + size > limits.maxBufferedBytes) {
        stats.droppedSlowReceivers++;
        ws.terminate();
        return;
      }
      send(data, ...rest);
    };

    // Registered before Hocuspocus' own listener, so it sees every message first.
    const bucket = tokenBucket(limits.messagesPerSecond, limits.messageBurst);
    ws.on('message', (raw: Buffer | ArrayBuffer | Buffer[]) => {
      if (ws.readyState !== ws.OPEN) return;
      if (!bucket.take()) {
        stats.closedForFlooding++;
        ws.close(POLICY_VIOLATION, 'Too many messages');
        return;
      }
      const bytes = Array.isArray(raw)
        ? Buffer.concat(raw)
        : Buffer.isBuffer(raw)
          ? raw
          : Buffer.from(raw);
      const target = documentOf(bytes);
      if (target && state.authenticated.has(target.name)) return;
      if (target?.type === MESSAGE_AUTH) return;
      state.unauthenticatedBytes += bytes.length;
      if (state.unauthenticatedBytes > limits.maxUnauthenticatedBytes) {
        stats.closedForFlooding++;
        ws.close(POLICY_VIOLATION, 'Too much data before authentication');
      }
    });

    hocuspocus.handleConnection(ws as never, request);
  };

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 1234, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log(`Bridgework relay listening on ${url}, storing documents in ${options.dataDir}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    host,
    port,
    connections: () => wss.clients.size,
    documents: () => hocuspocus.getDocumentsCount(),
    stats: () => ({ ...stats }),
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => {
          http.close(() => resolve());
          // Closing each connection stores its document at once (unloadImmediately).
          hocuspocus.closeConnections();
          for (const ws of wss.clients) ws.close();
          http.closeAllConnections?.();
        });
        const deadline = Date.now() + 10_000;
        while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline)
          await new Promise((resolve) => setTimeout(resolve, 20));
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      })()),
  };
}

/**
 * The document name and message type at the head of a Hocuspocus message (lib0 encoding: a
 * varUint length and UTF-8 bytes, then a varUint), or null when the bytes are not one.
 */
function documentOf(bytes: Uint8Array): { name: string; type: number } | null {
  let position = 0;
  const readVarUint = (): number | null => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = bytes[position++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return null;
  };
  const length = readVarUint();
  if (length === null || position + length > bytes.length) return null;
  const name = Buffer.from(bytes.buffer, bytes.byteOffset + position, length).toString();
  position += length;
  const type = readVarUint();
  return type === null ? null : { name, type };
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** `ratePerSecond` tokens refill up to `burst`; false once a message finds the bucket empty. */
function tokenBucket(ratePerSecond: number, burst: number) {
  let tokens = burst;
  let last = performance.now();
  return {
    take(): boolean {
      const now = performance.now();
      tokens = Math.min(burst, tokens + ((now - last) / 1000) * ratePerSecond);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
