// `npm run relay`: the always-on Bridgework relay (Hocuspocus 3 with a file store).
//   HOST (default 127.0.0.1; 0.0.0.0 to accept other machines), PORT (default 1234),
//   RELAY_DATA (folder for the documents, default ./relay-data),
//   REDIS_URL (redis://host:port) to share documents with other instances, RELAY_NAME (this
//   instance's name in logs and Redis; must differ between instances).
//   Limits (defaults in lib/sync/relay-server.ts, explained in docs/deploy.md):
//   RELAY_MAX_CONNECTIONS, RELAY_MAX_CONNECTIONS_PER_IP, RELAY_MAX_DOCUMENTS_PER_CONNECTION,
//   RELAY_MAX_MESSAGE_BYTES, RELAY_AUTH_TIMEOUT_MS, RELAY_MESSAGES_PER_SECOND,
//   RELAY_MESSAGE_BURST, RELAY_MAX_BUFFERED_BYTES, RELAY_PING_INTERVAL_MS;
//   RELAY_TRUST_PROXY=1 behind a reverse proxy on this machine.
// The relay reads every document it carries (it must, to merge them): see README → "Relay".
// Stops cleanly (documents stored) on Ctrl+C (SIGINT) or SIGTERM.
import { resolve } from 'node:path';
import { startRelayServer, type RelayServerOptions } from '../lib/sync/relay-server';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 1234);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const dataDir = resolve(process.env.RELAY_DATA || 'relay-data');

let redis: RelayServerOptions['redis'];
if (process.env.REDIS_URL) {
  let url: URL | null = null;
  try {
    url = new URL(process.env.REDIS_URL);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'redis:' || !url.hostname) {
    console.error(`REDIS_URL must look like redis://host:6379, not "${process.env.REDIS_URL}".`);
    process.exit(1);
  }
  redis = { host: url.hostname, port: Number(url.port || 6379) };
}

const limitVariables: Record<string, keyof RelayServerOptions> = {
  RELAY_MAX_CONNECTIONS: 'maxConnections',
  RELAY_MAX_CONNECTIONS_PER_IP: 'maxConnectionsPerIp',
  RELAY_MAX_DOCUMENTS_PER_CONNECTION: 'maxDocumentsPerConnection',
  RELAY_MAX_MESSAGE_BYTES: 'maxPayload',
  RELAY_AUTH_TIMEOUT_MS: 'authTimeoutMs',
  RELAY_MESSAGES_PER_SECOND: 'messagesPerSecond',
  RELAY_MESSAGE_BURST: 'messageBurst',
  RELAY_MAX_BUFFERED_BYTES: 'maxBufferedBytes',
  RELAY_PING_INTERVAL_MS: 'pingIntervalMs',
};
const limits: Partial<RelayServerOptions> = {};
for (const [variable, option] of Object.entries(limitVariables)) {
  const text = process.env[variable];
  if (!text) continue;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`${variable} must be a whole number of at least 1, not "${text}".`);
    process.exit(1);
  }
  (limits as Record<string, number>)[option] = value;
}

// With Redis down, ioredis rejects queued commands from places Hocuspocus does not await (the
// Redis extension's publish on every change). One lost publish is repaired by the next sync, so it
// must not stop the relay and disconnect every school: log it and keep serving.
process.on('unhandledRejection', (reason) => {
  console.error(`Relay: ${reason instanceof Error ? reason.message : String(reason)}`);
});

try {
  const server = await startRelayServer({
    ...limits,
    host,
    port,
    dataDir,
    redis,
    name: process.env.RELAY_NAME || undefined,
    trustProxy: process.env.RELAY_TRUST_PROXY === '1',
    log: (line) => console.log(line),
  });
  if (redis) console.log(`Sharing documents with other instances through ${process.env.REDIS_URL}`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `\n${signal}: storing documents and closing ${server.connections()} connection(s)…`,
    );
    void server.close().then(() => {
      console.log('Relay stopped.');
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 15_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(
    `Could not start the relay on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
