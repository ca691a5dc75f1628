import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/** The web app build the tests use (`npm run build:web`), or the folder BRIDGEWORK_WEB_OUT_DIR names. */
export const WEB_BUILD = resolve(process.env.BRIDGEWORK_WEB_OUT_DIR ?? '.output/web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** Serves the built web app as any static host would, on 127.0.0.1 at a free port. */
export async function serveWebApp(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) {
    throw new Error(`No web app build at ${WEB_BUILD}: run "npm run build:web" first.`);
  }
  const server: Server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(WEB_BUILD, path));
    if (!file.startsWith(WEB_BUILD) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
