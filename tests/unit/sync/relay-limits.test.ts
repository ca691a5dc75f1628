// The relay's limits against raw WebSocket clients that do not play by the rules, each with a
// small limit so the test is quick; a well-behaved client is still served afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  startRelayServer,
  type RelayServer,
  type RelayServerOptions,
} from '../../../lib/sync/relay-server';
import { relayCredentials } from '../../../lib/sync/relay-token';
import { newInvite } from '../../../lib/sync/invite';
import { openRelayLink } from '../../../lib/sync/relay-link';

let dataDir = '';
let server: RelayServer | null = null;
const sockets: WebSocket[] = [];
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-limits-'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const socket of sockets.splice(0)) socket.terminate();
  await server?.close();
  server = null;
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function start(options: Partial<RelayServerOptions>) {
  server = await startRelayServer({ port: 0, dataDir, ...options });
  return server;
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    sockets.push(socket);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) resolve(-1);
    else socket.once('close', (code) => resolve(code));
  });
}

/** A Hocuspocus sync step 1 for `name`, padded with an unused state vector of `bytes`. */
function syncMessage(name: string, bytes = 16): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, 0); // sync
  encoding.writeVarUint(encoder, 0); // step 1
  encoding.writeVarUint8Array(encoder, new Uint8Array(bytes));
  return encoding.toUint8Array(encoder);
}

async function wellBehavedClientIsServed(relay: RelayServer) {
  const invite = newInvite();
  const link = await openRelayLink({
    url: relay.url,
    room: invite.room,
    secret: invite.secret,
    doc: new Y.Doc(),
    WebSocketPolyfill: WebSocket,
  });
  cleanups.push(() => link.destroy());
  await until(() => link.state() === 'connected');
}

test('a socket that never authenticates is closed after the auth timeout', async () => {
  const relay = await start({ authTimeoutMs: 200 });
  const socket = await open(relay.url);
  expect(await closed(socket)).toBe(1008);
  expect(relay.stats().closedForAuthTimeout).toBe(1);
  await wellBehavedClientIsServed(relay);
});

test('connections beyond the per-address cap are refused with HTTP 503, others still served', async () => {
  const relay = await start({ maxConnectionsPerIp: 3 });
  for (let i = 0; i < 3; i++) await open(relay.url);
  const refused = await new Promise<number>((resolve) => {
    const socket = new WebSocket(relay.url);
    socket.on('error', () => {});
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('open', () => resolve(101));
  });
  expect(refused).toBe(503);
  expect(relay.stats().refusedConnections).toBe(1);
  for (const socket of sockets.splice(0)) socket.terminate();
  await wellBehavedClientIsServed(relay);
});

test('data sent for a document that was never authenticated is capped, then the socket is closed', async () => {
  const relay = await start({ maxUnauthenticatedBytes: 10_000 });
  const socket = await open(relay.url);
  const name = `bw-${'a'.repeat(43)}`;
  for (let i = 0; i < 20; i++) socket.send(syncMessage(name, 1000));
  expect(await closed(socket)).toBe(1008);
  expect(relay.stats().closedForFlooding).toBe(1);
});

test('a message larger than the limit closes the socket with 1009, and the log says so', async () => {
  const lines: string[] = [];
  const relay = await start({ maxPayload: 4096, log: (line) => lines.push(line) });
  const socket = await open(relay.url);
  socket.send(syncMessage(`bw-${'a'.repeat(43)}`, 10_000));
  expect(await closed(socket)).toBe(1009);
  expect(lines).toContain('A message over 4096 bytes was refused (RELAY_MAX_MESSAGE_BYTES)');
  await wellBehavedClientIsServed(relay);
});

test('a socket sending faster than the rate for longer than the burst is closed 1008', async () => {
  const relay = await start({ messagesPerSecond: 10, messageBurst: 20 });
  const socket = await open(relay.url);
  for (let i = 0; i < 100; i++) socket.send(syncMessage(`bw-${'b'.repeat(43)}`));
  expect(await closed(socket)).toBe(1008);
  expect(relay.stats().closedForFlooding).toBe(1);
});

test('a socket that keeps presenting wrong tokens is closed', async () => {
  const relay = await start({ maxAuthFailures: 3 });
  const socket = await open(relay.url);
  for (let i = 0; i < 3; i++) {
    const { documentName } = await relayCredentials(newInvite().room, newInvite().secret);
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, documentName);
    encoding.writeVarUint(encoder, 2); // auth
    encoding.writeVarUint(encoder, 0); // token
    encoding.writeVarString(encoder, 'not-the-token');
    socket.send(encoding.toUint8Array(encoder));
  }
  expect(await closed(socket)).toBe(1008);
  expect(relay.stats().refusedTokens).toBe(3);
});

test('a receiver that stops reading is dropped instead of queued for, and the writer keeps going', async () => {
  const relay = await start({ maxBufferedBytes: 256 * 1024 });
  const invite = newInvite();
  const { token, documentName } = await relayCredentials(invite.room, invite.secret);
  const connect = () => {
    const doc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({
      url: relay.url,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName,
      document: doc,
      token,
      awareness: null,
    });
    provider.attach();
    cleanups.push(() => {
      provider.destroy();
      socket.destroy();
    });
    return { doc, provider, socket };
  };
  const reader = connect();
  const writer = connect();
  await until(() => reader.provider.isSynced && writer.provider.isSynced);
  // The reader's TCP socket stops reading: the relay's queue for it can only grow.
  const readerSocket = reader.socket.webSocket as unknown as {
    _socket: { pause: () => void };
  };
  readerSocket._socket.pause();
  const chunk = 'x'.repeat(100_000);
  let sent = 0;
  for (let i = 0; i < 300 && relay.stats().droppedSlowReceivers === 0; i++) {
    writer.doc.getMap('blobs').set(`b${i}`, chunk);
    sent = i + 1;
    await new Promise((r) => setTimeout(r, 5));
  }
  await until(() => relay.stats().droppedSlowReceivers === 1);
  // Up to 30 MB may be needed before the kernel's socket buffers fill and the queue grows.
  console.log(`slow reader dropped after ${sent} edits of 100 KB`);
  writer.doc.getMap('blobs').set('last', 'still served');
  await until(() => writer.provider.unsyncedChanges === 0);
});

test('a document closed on a socket is unauthenticated again: its messages are capped until a new token', async () => {
  const relay = await start({ maxUnauthenticatedBytes: 10_000 });
  const invite = newInvite();
  const { token, documentName } = await relayCredentials(invite.room, invite.secret);
  const socket = await open(relay.url);
  const replies: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => replies.push(new Uint8Array(data)));
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, documentName);
  encoding.writeVarUint(auth, 2); // auth
  encoding.writeVarUint(auth, 0); // token
  encoding.writeVarString(auth, token);
  socket.send(encoding.toUint8Array(auth));
  await until(() => relay.documents() === 1 && replies.length > 0);
  const close = encoding.createEncoder();
  encoding.writeVarString(close, documentName);
  encoding.writeVarUint(close, 7); // close this document
  socket.send(encoding.toUint8Array(close));
  await until(() => relay.documents() === 0);
  for (let i = 0; i < 20 && socket.readyState === WebSocket.OPEN; i++)
    socket.send(syncMessage(documentName, 1000));
  expect(await closed(socket)).toBe(1008);
  expect(relay.stats().closedForFlooding).toBe(1);
});

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
