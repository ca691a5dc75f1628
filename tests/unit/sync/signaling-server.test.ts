import { afterEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { startSignalingServer, type SignalingServer } from '../../../lib/sync/signaling-server';

let server: SignalingServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function client(url: string) {
  const ws = new WebSocket(url);
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (data) => inbox.push(JSON.parse(data.toString()) as Record<string, unknown>));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, inbox, opened, send: (m: unknown) => ws.send(JSON.stringify(m)) };
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
