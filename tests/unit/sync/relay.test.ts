// The relay with real clients (@hocuspocus/provider over `ws`), a real folder and real sockets on
// 127.0.0.1: an edit made while the other member is offline reaches them later through the relay
// alone, a wrong token gets nothing, a restart keeps the document.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelayServer, tokenOpens, type RelayServer } from '../../../lib/sync/relay-server';
import { relayCredentials, relayDocumentName } from '../../../lib/sync/relay-token';
import { newInvite, type Invite } from '../../../lib/sync/invite';
import { openRelayLink, type RelayLink } from '../../../lib/sync/relay-link';

let dataDir = '';
const servers: RelayServer[] = [];
const links: RelayLink[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-'));
});
afterEach(async () => {
  for (const link of links.splice(0)) link.destroy();
  for (const server of servers.splice(0)) await server.close();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function relay(options: { port?: number } = {}) {
  const server = await startRelayServer({ port: options.port ?? 0, dataDir, storeDebounceMs: 50 });
  servers.push(server);
  return server;
}

async function connect(url: string, invite: Invite, doc = new Y.Doc()) {
  const link = await openRelayLink({
    url,
    room: invite.room,
    secret: invite.secret,
    doc,
    WebSocketPolyfill: WebSocket,
    // Fast retries keep the tests short; the real client backs off.
    minDelayMs: 50,
    maxDelayMs: 200,
  });
  links.push(link);
  return { link, doc };
}

/** A client that asks for a workspace's relay document with a token of its own making. */
function intrude(url: string, documentName: string, token: string) {
  const doc = new Y.Doc();
  const state = { authenticated: false, denied: '' };
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    awareness: null,
    onAuthenticated: () => (state.authenticated = true),
    onAuthenticationFailed: ({ reason }) => (state.denied = reason),
  });
  provider.attach();
  links.push({
    url,
    state: () => 'offline',
    lastExchange: () => null,
    pending: () => 0,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  });
  return { doc, state };
}

test('the relay document name is the hash of the token, so only the token opens it', async () => {
  const invite = newInvite();
  const { token, documentName } = await relayCredentials(invite.room, invite.secret);
  expect(documentName).toMatch(/^bw-[A-Za-z0-9_-]{43}$/);
  expect(tokenOpens(documentName, token)).toBe(true);
  expect(tokenOpens(documentName, `${token}x`)).toBe(false);
  expect(tokenOpens(await relayDocumentName('other'), token)).toBe(false);
  expect(tokenOpens('../../etc/passwd', token)).toBe(false);
  // The token depends on the secret, not only on the room the signaling server sees.
  expect((await relayCredentials(invite.room, newInvite().secret)).token).not.toBe(token);
});

test('A edits while B is offline, A disconnects, B connects later with only the relay running and has the edit; a relay restart keeps it', async () => {
  const invite = newInvite();
  const { documentName } = await relayCredentials(invite.room, invite.secret);
  let server = await relay();
  const a = await connect(server.url, invite);
  await until(() => a.link.state() === 'connected');
  a.doc.getMap('partners').set('p1', 'Riverside Library');
  await until(() => a.link.pending() === 0);
  a.link.destroy();

  const b = await connect(server.url, invite);
  await until(() => b.doc.getMap('partners').get('p1') === 'Riverside Library');
  expect(b.link.lastExchange()).not.toBeNull();
  b.link.destroy();

  // Restart on the same port and folder: the document comes back from disk.
  const port = server.port;
  await server.close();
  servers.splice(servers.indexOf(server), 1);
  expect(await readdir(dataDir)).toContain(`${documentName}.yjs`);
  server = await relay({ port });
  const c = await connect(server.url, invite);
  await until(() => c.doc.getMap('partners').get('p1') === 'Riverside Library');
});

test('a client presenting the wrong token for a document is refused and receives nothing', async () => {
  const invite = newInvite();
  const { documentName } = await relayCredentials(invite.room, invite.secret);
  const server = await relay();
  const a = await connect(server.url, invite);
  await until(() => a.link.state() === 'connected');
  a.doc.getMap('partners').set('p1', 'Secret partner');
  await until(() => a.link.pending() === 0);

  // Someone who knows the room (the signaling server does) but not the secret.
  const wrong = await relayCredentials(invite.room, newInvite().secret);
  const intruder = intrude(server.url, documentName, wrong.token);
  await until(() => intruder.state.denied !== '');
  expect(intruder.state.authenticated).toBe(false);
  expect(intruder.doc.getMap('partners').size).toBe(0);
  expect(server.stats().refusedTokens).toBe(1);
  // The refused client's own edit does not reach the document either.
  intruder.doc.getMap('partners').set('p2', 'Injected');
  a.doc.getMap('partners').set('p3', 'After');
  const d = await connect(server.url, invite);
  await until(() => d.doc.getMap('partners').get('p3') === 'After');
  expect(d.doc.getMap('partners').has('p2')).toBe(false);
  expect(intruder.doc.getMap('partners').size).toBe(1);
});

test('a stored document that cannot be read is set aside and the members upload it again', async () => {
  const invite = newInvite();
  const { documentName } = await relayCredentials(invite.room, invite.secret);
  await writeFile(join(dataDir, `${documentName}.yjs`), new Uint8Array([1, 2, 3, 250, 251]));
  const lines: string[] = [];
  const server = await startRelayServer({
    port: 0,
    dataDir,
    storeDebounceMs: 50,
    log: (line) => lines.push(line),
  });
  servers.push(server);
  const doc = new Y.Doc();
  doc.getMap('partners').set('p1', 'Kept on the device');
  const a = await connect(server.url, invite, doc);
  await until(() => a.link.state() === 'connected' && a.link.pending() === 0);
  const b = await connect(server.url, invite);
  await until(() => b.doc.getMap('partners').get('p1') === 'Kept on the device');
  expect((await readdir(dataDir)).some((f) => f.startsWith(`${documentName}.yjs.damaged-`))).toBe(
    true,
  );
  expect(lines.some((line) => line.startsWith(`Could not read ${documentName}`))).toBe(true);
});
