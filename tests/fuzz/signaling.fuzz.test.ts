/**
 * Hostile clients against the real signaling server over `ws`: random binary and text frames,
 * invalid UTF-8, random JSON including very deep nesting, protocol messages with the wrong types
 * for type/topic/topics/data, huge topic lists, oversized frames, floods of small messages and
 * non-HTTP bytes on the port.
 * After every run the server is still up and a well-behaved pair of clients exchanges a publish;
 * the server only ever closes a hostile client for a reason it is meant to (bad frame, too big,
 * flooding), and nothing throws in this process.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import WebSocket from 'ws';
import { startSignalingServer, type SignalingServer } from '../../lib/sync/signaling-server';
import { fuzzParams } from './fuzz-params';

let server: SignalingServer;
beforeAll(async () => {
  server = await startSignalingServer({ port: 0, maxPayload: 64 * 1024 });
});
afterAll(() => server.close());

const HOSTILE_CLIENTS = 3;
/** Why the server may close a hostile client: protocol error, bad UTF-8, flooding, too big. */
const EXPECTED_CLOSE_CODES = new Set([1002, 1007, 1008, 1009]);

type Frame =
  | { kind: 'binary'; bytes: Uint8Array }
  | { kind: 'text'; text: string }
  | { kind: 'invalid-utf8'; bytes: Uint8Array }
  | { kind: 'raw-tcp'; bytes: Uint8Array }
  | { kind: 'flood'; count: number; text: string };

const topic = fc.oneof(
  fc.constantFrom('shared', 'a', 'b', '', '__proto__', 'constructor', 'x'.repeat(201)),
  fc.string({ maxLength: 30 }),
);

const deepText = fc
  .record({
    depth: fc.integer({ min: 1, max: 30_000 }),
    objects: fc.boolean(),
    inPublish: fc.boolean(),
  })
  .map(({ depth, objects, inPublish }) => {
    const value = objects
      ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    return inPublish ? `{"type":"publish","topic":"shared","data":${value}}` : value;
  });

const wrongType = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, [], {}, ['shared'], { length: 1e9 }),
);

const protocolMessage = fc.record(
  {
    type: fc.oneof(fc.constantFrom('subscribe', 'unsubscribe', 'publish', 'ping'), wrongType),
    topic: fc.oneof(topic, wrongType),
    topics: fc.oneof(fc.array(fc.oneof(topic, wrongType), { maxLength: 20 }), wrongType),
    data: fc.oneof(wrongType, fc.string({ maxLength: 2000 })),
    clients: wrongType,
  },
  { requiredKeys: [] },
);

const hugeTopicList = fc
  .record({
    count: fc.integer({ min: 100, max: 20_000 }),
    type: fc.constantFrom('subscribe', 'unsubscribe'),
  })
  .map(({ count, type }) =>
    JSON.stringify({ type, topics: Array.from({ length: count }, (_, i) => `t${i}`) }),
  );

/** Frames that make the server close the connection are rarer, so most clients live to do more. */
const frame: fc.Arbitrary<Frame> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .uint8Array({ maxLength: 2048 })
      .map((bytes) => ({ kind: 'binary' as const, bytes })),
  },
  {
    weight: 3,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 500 })
      .map((text) => ({ kind: 'text' as const, text })),
  },
  {
    weight: 3,
    arbitrary: fc
      .jsonValue({ maxDepth: 6 })
      .map((v) => ({ kind: 'text' as const, text: JSON.stringify(v) })),
  },
  {
    weight: 6,
    arbitrary: protocolMessage.map((m) => ({ kind: 'text' as const, text: JSON.stringify(m) })),
  },
  { weight: 3, arbitrary: deepText.map((text) => ({ kind: 'text' as const, text })) },
  { weight: 2, arbitrary: hugeTopicList.map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 64 * 1024 + 1, max: 200 * 1024 }).map((size) => ({
      kind: 'text' as const,
      text: JSON.stringify({ type: 'publish', topic: 'shared', data: 'x'.repeat(size) }),
    })),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({
      kind: 'invalid-utf8' as const,
      bytes: Uint8Array.from([0xff, 0xfe, ...bytes]),
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 512 })
      .map((bytes) => ({ kind: 'raw-tcp' as const, bytes })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('flood' as const),
      count: fc.integer({ min: 100, max: 1500 }),
      text: fc.constantFrom(
        '{"type":"ping"}',
        '{"type":"publish","topic":"shared","data":"x"}',
        '[]',
      ),
    }),
  },
);

