// A small y-webrtc signaling server (Node only). Protocol, JSON over WebSocket:
//   { type: 'subscribe' | 'unsubscribe', topics: string[] }
//   { type: 'publish', topic, data }  → relayed to every subscriber of topic (sender included,
//                                       as y-webrtc expects), with `clients` = subscriber count
//   { type: 'ping' } → { type: 'pong' }
// It sees room ids and IP addresses; with a room password, `data` is AES-GCM ciphertext.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SignalingServerOptions {
  host?: string;
  port?: number;
  /** Largest accepted message in bytes (SDP offers with many candidates fit in 64 KiB). */
  maxPayload?: number;
  /** Topics (rooms) one connection may subscribe to. */
  maxTopicsPerConnection?: number;
  /** Close connections that do not answer a ping within this time. */
  pingIntervalMs?: number;
  log?: (line: string) => void;
}

export interface SignalingServer {
  url: string;
  port: number;
  host: string;
  /** Open connections right now. */
  connections: () => number;
  close: () => Promise<void>;
}

const MAX_TOPIC_LENGTH = 200;

export async function startSignalingServer(
  options: SignalingServerOptions = {},
): Promise<SignalingServer> {
  const host = options.host ?? '127.0.0.1';
  const maxTopics = options.maxTopicsPerConnection ?? 100;
  const log = options.log ?? (() => {});
  const topics = new Map<string, Set<WebSocket>>();
  const subscriptions = new Map<WebSocket, Set<string>>();
  const alive = new WeakSet<WebSocket>();

  const http: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('Bridgework signaling server\n');
  });
  const wss = new WebSocketServer({ server: http, maxPayload: options.maxPayload ?? 64 * 1024 });

  const send = (conn: WebSocket, message: unknown) => {
    if (conn.readyState !== conn.OPEN) return;
    try {
      conn.send(JSON.stringify(message));
    } catch {
      conn.terminate();
    }
  };

  const drop = (conn: WebSocket) => {
    for (const topic of subscriptions.get(conn) ?? []) {
      const subscribers = topics.get(topic);
      subscribers?.delete(conn);
      if (subscribers?.size === 0) topics.delete(topic);
    }
    subscriptions.delete(conn);
  };

  wss.on('connection', (conn) => {
    subscriptions.set(conn, new Set());
    alive.add(conn);
    conn.on('pong', () => alive.add(conn));
    conn.on('close', () => drop(conn));
    conn.on('error', () => conn.terminate());
    conn.on('message', (raw, isBinary) => {
      if (isBinary) return;
      let message: { type?: unknown; topics?: unknown; topic?: unknown };
      try {
        message = JSON.parse(raw.toString()) as typeof message;
      } catch {
        return;
      }
      if (!message || typeof message !== 'object') return;
      const mine = subscriptions.get(conn);
      if (!mine) return;
      switch (message.type) {
        case 'subscribe':
          for (const topic of Array.isArray(message.topics) ? message.topics : []) {
            if (typeof topic !== 'string' || topic.length > MAX_TOPIC_LENGTH) continue;
            if (!mine.has(topic) && mine.size >= maxTopics) break;
            mine.add(topic);
            let subscribers = topics.get(topic);
            if (!subscribers) topics.set(topic, (subscribers = new Set()));
            subscribers.add(conn);
          }
          break;
        case 'unsubscribe':
          for (const topic of Array.isArray(message.topics) ? message.topics : []) {
            if (typeof topic !== 'string') continue;
            mine.delete(topic);
            const subscribers = topics.get(topic);
            subscribers?.delete(conn);
            if (subscribers?.size === 0) topics.delete(topic);
          }
          break;
        case 'publish': {
          if (typeof message.topic !== 'string') break;
          const receivers = topics.get(message.topic);
          if (!receivers) break;
          const out = { ...message, clients: receivers.size };
          for (const receiver of receivers) send(receiver, out);
          break;
        }
        case 'ping':
          send(conn, { type: 'pong' });
          break;
      }
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
  }, options.pingIntervalMs ?? 30_000);
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
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const conn of wss.clients) conn.terminate();
        wss.close(() => http.close(() => resolve()));
        http.closeAllConnections?.();
      })),
  };
}
