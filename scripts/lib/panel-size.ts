// What the side panel loads before its first view, read from a build: the entry script named in
// sidepanel.html (which paints the picture of the list), the app it imports right after, and every
// chunk they import statically, transitively (any other `import()` is a chunk fetched later, when a
// view or job needs it). Sizes are gzipped at level 9, the measure
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

const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function entryOf(extensionDir: string): string {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entry = /<script[^>]+src="\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${extensionDir}/sidepanel.html`);
  return entry;
}

/** `files` and every chunk they import statically, transitively. */
function staticClosure(extensionDir: string, files: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      queue.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
    }
  }
  return [...seen];
}

function sizes(extensionDir: string, files: string[]): ChunkSize[] {
  return files.map((file) => {
    const content = readFileSync(join(extensionDir, file));
    return { file, bytes: content.byteLength, gzip: gzipSync(content, { level: 9 }).byteLength };
  });
}

/**
 * What paints the picture of the list (lib/model/first-view.ts): the entry script and its static
 * imports, before the app's own chunk is even asked for.
 */
export function pictureChunks(extensionDir: string): ChunkSize[] {
  return sizes(extensionDir, staticClosure(extensionDir, [entryOf(extensionDir)]));
}

/**
 * The panel's chunks up to the live partners list, entry first: the picture's, then the app the
 * entry imports as soon as the picture is painted (its `import()`s), with their static imports.
 */
export function firstViewChunks(extensionDir: string): ChunkSize[] {
  const entry = entryOf(extensionDir);
  const code = readFileSync(join(extensionDir, entry), 'utf8');
  const app = [...code.matchAll(DYNAMIC_IMPORT)].map((match) =>
    posix.normalize(posix.join(posix.dirname(entry), match[1]!)),
  );
  return sizes(extensionDir, staticClosure(extensionDir, [entry, ...app]));
}

/** Gzipped bytes of JavaScript the panel loads before its first view. */
export function firstViewGzip(extensionDir: string): number {
  return firstViewChunks(extensionDir).reduce((sum, chunk) => sum + chunk.gzip, 0);
}

/** Where `wxt build` puts the Chrome build for an output folder. */
export const chromeBuildIn = (outDir: string) => join(outDir, 'chrome-mv3');
