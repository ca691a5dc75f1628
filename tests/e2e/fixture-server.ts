import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

/** Serves tests/fixtures/pages on 127.0.0.1 at a free port; close() stops it. */
export async function serveFixtures(): Promise<{
  url: (path: string) => string;
  close: () => Promise<void>;
}> {
  const root = resolve('tests/fixtures/pages');
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      if (!/^\/[\w-]+\.html$/.test(path)) throw new Error('not found');
      const body = readFileSync(resolve(root, path.slice(1)));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
