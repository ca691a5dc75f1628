// y-webrtc's own signaling client (lib0's WebSocket client, encrypted publishes) against the
// hardened server. No WebRTC in Node, so the real client is paired with a plain `ws` peer.
import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSignalingServer, type SignalingServer } from '../../../lib/sync/signaling-server';

let server: SignalingServer | null = null;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  await server?.close();
  server = null;
});

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test("y-webrtc's signaling client subscribes, publishes its encrypted announce and receives publishes through the hardened server", async () => {
  server = await startSignalingServer({ port: 0 });
  // lib0's client uses the global WebSocket, which Node 20 does not have.
  const globals = globalThis as { WebSocket?: unknown };
  const previous = globals.WebSocket;
  globals.WebSocket = WebSocket;
  cleanups.push(() => (globals.WebSocket = previous));
  const { WebrtcProvider } = await import('y-webrtc');

  const observer = new WebSocket(server.url);
  const seen: Record<string, unknown>[] = [];
  observer.on('message', (data) =>
    seen.push(JSON.parse(data.toString()) as Record<string, unknown>),
  );
  await new Promise((resolve) => observer.once('open', resolve));
  observer.send(JSON.stringify({ type: 'subscribe', topics: ['bridgework-room'] }));
  observer.send(JSON.stringify({ type: 'ping' }));
  await until(() => seen.length === 1);
  cleanups.push(() => observer.close());

  // The observer never announces itself, so no RTCPeerConnection is attempted.
  const provider = new WebrtcProvider('bridgework-room', new Y.Doc(), {
    signaling: [server.url],
    password: 'a room secret',
  });
  cleanups.push(() => {
    provider.disconnect(); // destroy() alone leaves the module-wide signaling connection
    provider.destroy();
  });
  const clientSaw: Record<string, unknown>[] = [];
  const conn = provider.signalingConns[0]!;
  conn.on('message', (message: Record<string, unknown>) => clientSaw.push(message));

  await until(() => seen.some((m) => m.type === 'publish'));
  const announce = seen.find((m) => m.type === 'publish')!;
  expect(announce).toMatchObject({ topic: 'bridgework-room', clients: 2 });
  expect(typeof announce.data).toBe('string');

  // Echo the client's own ciphertext back (it ignores its own announce), marked so it is ours.
  observer.send(
    JSON.stringify({ type: 'publish', topic: 'bridgework-room', data: announce.data, echo: 1 }),
  );
  await until(() => clientSaw.some((m) => m.echo === 1 && m.data === announce.data));
  expect(conn.connected).toBe(true);
  expect(server.connections()).toBe(2);
});
