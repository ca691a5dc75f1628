// Load on one relay instance: 200 clients across 50 workspaces (4 members each), every client a
// real relay link (its own WebSocket, token from the invite) in this process, the relay in a child
// process (`npm run relay`'s script) so that its event loop is its own. Edits go out at a fixed
// total rate for a few seconds per step; each edit's latency is measured from the edit to its
// arrival at each of the other three members of its workspace.
// Run alone: npx tsx scripts/bench/relay.bench.ts
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newInvite } from '../../lib/sync/invite';
import { openRelayLink, type RelayLink } from '../../lib/sync/relay-link';
import { median, percentile, table } from './stats';

const WORKSPACES = 50;
const MEMBERS = 4;
const STEP_SECONDS = 5;
const RATES = [100, 400, 700, 1000];

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

async function until(check: () => boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Child {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `npm run relay`'s script in a child process and waits until it listens. */
async function startRelay(dataDir: string, extra: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/relay.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      RELAY_DATA: dataDir,
      // Every client here comes from 127.0.0.1, like a school behind one public address.
      RELAY_MAX_CONNECTIONS_PER_IP: '1000',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Connects every member (member m of each workspace to urls[m % urls.length], so with two
 * instances half of every delivery crosses Redis), then sends edits at each rate.
 */
async function measure(urls: string[], rates: number[]) {
  const links: RelayLink[] = [];
  try {
    const sent = new Map<string, number>();
    let latencies: number[] = [];
    let arrivals = 0;
    const workspaces: Y.Doc[][] = [];
    const connectStart = performance.now();
    for (let w = 0; w < WORKSPACES; w++) {
      const invite = newInvite();
      const docs: Y.Doc[] = [];
      for (let m = 0; m < MEMBERS; m++) {
        const doc = new Y.Doc();
        doc.getMap<number>('edits').observe((event) => {
          const now = performance.now();
          if (event.transaction.local) return;
          for (const key of event.keysChanged) {
            const at = sent.get(key);
            if (at === undefined) continue;
            latencies.push(now - at);
            arrivals++;
          }
        });
        docs.push(doc);
        links.push(
          await openRelayLink({
            url: urls[m % urls.length]!,
            room: invite.room,
            secret: invite.secret,
            doc,
            WebSocketPolyfill: WebSocket,
          }),
        );
      }
      workspaces.push(docs);
    }
    await until(
      () => links.every((link) => link.state() === 'connected'),
      60_000,
      'every client to connect',
    );
    const connectMs = performance.now() - connectStart;

    const rows: string[][] = [];
    let sequence = 0;
    for (const rate of rates) {
      latencies = [];
      arrivals = 0;
      const total = rate * STEP_SECONDS;
      const started = performance.now();
      let done = 0;
      // Paced in 10 ms ticks; a tick that runs late sends what it owes.
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          const owed = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
          for (; done < owed; done++) {
            const docs = workspaces[done % WORKSPACES]!;
            const doc = docs[Math.floor(done / WORKSPACES) % MEMBERS]!;
            const key = `e${sequence++}`;
            sent.set(key, performance.now());
            doc.getMap<number>('edits').set(key, done);
          }
          if (done >= total) {
            clearInterval(timer);
            resolve();
          }
        }, 10);
      });
      const sendSeconds = (performance.now() - started) / 1000;
      const expected = total * (MEMBERS - 1);
      await until(() => arrivals >= expected, 60_000, `${expected} arrivals at ${rate}/s`).catch(
        () => {},
      );
      const drainSeconds = (performance.now() - started) / 1000;
      rows.push([
        String(rate),
        (total / sendSeconds).toFixed(0),
        `${arrivals} / ${expected}`,
        (arrivals / drainSeconds).toFixed(0),
        median(latencies).toFixed(1),
        percentile(latencies, 95).toFixed(1),
        percentile(latencies, 99).toFixed(1),
      ]);
    }
    return { connectMs, rows };
  } finally {
    for (const link of links) link.destroy();
  }
}

const HEADER = [
  'target edits/s',
  'sent edits/s',
  'arrivals',
  'deliveries/s',
  'median ms',
  'p95 ms',
  'p99 ms',
];

function hasRedis(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

export async function run(): Promise<string> {
  const lines: string[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'bridgework-relay-bench-'));
  try {
    const relay = await startRelay(dataDir);
    try {
      const { connectMs, rows } = await measure([relay.url], RATES);
      lines.push(
        `## Relay load (one instance)`,
        '',
        `${WORKSPACES * MEMBERS} clients (${WORKSPACES} workspaces × ${MEMBERS} members), each its own WebSocket; ` +
          `the relay in its own process, clients in another, loopback, this 2-core machine. Connecting ` +
          `and first sync of all clients: ${(connectMs / 1000).toFixed(1)} s. Each step sends edits for ` +
          `${STEP_SECONDS} s, spread over all workspaces; latency is edit → arrival at each other member.`,
        '',
        table(HEADER, rows),
        '',
      );
    } finally {
      await relay.stop();
    }

    if (!hasRedis()) {
      lines.push('_(redis-server not installed: two-instance run skipped)_', '');
      return lines.join('\n');
    }
    const redisPort = await freePort();
    const redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    try {
      await until(
        () =>
          spawnSync('redis-cli', ['-p', String(redisPort), 'ping'])
            .stdout?.toString()
            .includes('PONG') ?? false,
        10_000,
        'redis-server',
      );
      const shared = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
      const instances = [
        await startRelay(dataDir, { ...shared, RELAY_NAME: 'bench-1' }),
        await startRelay(dataDir, { ...shared, RELAY_NAME: 'bench-2' }),
      ];
      try {
        const { connectMs, rows } = await measure(
          instances.map((i) => i.url),
          RATES,
        );
        lines.push(
          `## Relay load (two instances + Redis)`,
          '',
          `The same clients, members of each workspace alternating between two relay processes that ` +
            `share Redis and the document folder (so half of the deliveries cross Redis), on the same ` +
            `2 cores as the clients and Redis. Connecting: ${(connectMs / 1000).toFixed(1)} s.`,
          '',
          table(HEADER, rows),
          '',
        );
      } finally {
        for (const instance of instances) await instance.stop();
      }
    } finally {
      redis.kill('SIGTERM');
    }
    return lines.join('\n');
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await run());
}
