// The relay with real clients (@hocuspocus/provider over `ws`), a real folder and real sockets on
// 127.0.0.1: an edit made while the other member is offline reaches them later through the relay
// alone, a wrong token gets nothing, a restart keeps the document.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelayServer, tokenOpens, type RelayServer } from '../../../lib/sync/relay-server';
import { relayCredentials, relayDocumentName } from '../../../lib/sync/relay-token';
import { newInvite } from '../../../lib/sync/invite';

let dataDir = '';
const servers: RelayServer[] = [];
const providers: HocuspocusProvider[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-'));
});
afterEach(async () => {
  for (const provider of providers.splice(0)) destroy(provider);
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

function destroy(provider: HocuspocusProvider) {
  provider.destroy();
}

function connect(url: string, name: string, token: string, doc = new Y.Doc()) {
  const state = { authenticated: false, denied: '' };
  const provider = new HocuspocusProvider({
    url,
    WebSocketPolyfill: WebSocket,
    // Fast retries keep the tests short; the real client backs off.
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    name,
    document: doc,
    token,
    awareness: null,
    onAuthenticated: () => (state.authenticated = true),
    onAuthenticationFailed: ({ reason }) => (state.denied = reason),
  });
  providers.push(provider);
  return { provider, doc, state };
}

async function workspace() {
  const invite = newInvite();
  return relayCredentials(invite.room, invite.secret);
}

test('the relay document name is the hash of the token, so only the token opens it', async () => {
  const { token, documentName } = await workspace();
  expect(documentName).toMatch(/^bw-[A-Za-z0-9_-]{43}$/);
  expect(tokenOpens(documentName, token)).toBe(true);
  expect(tokenOpens(documentName, `${token}x`)).toBe(false);
  expect(tokenOpens(await relayDocumentName('other'), token)).toBe(false);
  expect(tokenOpens('../../etc/passwd', token)).toBe(false);
});

test('an edit made while B is offline reaches B later through the relay alone, and a restart keeps it', async () => {
  const { token, documentName } = await workspace();
  let server = await relay();
  const a = connect(server.url, documentName, token);
  await until(() => a.state.authenticated && a.provider.isSynced);
  a.doc.getMap('partners').set('p1', 'Riverside Library');
  await until(() => a.provider.unsyncedChanges === 0);
  destroy(a.provider);

  const b = connect(server.url, documentName, token);
  await until(() => b.doc.getMap('partners').get('p1') === 'Riverside Library');
  destroy(b.provider);

  // Restart on the same port and folder: the document comes back from disk.
  const port = server.port;
  await server.close();
  servers.splice(servers.indexOf(server), 1);
  expect((await readdir(dataDir)).filter((f) => f.endsWith('.yjs'))).toContain(
    `${documentName}.yjs`,
  );
  server = await relay({ port });
  const c = connect(server.url, documentName, token);
  await until(() => c.doc.getMap('partners').get('p1') === 'Riverside Library');
});

test('a client with the wrong token is refused and receives nothing', async () => {
  const { token, documentName } = await workspace();
  const server = await relay();
  const a = connect(server.url, documentName, token);
  await until(() => a.state.authenticated && a.provider.isSynced);
  a.doc.getMap('partners').set('p1', 'Secret partner');
  await until(() => a.provider.unsyncedChanges === 0);

  const other = await workspace();
  const intruder = connect(server.url, documentName, other.token);
  await until(() => intruder.state.denied !== '');
  expect(intruder.state.authenticated).toBe(false);
  expect(intruder.doc.getMap('partners').size).toBe(0);
  expect(server.stats().refusedTokens).toBeGreaterThanOrEqual(1);
  // The refused client's own edit does not reach the document either.
  intruder.doc.getMap('partners').set('p2', 'Injected');
  a.doc.getMap('partners').set('p3', 'After');
  const d = connect(server.url, documentName, token);
  await until(() => d.doc.getMap('partners').get('p3') === 'After');
  expect(d.doc.getMap('partners').has('p2')).toBe(false);
});
