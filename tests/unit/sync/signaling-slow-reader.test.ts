// The server runs in a child process so that its memory, not the test's, is what is measured.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { SignalingStats } from '../../../lib/sync/signaling-server';

const serverModule = fileURLToPath(
  new URL('../../../lib/sync/signaling-server.ts', import.meta.url),
);

// Started with a rate limit out of the way: this test is about receivers, not senders.
const childSource = `
import { startSignalingServer } from ${JSON.stringify(serverModule)};
const server = await startSignalingServer({ port: 0, messagesPerSecond: 1e6, messageBurst: 1e6 });
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
setInterval(sample, 5);
process.on('message', (request) => {
  sample();
  if (request === 'baseline') peak = process.memoryUsage().rss;
  process.send({ rss: process.memoryUsage().rss, peak, stats: server.stats(), connections: server.connections() });
});
process.send({ url: server.url });
`;

interface Report {
  rss: number;
  peak: number;
  stats: SignalingStats;
  connections: number;
}

let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill();
  child = null;
});

function startServerProcess() {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', childSource],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  child = proc;
  const nextMessage = <T>() =>
    new Promise<T>((resolve, reject) => {
      proc.once('message', (m) => resolve(m as T));
      proc.once('exit', (code) => reject(new Error(`server process exited (${code})`)));
    });
  const ask = (request: 'baseline' | 'report') => {
    const reply = nextMessage<Report>();
    proc.send(request);
    return reply;
  };
  return { ready: nextMessage<{ url: string }>(), ask };
}

function open(url: string) {
  const ws = new WebSocket(url);
  return new Promise<WebSocket>((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

/** Resolves once a ping sent after everything before it has been answered: the server is caught up. */
function roundTrip(ws: WebSocket) {
  return new Promise<void>((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      if ((JSON.parse(data.toString()) as { type?: string }).type !== 'pong') return;
      ws.off('message', onMessage);
      resolve();
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'ping' }));
  });
}

const PUBLISHES = 1000;
const PAYLOAD = 60 * 1024;
/** The normal subscriber keeps up: at most this many publishes are in flight to it. */
const WINDOW = 8;
const MiB = 1024 * 1024;

test('a subscriber that never reads is dropped while 1,000 publishes of 60 KB go to its room; the server grows < 50 MB and the reader who keeps up gets them all', async () => {
  const server = startServerProcess();
  const { url } = await server.ready;
  const [publisher, reader, stalled] = await Promise.all([open(url), open(url), open(url)]);
  for (const ws of [reader, stalled]) {
    ws.send(JSON.stringify({ type: 'subscribe', topics: ['room'] }));
    await roundTrip(ws);
  }
  let stalledReceived = 0;
  stalled.on('message', () => stalledReceived++);
  // Never reads again: the kernel buffers fill, then the server's queue for it grows.
  (stalled as unknown as { _socket: { pause: () => void; resume: () => void } })._socket.pause();
  const stalledClosed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));

  const before = await server.ask('baseline');
  const text = 'x'.repeat(PAYLOAD);
  let sent = 0;
  let received = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (sent < PUBLISHES && sent - received < WINDOW) {
        publisher.send(JSON.stringify({ type: 'publish', topic: 'room', data: `${sent}:${text}` }));
        sent++;
      }
    };
    reader.on('message', () => {
      received++;
      if (received === PUBLISHES) resolve();
      else pump();
    });
    pump();
  });
  const after = await server.ask('report');

  const growthMiB = (after.peak - before.rss) / MiB;
  console.log(
    `signaling server rss growth during 1,000 × 60 KB publishes: ${growthMiB.toFixed(1)} MiB`,
  );
  expect(growthMiB).toBeLessThan(50);
  expect(after.stats.droppedSlowReceivers).toBe(1);
  expect(after.connections).toBe(2);
  expect(reader.readyState).toBe(WebSocket.OPEN);
  expect(received).toBe(PUBLISHES);

  (stalled as unknown as { _socket: { resume: () => void } })._socket.resume();
  await stalledClosed;
  expect(stalledReceived).toBeLessThan(PUBLISHES);
  publisher.close();
  reader.close();
}, 60_000);
