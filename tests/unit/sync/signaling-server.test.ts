import { afterEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import {
  SIGNALING_DEFAULTS,
  ipKey,
  nestingWithin,
  startSignalingServer,
  type SignalingServer,
} from '../../../lib/sync/signaling-server';

let server: SignalingServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function client(url: string, options: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(url, options);
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (data) => inbox.push(JSON.parse(data.toString()) as Record<string, unknown>));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return { ws, inbox, opened, closed, send: (m: unknown) => ws.send(JSON.stringify(m)) };
}

/** Opens a connection and says how the server answered: 'open', or the refusing HTTP status. */
function attempt(url: string, localAddress = '127.0.0.1') {
  const ws = new WebSocket(url, { localAddress });
  return new Promise<{ ws: WebSocket; outcome: 'open' | number | 'error' }>((resolve) => {
    ws.once('open', () => resolve({ ws, outcome: 'open' }));
    ws.once('unexpected-response', (request, response) => {
      request.destroy();
      resolve({ ws, outcome: response.statusCode ?? 0 });
    });
    ws.once('error', () => resolve({ ws, outcome: 'error' }));
  });
}

function nested(depth: number) {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
}

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('signaling server', () => {
  test('binds 127.0.0.1 by default and relays publish to subscribers of the topic only', async () => {
    server = await startSignalingServer({ port: 0 });
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const [a, b, c] = [client(server.url), client(server.url), client(server.url)];
    await Promise.all([a.opened, b.opened, c.opened]);
    a.send({ type: 'subscribe', topics: ['room-1'] });
    b.send({ type: 'subscribe', topics: ['room-1'] });
    c.send({ type: 'subscribe', topics: ['room-2'] });
    c.send({ type: 'ping' });
    await until(() => c.inbox.length === 1);
    expect(c.inbox[0]).toEqual({ type: 'pong' });
    a.send({ type: 'publish', topic: 'room-1', data: 'ciphertext' });
    await until(() => a.inbox.length === 1 && b.inbox.length === 1);
    expect(b.inbox[0]).toEqual({
      type: 'publish',
      topic: 'room-1',
      data: 'ciphertext',
      clients: 2,
    });
    b.send({ type: 'unsubscribe', topics: ['room-1'] });
    b.send({ type: 'ping' });
    await until(() => b.inbox.length === 2);
    a.send({ type: 'publish', topic: 'room-1', data: 'again' });
    await until(() => a.inbox.length === 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(b.inbox).toHaveLength(2);
    expect(c.inbox).toHaveLength(1);
    for (const x of [a, b, c]) x.ws.close();
  });

  test('limits topics per connection and message size; survives junk', async () => {
    server = await startSignalingServer({ port: 0, maxTopicsPerConnection: 2, maxPayload: 1024 });
    const a = client(server.url);
    const b = client(server.url);
    await Promise.all([a.opened, b.opened]);
    a.send({ type: 'subscribe', topics: ['t1', 't2', 't3'] });
    a.ws.send('not json');
    a.send(null);
    b.send({ type: 'publish', topic: 't3', data: 'x' });
    b.send({ type: 'publish', topic: 't2', data: 'y' });
    await until(() => a.inbox.length === 1);
    expect(a.inbox[0]).toMatchObject({ topic: 't2' });
    const closed = new Promise<number>((resolve) => b.ws.once('close', resolve));
    b.send({ type: 'publish', topic: 't2', data: 'z'.repeat(4096) });
    expect(await closed).toBe(1009);
    a.ws.close();
  });

  test("a relayed publish carries the server's subscriber count, whatever the sender wrote", async () => {
    server = await startSignalingServer({ port: 0 });
    const [a, b] = [client(server.url), client(server.url)];
    await Promise.all([a.opened, b.opened]);
    for (const x of [a, b]) x.send({ type: 'subscribe', topics: ['room'] });
    for (const x of [a, b]) x.send({ type: 'ping' });
    await until(() => a.inbox.length === 1 && b.inbox.length === 1);
    a.ws.send(
      ' {"clients":99, "type":"publish","topic":"room","data":{"x":[1,"}"]},"clients":7}\n\t ',
    );
    await until(() => b.inbox.length === 2);
    expect(b.inbox[1]).toEqual({
      type: 'publish',
      topic: 'room',
      data: { x: [1, '}'] },
      clients: 2,
    });
    a.ws.close();
    b.ws.close();
  });

  test('close() ends open connections and frees the port', async () => {
    server = await startSignalingServer({ port: 0 });
    const a = client(server.url);
    await a.opened;
    const closed = new Promise<void>((resolve) => a.ws.once('close', () => resolve()));
    const { port } = server;
    await server.close();
    await closed;
    server = await startSignalingServer({ port });
    expect(server.port).toBe(port);
  });
});

describe('signaling server limits', () => {
  test('a 20,000-deep publish disconnects no one and a later publish still reaches every subscriber', async () => {
    server = await startSignalingServer({ port: 0 });
    const subscribers = [client(server.url), client(server.url), client(server.url)];
    await Promise.all(subscribers.map((s) => s.opened));
    for (const s of subscribers) s.send({ type: 'subscribe', topics: ['room'] });
    for (const s of subscribers) s.send({ type: 'ping' });
    await until(() => subscribers.every((s) => s.inbox.length === 1));
    for (const s of subscribers) s.inbox.length = 0;
    const [sender] = subscribers;
    sender!.ws.send(`{"type":"publish","topic":"room","data":${nested(20_000)}}`);
    // Same connection, so the server handles it after the deep one.
    sender!.send({ type: 'publish', topic: 'room', data: 'after' });
    await until(() => subscribers.every((s) => s.inbox.some((m) => m.data === 'after')));
    for (const s of subscribers) {
      expect(s.ws.readyState).toBe(WebSocket.OPEN);
      expect(s.inbox.map((m) => m.data)).toEqual(['after']);
    }
    expect(server.stats().droppedMessages).toBe(1);
    for (const s of subscribers) s.ws.close();
  });

  test('nesting is measured on the raw text, brackets inside strings do not count', () => {
    expect(nestingWithin(Buffer.from(nested(32)), 32)).toBe(true);
    expect(nestingWithin(Buffer.from(nested(33)), 32)).toBe(false);
    expect(nestingWithin(Buffer.from(`{"a":"${'['.repeat(100)}\\"{{{"}`), 1)).toBe(true);
    expect(nestingWithin(Buffer.from(`{"a":"\\\\",${'{'.repeat(3)}`), 2)).toBe(false);
  });

  test('2,000 connections from one address are capped at maxConnectionsPerIp; the server still serves others', async () => {
    server = await startSignalingServer({ port: 0 });
    const url = server.url;
    const attempts = await Promise.all(Array.from({ length: 2000 }, () => attempt(url)));
    const opened = attempts.filter((a) => a.outcome === 'open');
    const refused = attempts.filter((a) => a.outcome === 503);
    expect(opened).toHaveLength(SIGNALING_DEFAULTS.maxConnectionsPerIp);
    expect(refused).toHaveLength(2000 - SIGNALING_DEFAULTS.maxConnectionsPerIp);
    expect(server.connections()).toBe(SIGNALING_DEFAULTS.maxConnectionsPerIp);

    const fresh = client(url, { localAddress: '127.0.0.2' });
    const other = client(url, { localAddress: '127.0.0.3' });
    await Promise.all([fresh.opened, other.opened]);
    fresh.send({ type: 'subscribe', topics: ['after-flood'] });
    other.send({ type: 'subscribe', topics: ['after-flood'] });
    other.send({ type: 'ping' });
    await until(() => other.inbox.length === 1);
    fresh.send({ type: 'publish', topic: 'after-flood', data: 'still here' });
    await until(() => other.inbox.some((m) => m.data === 'still here'));
    for (const a of attempts) a.ws.terminate();
    fresh.ws.close();
    other.ws.close();
  }, 30_000);

  test('the total connection cap refuses the next one with 503 and frees a place when one closes', async () => {
    server = await startSignalingServer({ port: 0, maxConnections: 3, maxConnectionsPerIp: 10 });
    const first = await Promise.all([
      attempt(server.url),
      attempt(server.url),
      attempt(server.url),
    ]);
    expect(first.map((a) => a.outcome)).toEqual(['open', 'open', 'open']);
    expect((await attempt(server.url, '127.0.0.2')).outcome).toBe(503);
    first[0]!.ws.close();
    await until(() => server!.connections() === 2);
    const again = await attempt(server.url);
    expect(again.outcome).toBe('open');
    expect(server.stats().refusedConnections).toBe(1);
    for (const a of [...first, again]) a.ws.terminate();
  });

  test('behind a trusted local proxy connections are counted per X-Forwarded-For client, and the header is ignored otherwise', async () => {
    const via = (forwardedFor: string) =>
      new Promise<'open' | number>((resolve) => {
        const ws = new WebSocket(server!.url, { headers: { 'X-Forwarded-For': forwardedFor } });
        ws.once('open', () => resolve('open'));
        ws.once('unexpected-response', (request, response) => {
          request.destroy();
          resolve(response.statusCode ?? 0);
        });
        ws.on('error', () => {});
        opened.push(ws);
      });
    const opened: WebSocket[] = [];
    server = await startSignalingServer({ port: 0, maxConnectionsPerIp: 1, trustProxy: true });
    expect(await via('203.0.113.9, 198.51.100.1')).toBe('open');
    expect(await via('203.0.113.9, 198.51.100.2')).toBe('open');
    expect(await via('198.51.100.1')).toBe(503);
    for (const ws of opened.splice(0)) ws.terminate();
    await server.close();

    server = await startSignalingServer({ port: 0, maxConnectionsPerIp: 1 });
    expect(await via('198.51.100.1')).toBe('open');
    expect(await via('198.51.100.2')).toBe(503);
    for (const ws of opened) ws.terminate();
  });

  test('messages over the rate are dropped; a brief overshoot keeps the connection, a flood closes it with 1008', async () => {
    server = await startSignalingServer({ port: 0, messagesPerSecond: 5, messageBurst: 10 });
    const receiver = client(server.url);
    const sender = client(server.url);
    await Promise.all([receiver.opened, sender.opened]);
    receiver.send({ type: 'subscribe', topics: ['room'] });
    receiver.send({ type: 'ping' });
    await until(() => receiver.inbox.length === 1);
    receiver.inbox.length = 0;

    // One token goes to the subscribe; 15 publishes at once exceed the 10-message burst.
    sender.send({ type: 'subscribe', topics: ['other'] });
    for (let i = 0; i < 15; i++) sender.send({ type: 'publish', topic: 'room', data: i });
    await until(() => receiver.inbox.length + server!.stats().rateLimitedMessages === 15);
    expect(server.stats().rateLimitedMessages).toBeGreaterThan(0);
    expect(receiver.inbox.length).toBeLessThanOrEqual(10);
    expect(receiver.inbox.map((m) => m.data)).toEqual(
      Array.from({ length: receiver.inbox.length }, (_, i) => i),
    );
    // Still connected: once the bucket refills (200 ms a token), a ping is answered.
    await new Promise((r) => setTimeout(r, 250));
    sender.send({ type: 'ping' });
    await until(() => sender.inbox.some((m) => m.type === 'pong'));
    expect(sender.ws.readyState).toBe(WebSocket.OPEN);

    const flooder = client(server.url);
    await flooder.opened;
    for (let i = 0; i < 100; i++) flooder.send({ type: 'ping' });
    expect(await flooder.closed).toBe(1008);
    expect(server.stats().closedForFlooding).toBe(1);
    expect(receiver.ws.readyState).toBe(WebSocket.OPEN);
    receiver.ws.close();
    sender.ws.close();
  });

  test('WebSocket ping frames count against the rate, so flooding them closes the connection', async () => {
    server = await startSignalingServer({ port: 0, messagesPerSecond: 5, messageBurst: 10 });
    const pinger = client(server.url);
    await pinger.opened;
    for (let i = 0; i < 100; i++) pinger.ws.ping();
    expect(await pinger.closed).toBe(1008);
    expect(server.stats().closedForFlooding).toBe(1);
  });

  test('a connection that stops answering pings is terminated; one that answers stays', async () => {
    server = await startSignalingServer({ port: 0, pingIntervalMs: 50 });
    const silent = client(server.url, { autoPong: false });
    const answering = client(server.url);
    await Promise.all([silent.opened, answering.opened]);
    expect(await silent.closed).toBe(1006);
    await until(() => server!.connections() === 1);
    expect(answering.ws.readyState).toBe(WebSocket.OPEN);
    answering.ws.close();
  });

  test('IPv4-mapped addresses count as IPv4 and IPv6 addresses count per /64', () => {
    expect(ipKey('::ffff:10.0.0.1')).toBe(ipKey('10.0.0.1'));
    expect(ipKey('2001:db8:1:2::1')).toBe(ipKey('2001:db8:1:2:ffff:ffff:ffff:ffff'));
    expect(ipKey('2001:db8:1:2::1')).not.toBe(ipKey('2001:db8:1:3::1'));
    expect(ipKey(undefined)).toBe('unknown');
  });
});
