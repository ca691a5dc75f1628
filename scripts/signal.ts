// `npm run signal`: a y-webrtc signaling server for Bridgework peers.
//   HOST (default 127.0.0.1; 0.0.0.0 to accept other machines), PORT (default 4444).
// Stops cleanly on Ctrl+C (SIGINT) or SIGTERM. See README → "Sync and signaling".
import { startSignalingServer } from '../lib/sync/signaling-server';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4444);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535, not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const server = await startSignalingServer({ host, port, log: (line) => console.log(line) });
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
