import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The front door shared by the signaling server and the relay (Node only): an HTTP server that
 * answers plain requests with a banner and upgrades WebSockets only while the connection caps
 * allow — in total and per client address (IPv4 per address, IPv6 per /64, the address behind a
 * local reverse proxy when `trustProxy`). A refused upgrade gets a 503 with Retry-After and the
 * socket is closed; an accepted one is counted until it closes.
 */
export interface ConnectionCaps {
  maxConnections: number;
  maxConnectionsPerIp: number;
  /** Largest WebSocket message accepted (ws closes the connection with 1009 beyond it). */
  maxPayload: number;
  trustProxy: boolean;
}

/** How long a client may take to send its request headers. */
const HEADERS_TIMEOUT_MS = 10_000;

export function cappedWebSocketServer(options: {
  banner: string;
  caps: ConnectionCaps;
  onRefused: () => void;
  onConnection: (ws: WebSocket, request: IncomingMessage) => void;
}): { http: Server; wss: WebSocketServer } {
  const { caps } = options;
  const perIp = new Map<string, number>();
  const http: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end(`${options.banner}\n`);
  });
  http.headersTimeout = HEADERS_TIMEOUT_MS;
  http.requestTimeout = HEADERS_TIMEOUT_MS;
  // Backstop for TCP sockets that never finish an HTTP request (not yet counted per IP): Node
  // drops sockets beyond this. Upgraded sockets count too, hence the allowance on top.
  http.maxConnections = caps.maxConnections + Math.max(100, caps.maxConnections / 10);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: caps.maxPayload,
    // A compressed frame can inflate far beyond maxPayload's intent.
    perMessageDeflate: false,
  });

  const refuse = (socket: Socket, reason: string) => {
    options.onRefused();
    socket.end(
      `HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
        `Retry-After: 10\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
      () => socket.destroy(),
    );
  };

  http.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const ip = ipKey(clientAddress(request, caps.trustProxy));
    if (wss.clients.size >= caps.maxConnections) return refuse(socket, 'Too many connections.');
    if ((perIp.get(ip) ?? 0) >= caps.maxConnectionsPerIp)
      return refuse(socket, 'Too many connections from your address.');
    // Without verifyClient or compression, ws completes the handshake synchronously, so counting
    // in the callback cannot let a burst of upgrades past the caps.
    wss.handleUpgrade(request, socket, head, (ws) => {
      perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
      ws.once('close', () => {
        const left = (perIp.get(ip) ?? 1) - 1;
        if (left > 0) perIp.set(ip, left);
        else perIp.delete(ip);
      });
      options.onConnection(ws, request);
    });
  });
  return { http, wss };
}

/**
 * The client's address: the socket's, or, behind a reverse proxy on this machine, the last hop
 * it appended to X-Forwarded-For (the one address the proxy itself vouches for).
 */
function clientAddress(request: IncomingMessage, trustProxy: boolean): string | undefined {
  const direct = request.socket.remoteAddress;
  if (!trustProxy || !direct || !isLoopback(direct)) return direct;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
  return forwarded[forwarded.length - 1]?.trim() || direct;
}

function isLoopback(address: string): boolean {
  return /^(::ffff:)?127\./i.test(address) || address === '::1';
}

/** Counts IPv4 (also when IPv4-mapped) per address and IPv6 per /64, the usual customer prefix. */
export function ipKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = (address.split('%')[0] ?? '').split('::');
  const front = head ? head.split(':') : [];
  const back = address.includes('::') && tail ? tail.split(':') : [];
  const groups = [
    ...front,
    ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'),
    ...back,
  ];
  return `${groups
    .slice(0, 4)
    .map((group) => (parseInt(group, 16) || 0).toString(16))
    .join(':')}::/64`;
}
