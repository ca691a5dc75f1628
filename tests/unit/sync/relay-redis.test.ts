// Scale-out: two relay instances sharing a real redis-server (started here on a free port), one
// client on each; edits converge both ways.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRelayServer, type RelayServer } from '../../../lib/sync/relay-server';
import { newInvite, type Invite } from '../../../lib/sync/invite';
import { openRelayLink, type RelayLink } from '../../../lib/sync/relay-link';

let redis: ChildProcess | null = null;
let redisPort = 0;
let dataDir = '';
const relays: RelayServer[] = [];
const links: RelayLink[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-redis-'));
  redisPort = await freePort();
  redis = spawn(
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redis!.once('error', reject);
    redis!.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    redis!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
  });
  for (const name of ['relay-a', 'relay-b']) {
    relays.push(
      await startRelayServer({
        port: 0,
        name,
        // Both instances share one folder, as behind a load balancer (docs/deploy.md).
        dataDir,
        redis: { host: '127.0.0.1', port: redisPort },
        storeDebounceMs: 100,
      }),
    );
  }
}, 20_000);

afterAll(async () => {
  for (const link of links.splice(0)) link.destroy();
  for (const relay of relays.splice(0)) await relay.close();
  if (redis && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis!.once('exit', resolve));
    redis.kill('SIGTERM');
    await exited;
  }
  await rm(dataDir, { recursive: true, force: true });
}, 20_000);

async function connect(url: string, invite: Invite) {
  const doc = new Y.Doc();
  const link = await openRelayLink({
    url,
    room: invite.room,
    secret: invite.secret,
    doc,
    WebSocketPolyfill: WebSocket,
  });
  links.push(link);
  return { link, doc };
}

test('two relay instances sharing Redis, one client on each: edits converge both ways within 2 s', async () => {
  const invite = newInvite();
  const a = await connect(relays[0]!.url, invite);
  const b = await connect(relays[1]!.url, invite);
  await until(() => a.link.state() === 'connected' && b.link.state() === 'connected');

  let start = Date.now();
  a.doc.getMap('partners').set('p1', 'Riverside Library');
  await until(() => b.doc.getMap('partners').get('p1') === 'Riverside Library', 2000);
  const aToB = Date.now() - start;

  start = Date.now();
  b.doc.getMap('partners').set('p2', 'Parents association');
  await until(() => a.doc.getMap('partners').get('p2') === 'Parents association', 2000);
  const bToA = Date.now() - start;

  // Concurrent edits on both instances end up equal.
  a.doc.getText('notes').insert(0, 'from A ');
  b.doc.getText('notes').insert(0, 'from B ');
  await until(
    () =>
      a.doc.getText('notes').toString() === b.doc.getText('notes').toString() &&
      a.doc.getText('notes').length === 14,
    2000,
  );
  expect(relays[0]!.documents()).toBe(1);
  expect(relays[1]!.documents()).toBe(1);
  console.log(`relay A → B ${aToB} ms, B → A ${bToA} ms through Redis`);
});
