// `npm run signal`: a y-webrtc signaling server for Bridgework peers.
//   HOST (default 127.0.0.1; 0.0.0.0 to accept other machines), PORT (default 4444).
//   Limits (defaults in lib/sync/signaling-server.ts, explained in docs/sync.md):
//   SIGNAL_MAX_CONNECTIONS, SIGNAL_MAX_CONNECTIONS_PER_IP, SIGNAL_MAX_TOPICS,
//   SIGNAL_MAX_MESSAGE_BYTES, SIGNAL_MAX_DEPTH, SIGNAL_MESSAGES_PER_SECOND, SIGNAL_MESSAGE_BURST,
//   SIGNAL_MAX_BUFFERED_BYTES, SIGNAL_PING_INTERVAL_MS; SIGNAL_TRUST_PROXY=1 behind a reverse
//   proxy on this machine (connections per IP then count X-Forwarded-For, not the proxy).
// Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. See README → "Sync and signaling".
import { startSignalingServer, type SignalingServerOptions } from '../lib/sync/signaling-server';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4444);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

const limitVariables: Record<string, keyof SignalingServerOptions> = {
  SIGNAL_MAX_CONNECTIONS: 'maxConnections',
  SIGNAL_MAX_CONNECTIONS_PER_IP: 'maxConnectionsPerIp',
  SIGNAL_MAX_TOPICS: 'maxTopicsPerConnection',
  SIGNAL_MAX_MESSAGE_BYTES: 'maxPayload',
  SIGNAL_MAX_DEPTH: 'maxDepth',
  SIGNAL_MESSAGES_PER_SECOND: 'messagesPerSecond',
  SIGNAL_MESSAGE_BURST: 'messageBurst',
  SIGNAL_MAX_BUFFERED_BYTES: 'maxBufferedBytes',
  SIGNAL_PING_INTERVAL_MS: 'pingIntervalMs',
};
const limits: Partial<Record<keyof SignalingServerOptions, number>> = {};
for (const [variable, option] of Object.entries(limitVariables)) {
  const text = process.env[variable];
  if (!text) continue;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`${variable} must be a whole number of at least 1, not "${text}".`);
    process.exit(1);
  }
  limits[option] = value;
}

try {
  const server = await startSignalingServer({
    ...limits,
    trustProxy: process.env.SIGNAL_TRUST_PROXY === '1',
    host,
    port,
    log: (line) => console.log(line),
  });
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing ${server.connections()} connection(s)…`);
    void server.close().then(() => {
      console.log('Signaling server stopped.');
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(
    `Could not start the signaling server on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