const scenario = fc.record({
  // Hostile clients first subscribe to the shared room, so publishes fan out to them.
  subscribeFirst: fc.array(fc.boolean(), {
    minLength: HOSTILE_CLIENTS,
    maxLength: HOSTILE_CLIENTS,
  }),
  frames: fc.array(fc.tuple(fc.nat(HOSTILE_CLIENTS - 1), frame), { minLength: 1, maxLength: 25 }),
});

function open(localAddress: string) {
  const ws = new WebSocket(server.url, { localAddress });
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (data, isBinary) => {
    if (!isBinary) inbox.push(JSON.parse(data.toString()) as Record<string, unknown>);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, inbox, opened, closed };
}

async function until(check: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function sendRawTcp(bytes: Uint8Array) {
  return new Promise<void>((resolve) => {
    const socket = connect(server.port, server.host, () => socket.end(bytes));
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.resume();
  });
}

/**
 * Waits until the server has handled everything this client sent (a publish to its own topic
 * comes back, and messages of one connection are handled in order) or has closed it. Retries
 * because the marker itself may be rate-limited after a flood.
 */
async function caughtUpOrClosed(client: ReturnType<typeof open>, mark: string) {
  let closed = false;
  void client.closed.then(() => (closed = true));
  for (let attempt = 0; !closed; attempt++) {
    if (client.inbox.some((m) => m.topic === mark)) return;
    if (attempt % 10 === 0 && client.ws.readyState === WebSocket.OPEN) {
      client.ws.send(JSON.stringify({ type: 'publish', topic: mark, data: 'mark' }));
    }
    if (attempt > 600) throw new Error('a hostile client was neither answered nor closed');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A well-behaved pair, from addresses of their own, still finds each other through the server. */
async function wellBehavedPairExchangesAPublish(run: number) {
  const a = open('127.0.0.2');
  const b = open('127.0.0.3');
  await Promise.all([a.opened, b.opened]);
  const room = `health-${run}`;
  for (const c of [a, b]) c.ws.send(JSON.stringify({ type: 'subscribe', topics: [room] }));
  b.ws.send(JSON.stringify({ type: 'ping' }));
  await until(() => b.inbox.some((m) => m.type === 'pong'), 'pong');
  a.ws.send(JSON.stringify({ type: 'publish', topic: room, data: { run } }));
  await until(() => b.inbox.some((m) => m.topic === room), 'the publish');
  expect(b.inbox.find((m) => m.topic === room)).toEqual({
    type: 'publish',
    topic: room,
    data: { run },
    clients: 2,
  });
  for (const c of [a, b]) c.ws.terminate();
}

test('random and malformed frames from several clients never take the server down', async () => {
  let run = 0;
  const serverCloseCodes: number[] = [];
  await fc.assert(
    fc.asyncProperty(scenario, async ({ subscribeFirst, frames }) => {
      run++;
      const hostile = Array.from({ length: HOSTILE_CLIENTS }, () => open('127.0.0.1'));
      await Promise.all(hostile.map((h) => h.opened));
      let weCloseThem = false;
      hostile.forEach((h, i) => {
        void h.closed.then((code) => {
          if (!weCloseThem) serverCloseCodes.push(code);
        });
        const topics = [`mark-${run}-${i}`, ...(subscribeFirst[i] ? ['shared'] : [])];
        h.ws.send(JSON.stringify({ type: 'subscribe', topics }));
      });
      const raw: Promise<void>[] = [];
      for (const [who, f] of frames) {
        const { ws } = hostile[who]!;
        if (f.kind === 'raw-tcp') raw.push(sendRawTcp(f.bytes));
        else if (ws.readyState !== WebSocket.OPEN) continue;
        else if (f.kind === 'binary') ws.send(f.bytes, { binary: true });
        else if (f.kind === 'invalid-utf8') ws.send(f.bytes, { binary: false });
        else if (f.kind === 'flood') for (let i = 0; i < f.count; i++) ws.send(f.text);
        else ws.send(f.text);
      }
      await Promise.all(raw);
      await Promise.all(hostile.map((h, i) => caughtUpOrClosed(h, `mark-${run}-${i}`)));
      await wellBehavedPairExchangesAPublish(run);
      weCloseThem = true;
      for (const h of hostile) h.ws.terminate();
      await until(() => server.connections() === 0, 'every connection to close');
    }),
    fuzzParams(40),
  );
  await wellBehavedPairExchangesAPublish(run + 1);
  expect(serverCloseCodes.filter((code) => !EXPECTED_CLOSE_CODES.has(code))).toEqual([]);
  // The run did reach the defences, not just the happy path.
  expect(server.stats().droppedMessages).toBeGreaterThan(0);
  expect(serverCloseCodes).toContain(1009);
  expect(serverCloseCodes).toContain(1007);
  expect(serverCloseCodes).toContain(1008);
}, 120_000);
