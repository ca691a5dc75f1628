// What the side panel loads before its first view, read from a build: the entry script named in
// sidepanel.html and every chunk it imports statically, transitively (a dynamic `import()` is a
// chunk fetched later, when a view or job needs it). Sizes are gzipped at level 9, the measure
// the budget (issue 17: 150 KB for the first view) is given in; it tracks how much code the
// browser reads and compiles before anything is shown.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The panel's first-view chunks in `extensionDir` (e.g. `.output/chrome-mv3`), entry first. */
export function firstViewChunks(extensionDir: string): ChunkSize[] {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${extensionDir}/sidepanel.html`);
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
    }
  }
  return [...seen].map((file) => {
    const content = readFileSync(join(extensionDir, file));
    return { file, bytes: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength };
  });
}

/** Gzipped bytes of JavaScript the panel loads before its first view. */
export function firstViewGzip(extensionDir: string): number {
  return firstViewChunks(extensionDir).reduce((sum, chunk) => sum + chunk.gzip, 0);
}

/** Where `wxt build` puts the Chrome build for an output folder. */
export const chromeBuildIn = (outDir: string) => join(outDir, 'chrome-mv3');
