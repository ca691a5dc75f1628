import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

// Bridgework on the web: the side panel's app as a static, installable web app in .output/web/
// (`npm run build:web`; `npm run web` serves it on HOST/PORT). docs/decisions.md (Platform) says
// why `wxt/browser` is replaced by a web implementation instead of branching in the UI.

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const WEB_BROWSER = here('./lib/platform/web-browser.ts');
const ICON_SIZES = [32, 192, 512];

/** The web app manifest: what makes the app installable (name, icons, standalone window). */
const MANIFEST = {
  name: 'Bridgework',
  short_name: 'Bridgework',
  description: 'Keep school–community partnerships alive: partners, contact log and shared goals.',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f6f7f9',
  theme_color: '#0f6b5c',
  icons: ICON_SIZES.filter((size) => size >= 192).map((size) => ({
    src: `icon/${size}.png`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose: 'any',
  })),
};

/**
 * Emits the icons, the manifest and the service worker (web/service-worker.js) with the list of
 * every built file to cache and a version that changes with any of them.
 */
function installableApp(): Plugin {
  return {
    name: 'bridgework-installable-app',
    // After Vite's own generateBundle hooks, which drop chunks (CSS-only ones) from the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const size of ICON_SIZES)
        this.emitFile({
          type: 'asset',
          fileName: `icon/${size}.png`,
          source: readFileSync(here(`./public/icon/${size}.png`)),
        });
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(MANIFEST, null, 2),
      });
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name]!;
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const precache = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: `self.__PRECACHE__ = ${JSON.stringify(precache)};\n${readFileSync(here('./web/service-worker.js'), 'utf8')}`,
      });
    },
  };
}

export default defineConfig({
  root: here('./web'),
  base: './',
  publicDir: false,
  plugins: [preact(), installableApp()],
  resolve: {
    alias: [
      { find: /^wxt\/browser$/, replacement: WEB_BROWSER },
      // WXT's storage (lib/storage/*) reads `browser` from here.
      { find: /^@wxt-dev\/browser$/, replacement: WEB_BROWSER },
    ],
  },
  build: {
    outDir: process.env.BRIDGEWORK_WEB_OUT_DIR ?? here('./.output/web'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { index: here('./web/index.html'), hub: here('./web/hub.html') } },
  },
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
});
