import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import {
  checkArchitecture,
  ENTRYPOINT_MAX_LINES,
  ENTRYPOINT_SIZE_TOLERANCE,
  layerOf,
  lineCount,
  loadProject,
  NODE_ONLY_FILES,
  parseFile,
  resolveImport,
  type CheckOptions,
  type ProjectFile,
} from '../helpers/architecture';

// The rules are described, with their reasons, in docs/architecture.md.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(entries: Record<string, string>): ProjectFile[] {
  return Object.entries(entries).map(([path, text]) => ({ path, text }));
}

/** The violations of a synthetic project, as full messages, sorted. */
function violationsOf(entries: Record<string, string>, options?: CheckOptions): string[] {
  return checkArchitecture(files(entries), [], options).violations.sort();
}

/** A file of `n` lines. */
function linesOf(n: number): string {
  return Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
}

describe('the checker itself', () => {
  test('finds every kind of import, type-only or not', () => {
    const { imports } = parseFile(
      'lib/x.ts',
      `
      import a from 'a';
      import type { B } from 'b';
      import { type C, type D } from 'c';
      import { type E, F } from 'e';
      import * as G from 'g';
      import 'side-effect';
      export { h } from './h';
      export type { I } from './i';
      export * from './j';
      const k = await import('./k');
      type L = typeof import('./l');
      import m = require('m');
      // import fake from 'in-a-comment';
      const text = "import fake from 'in-a-string'";
      `,
    );
    expect(imports.map((i) => [i.specifier, i.typeOnly, i.kind])).toEqual([
      ['a', false, 'import'],
      ['b', true, 'import'],
      ['c', true, 'import'],
      ['e', false, 'import'],
      ['g', false, 'import'],
      ['side-effect', false, 'import'],
      ['./h', false, 'export'],
      ['./i', true, 'export'],
      ['./j', false, 'export'],
      ['./k', false, 'dynamic'],
      ['./l', true, 'import-type'],
      ['m', false, 'require'],
    ]);
  });

  test('finds extension globals in code, not in comments, strings or property names', () => {
    const { extensionGlobals } = parseFile(
      'components/X.tsx',
      `
      // chrome.tabs is used by the browser.
      const label = 'browser.runtime';
      const a = settings.browser.name;
      chrome.storage.local.get('x');
      const b = browser?.runtime;
      const c = globalThis.chrome;
      const d = browser['tabs'];
      export const E = () => <p>chrome.tabs in JSX text</p>;
      `,
    );
    expect(extensionGlobals.map((g) => `${g.name}@${g.line}`)).toEqual([
      'chrome@5',
      'browser@6',
      'chrome@7',
      'browser@8',
    ]);
  });

  test('resolves relative imports, aliases, packages and missing files', () => {
    const known = new Set(['lib/model/doc.ts', 'components/A.tsx', 'lib/x/index.ts', 'e/s.css']);
    expect(resolveImport('lib/model/p.ts', './doc', known)).toEqual({
      kind: 'file',
      path: 'lib/model/doc.ts',
    });
    expect(resolveImport('lib/model/p.ts', './doc.js', known)).toEqual({
      kind: 'file',
      path: 'lib/model/doc.ts',
    });
    expect(resolveImport('e/m.tsx', '../components/A', known)).toEqual({
      kind: 'file',
      path: 'components/A.tsx',
    });
    expect(resolveImport('e/m.tsx', '@/lib/x', known)).toEqual({
      kind: 'file',
      path: 'lib/x/index.ts',
    });
    expect(resolveImport('e/m.tsx', './s.css?inline', known)).toEqual({
      kind: 'file',
      path: 'e/s.css',
    });
    expect(resolveImport('e/m.tsx', '@preact/signals/utils', known)).toEqual({
      kind: 'package',
      name: '@preact/signals',
    });
    expect(resolveImport('e/m.tsx', 'preact/hooks', known)).toEqual({
      kind: 'package',
      name: 'preact',
    });
    expect(resolveImport('e/m.tsx', './nope', known)).toEqual({ kind: 'unresolved' });
  });

  test('classifies paths into layers', () => {
    expect(
      [
        'lib/model/partner.ts',
        'lib/capture/rules/json-ld.ts',
        'lib/sync/x.ts',
        'lib/storage/x.ts',
        'lib/state/x.ts',
        'lib/messages.ts',
        'lib/extension/capture-tab.ts',
        'lib/reminders/badge.ts',
        'lib/util/x.ts',
        'components/common/Field.tsx',
        'entrypoints/sidepanel/main.tsx',
        'scripts/capture.ts',
        'wxt.config.ts',
      ].map(layerOf),
    ).toEqual([
      'model',
      'capture',
      'sync',
      'storage',
      'state',
      'messages',
      'extension',
      'reminders',
      'lib',
      'components',
      'entrypoints',
      'scripts',
      'other',
    ]);
  });

  test('reports layer violations and cycles in a synthetic project', () => {
    const report = checkArchitecture(
      files({
        'lib/model/a.ts': `import * as Y from 'yjs';\nimport { b } from '../sync/b';\nexport const a = 1;`,
        'lib/sync/b.ts': `import { a } from '../model/a';\nexport const b = a;`,
        'lib/model/c.ts': `import { z } from 'zod';\nimport x from './missing';\nimport fs from 'node:fs';`,
        'lib/model/d.ts': `export const load = () => import('../storage/x');\nexport const any = (p: string) => import(p);`,
        'lib/model/e.ts': `export * from '../capture/f';`,
        'lib/storage/x.ts': `import { storage } from 'wxt/utils/storage';\nimport { A } from '../../components/A';`,
        'lib/capture/f.ts': `import { a } from '../model/a';\nexport const f = 1;`,
        'lib/state/s.ts': `import type { z } from 'zod';\nimport { z as zz } from 'zod';\nimport type { F } from '../capture/f';\nimport { browser } from 'wxt/browser';\nimport { signal } from '@preact/signals';\nimport { entry } from '../../entrypoints/background';`,
        'lib/messages.ts': `import type { P } from './model/a';\nimport { s } from './state/s';`,
        'lib/sync/hub.ts': `import type { Message } from '../messages';`,
        'components/A.tsx': `import { useState } from 'preact/hooks';\nimport { Doc } from 'yjs';\nimport type { S } from '../lib/state/s';\nimport { IndexeddbPersistence } from 'y-indexeddb';\nimport { browser } from 'wxt/browser';\nexport const A = () => { chrome.storage.local.get('x'); return null; };`,
        'components/B.tsx': `import { x } from '../lib/storage/x';\nimport { b } from '../lib/sync/b';\nimport { helper } from '../tests/helpers/thing';\nimport type { M } from '../lib/messages';`,
        'scripts/run.ts': `import { a } from '../lib/model/a';\nimport { entry } from '../entrypoints/background';`,
        'entrypoints/background.ts': `import { A } from '../components/A';\nimport { b } from '../lib/sync/b';\nexport const entry = 1;`,
        'lib/model/self.ts': `import { self } from './self';\nexport const self = 1;`,
        'tests/helpers/thing.ts': `export const helper = 1;`,
      }),
    );
    const summary = report.violations.map(
      (v) => `${/^[^:]+:\d+/.exec(v)?.[0]} ${/'([^']+)'/.exec(v)?.[1]}`,
    );
    expect(summary.sort()).toEqual(
      [
        'lib/model/a.ts:2 ../sync/b',
        'lib/model/c.ts:2 ./missing',
        'lib/model/c.ts:3 node:fs',
        'lib/model/d.ts:1 ../storage/x',
        'lib/model/d.ts:2 undefined',
        'lib/model/e.ts:1 ../capture/f',
        'lib/storage/x.ts:2 ../../components/A',
        'lib/capture/f.ts:1 ../model/a',
        'lib/state/s.ts:2 zod',
        'lib/state/s.ts:4 wxt/browser',
        'lib/messages.ts:2 ./state/s',
        'components/B.tsx:4 ../lib/messages',
        'lib/state/s.ts:6 ../../entrypoints/background',
        'components/A.tsx:2 yjs',
        'components/A.tsx:3 ../lib/state/s',
        'components/A.tsx:4 y-indexeddb',
        'components/A.tsx:5 wxt/browser',
        'components/A.tsx:6 undefined',
        'components/B.tsx:1 ../lib/storage/x',
        'components/B.tsx:2 ../lib/sync/b',
        'components/B.tsx:3 ../tests/helpers/thing',
        'scripts/run.ts:2 ../entrypoints/background',
      ].sort(),
    );
    expect(report.violations.find((v) => v.startsWith('components/A.tsx:6'))).toMatch(/`chrome`/);
    const cyclePaths = report.cycles.map((cycle) => cycle.join(' -> ')).sort();
    expect(cyclePaths).toEqual([
      'components/A.tsx -> lib/state/s.ts -> entrypoints/background.ts -> components/A.tsx',
      'lib/model/a.ts -> lib/sync/b.ts -> lib/model/a.ts',
      'lib/model/self.ts -> lib/model/self.ts',
    ]);
  });

  test('a clean synthetic project has no violations and no cycles', () => {
    const report = checkArchitecture(
      files({
        'lib/model/doc.ts': `import * as Y from 'yjs';\nexport const d = new Y.Doc();`,
        'lib/model/partner.ts': `import { z } from 'zod';\nimport { d } from './doc';`,
        'lib/capture/merge.ts': `import { parse } from 'tldts';`,
        'lib/sync/p.ts': `import { WebrtcProvider } from 'y-webrtc';\nimport { d } from '../model/doc';`,
        'lib/storage/s.ts': `import { storage } from 'wxt/utils/storage';\nimport type { P } from '../model/partner';`,
        'lib/state/v.ts': `import { signal } from '@preact/signals';\nimport type * as Y from 'yjs';\nimport type { z } from 'zod';\nimport type { C } from '../capture/merge';\nimport { p } from '../sync/p';\nimport { s } from '../storage/s';`,
        'components/A.tsx': `import { useState } from 'preact/hooks';\nimport { computed } from '@preact/signals';\nimport type { P } from '../lib/model/partner';\nimport { parse } from '../lib/capture/merge';\nimport { B } from './B';\n// chrome.tabs is not used here\nexport const A = () => <p>{'browser.tabs'}</p>;`,
        'components/B.tsx': `export const B = 1;`,
        'entrypoints/sidepanel/main.tsx': `import { render } from 'preact';\nimport { A } from '../../components/A';\nimport { v } from '../../lib/state/v';\nimport './style.css';\nimport { x } from './x';`,
        'entrypoints/sidepanel/x.ts': `import { browser } from 'wxt/browser';\nbrowser.runtime.id;`,
        'scripts/capture.ts': `import { parse } from '../lib/capture/merge';\nimport { readFileSync } from 'node:fs';\nimport { extractFromHtml } from '../lib/capture/parse-html';`,
        'lib/capture/parse-html.ts': `import { parseHTML } from 'linkedom';\nimport { parse } from './merge';`,
        'lib/extension/tab.ts': `import { browser } from 'wxt/browser';\nimport { parse } from '../capture/merge';\nimport { s } from '../storage/s';\nbrowser.tabs.query({});`,
        'lib/reminders/badge.ts': `import { browser } from 'wxt/browser';\nimport type * as Y from 'yjs';\nimport { p } from '../model/partner';\nimport { v } from '../state/v';\nbrowser.action.setBadgeText({ text: '' });`,
        'entrypoints/sidepanel/sections/Exactly100.tsx': linesOf(ENTRYPOINT_MAX_LINES),
      }),
      ['entrypoints/sidepanel/style.css'],
    );
    expect(report.violations).toEqual([]);
    expect(report.cycles).toEqual([]);
  });
});

describe('the stricter rules, each shown catching its violation', () => {
  test('capture imports only its parsing libraries: not wxt, not Node built-ins, not another package', () => {
    expect(
      violationsOf({
        'lib/capture/a.ts': `import { browser } from 'wxt/browser';\nimport { readFileSync } from 'node:fs';\nimport path from 'path';\nimport cheerio from 'cheerio';\nimport { parse } from 'tldts';\nimport { parsePhoneNumber } from 'libphonenumber-js';\nimport { mf2 } from 'microformats-parser';`,
      }),
    ).toEqual([
      "lib/capture/a.ts:1 imports 'wxt/browser': capture must not call extension APIs; entrypoints or lib/extension wire those in",
      "lib/capture/a.ts:2 imports 'node:fs': capture runs in the extension, where Node built-ins do not exist",
      "lib/capture/a.ts:3 imports 'path': capture runs in the extension, where Node built-ins do not exist",
      "lib/capture/a.ts:4 imports 'cheerio': capture may import only the packages libphonenumber-js, tldts, microformats-parser",
    ]);
  });

  test('linkedom only in lib/capture/parse-html.ts, which only scripts and tests import', () => {
    expect(Object.keys(NODE_ONLY_FILES)).toContain('lib/capture/parse-html.ts');
    expect(
      violationsOf({
        'lib/capture/parse-html.ts': `import { parseHTML } from 'linkedom';`,
        'lib/capture/rules/x.ts': `import { parseHTML } from 'linkedom';`,
        'lib/capture/extract.ts': `import { p } from './parse-html';`,
        'entrypoints/content.ts': `import { p } from '../lib/capture/parse-html';`,
        'lib/state/s.ts': `import { server } from '../sync/signaling-server';`,
        'lib/sync/signaling-server.ts': `import type { AddressInfo } from 'node:net';\nimport { WebSocketServer } from 'ws';`,
        'scripts/capture.ts': `import { p } from '../lib/capture/parse-html';\nimport { s } from '../lib/sync/signaling-server';`,
      }),
    ).toEqual([
      "entrypoints/content.ts:1 imports '../lib/capture/parse-html': lib/capture/parse-html.ts runs only in Node (parses an HTML string into a Document for the CLI, benchmarks and tests; the content script hands capture the live page instead); only scripts/ and tests/ import it",
      "lib/capture/extract.ts:1 imports './parse-html': lib/capture/parse-html.ts runs only in Node (parses an HTML string into a Document for the CLI, benchmarks and tests; the content script hands capture the live page instead); only scripts/ and tests/ import it",
      "lib/capture/rules/x.ts:1 imports 'linkedom': capture may import only the packages libphonenumber-js, tldts, microformats-parser",
      "lib/state/s.ts:1 imports '../sync/signaling-server': lib/sync/signaling-server.ts runs only in Node (the signaling server started by scripts/signal.ts and the e2e tests); only scripts/ and tests/ import it",
    ]);
  });

  test('model imports yjs, zod, fractional-indexing, libphonenumber-js, tldts, papaparse and ical.js only, and no extension API', () => {
    expect(
      violationsOf({
        'lib/model/a.ts': `import * as Y from 'yjs';\nimport { z } from 'zod';\nimport { generateKeyBetween } from 'fractional-indexing';\nimport { debounce } from 'lodash';\nimport { storage } from 'wxt/utils/storage';`,
      }),
    ).toEqual([
      "lib/model/a.ts:4 imports 'lodash': model may import only the packages yjs, zod, fractional-indexing, libphonenumber-js, tldts, papaparse, ical.js",
      "lib/model/a.ts:5 imports 'wxt/utils/storage': model must not call extension APIs; entrypoints or lib/extension wire those in",
    ]);
  });

  test('sync and storage have package lists instead of any package', () => {
    expect(
      violationsOf({
        'lib/sync/a.ts': `import { WebrtcProvider } from 'y-webrtc';\nimport axios from 'axios';\nimport { readFile } from 'node:fs/promises';`,
        'lib/storage/b.ts': `import { storage } from 'wxt/utils/storage';\nimport { openDB } from 'idb';`,
      }),
    ).toEqual([
      "lib/storage/b.ts:2 imports 'idb': storage may import only the packages wxt, yjs",
      "lib/sync/a.ts:2 imports 'axios': sync may import only the packages yjs, y-webrtc, y-protocols, lib0, @hocuspocus/provider, @preact/signals, wxt",
      "lib/sync/a.ts:3 imports 'node:fs/promises': sync runs in the extension, where Node built-ins do not exist",
    ]);
  });

  test('no chrome.* or browser.* globals in model, capture, state or components', () => {
    const uses = {
      'lib/model/a.ts': `chrome.storage.local.get('x');`,
      'lib/capture/b.ts': `export const id = browser.runtime.id;`,
      'lib/state/c.ts': `export const all = () => globalThis.chrome.tabs.query({});`,
      'components/D.tsx': `export const D = () => { browser.tabs.create({}); return null; };`,
      // The layers that wire the browser may use them.
      'lib/sync/e.ts': `chrome.runtime.sendMessage({});`,
      'lib/extension/f.ts': `browser.tabs.query({});`,
      'lib/reminders/g.ts': `browser.alarms.clearAll();`,
      'entrypoints/background.ts': `browser.runtime.onInstalled.addListener(() => {});`,
    };
    expect(violationsOf(uses)).toEqual([
      'components/D.tsx:1 uses the `browser` extension global: components must not call extension APIs',
      'lib/capture/b.ts:1 uses the `browser` extension global: capture must not call extension APIs',
      'lib/model/a.ts:1 uses the `chrome` extension global: model must not call extension APIs',
      'lib/state/c.ts:1 uses the `chrome` extension global: state must not call extension APIs',
    ]);
  });

  test('lib/extension and lib/reminders are layers of their own with their own imports', () => {
    expect(
      violationsOf({
        'lib/state/s.ts': `export const s = 1;`,
        'lib/sync/hub.ts': `export const h = 1;`,
        'lib/model/m.ts': `export const m = 1;`,
        'components/C.tsx': `export const C = 1;`,
        'lib/extension/a.ts': `import { s } from '../state/s';\nimport { m } from '../model/m';\nimport { signal } from '@preact/signals';`,
        'lib/reminders/b.ts': `import { h } from '../sync/hub';\nimport { C } from '../../components/C';\nimport * as Y from 'yjs';\nimport type { Doc } from 'yjs';`,
        'lib/util/c.ts': `import { format } from 'date-fns';`,
      }),
    ).toEqual([
      "lib/extension/a.ts:1 imports '../state/s' (layer state): extension may import only extension, capture, messages, storage, i18n",
      "lib/extension/a.ts:2 imports '../model/m' (layer model): extension may import only extension, capture, messages, storage, i18n",
      "lib/extension/a.ts:3 imports '@preact/signals': extension may import only the packages wxt",
      "lib/reminders/b.ts:1 imports '../sync/hub' (layer sync): reminders may import only reminders, model, state, storage, messages, i18n",
      "lib/reminders/b.ts:2 imports '../../components/C' (layer components): reminders may import only reminders, model, state, storage, messages, i18n",
      "lib/reminders/b.ts:3 imports 'yjs': reminders may import only the packages wxt, @preact/signals (and yjs with `import type`)",
      "lib/util/c.ts:1 imports 'date-fns': lib may import no package until its folder gets a layer of its own in RULES",
    ]);
  });

  test('i18n stands alone: every layer but the model may use it, it uses none', () => {
    expect(
      violationsOf({
        'lib/i18n/t.ts': `import { m } from '../model/m';\nimport { IntlMessageFormat } from 'intl-messageformat';`,
        'lib/model/m.ts': `import { t } from '../i18n/t';\nexport const m = 1;`,
        'components/C.tsx': `import { t } from '../lib/i18n/t';`,
        'lib/state/s.ts': `import { t } from '../i18n/t';`,
      }),
    ).toEqual([
      "lib/i18n/t.ts:1 imports '../model/m' (layer model): i18n may import only i18n",
      "lib/model/m.ts:1 imports '../i18n/t' (layer i18n): model may import only model",
    ]);
  });

  test('entrypoints import only wxt and preact packages', () => {
    expect(
      violationsOf({
        'entrypoints/background.ts': `import { defineBackground } from 'wxt/utils/define-background';\nimport { render } from 'preact';\nimport { marked } from 'marked';`,
      }),
    ).toEqual([
      "entrypoints/background.ts:3 imports 'marked': entrypoints may import only the packages wxt, preact, @preact/signals",
    ]);
  });

  test(`entrypoint files stay under ${ENTRYPOINT_MAX_LINES} lines; tolerated ones may only shrink`, () => {
    const tolerance = {
      'entrypoints/sidepanel/Old.tsx': 150,
      'entrypoints/sidepanel/Done.tsx': 120,
    };
    expect(
      violationsOf(
        {
          'entrypoints/sidepanel/sections/Small.tsx': linesOf(ENTRYPOINT_MAX_LINES),
          'entrypoints/sidepanel/sections/Big.tsx': linesOf(ENTRYPOINT_MAX_LINES + 1),
          'entrypoints/sidepanel/Old.tsx': linesOf(151),
          'entrypoints/sidepanel/Done.tsx': linesOf(90),
          // Only entrypoints: a long component or lib file is not this rule's business.
          'components/Long.tsx': linesOf(400),
        },
        { sizeTolerance: tolerance },
      ),
    ).toEqual([
      'entrypoints/sidepanel/Done.tsx has 90 lines, under 100: remove it from ENTRYPOINT_SIZE_TOLERANCE',
      'entrypoints/sidepanel/Old.tsx has 151 lines, more than the 150 it is tolerated at: it may only shrink',
      'entrypoints/sidepanel/sections/Big.tsx has 101 lines: entrypoint files stay under 100; move its logic into lib/state or components/',
    ]);
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb')]).toEqual([
      0, 1, 1, 2,
    ]);
  });
});

describe('the project', () => {
  const { files: projectFiles, otherPaths } = loadProject(ROOT);
  const report = checkArchitecture(projectFiles, otherPaths);

  test('the checker sees the project (more than 20 files, with imports between them)', () => {
    expect(report.fileCount).toBeGreaterThan(20);
    const paths = projectFiles.map((f) => f.path);
    for (const expected of [
      'lib/model/partner.ts',
      'lib/state/workspace-session.ts',
      'components/partners/PartnersView.tsx',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(paths.some((p) => p.startsWith('entrypoints/'))).toBe(true);
    expect(paths.some((p) => p.includes('node_modules') || p.startsWith('tests/'))).toBe(false);
    expect(report.edges.get('lib/model/partner.ts')).toContain('lib/model/doc.ts');
  });

  test('every import follows the layer rules of docs/architecture.md', () => {
    expect(report.violations, `Layer violations:\n  ${report.violations.join('\n  ')}\n`).toEqual(
      [],
    );
  });

  test('every entrypoint tolerated over the size limit still exists', () => {
    const missing = Object.keys(ENTRYPOINT_SIZE_TOLERANCE).filter(
      (path) => !existsSync(`${ROOT}/${path}`),
    );
    expect(missing, 'remove these from ENTRYPOINT_SIZE_TOLERANCE').toEqual([]);
  });

  test('there are no import cycles', () => {
    const cycles = report.cycles.map((cycle) => cycle.join(' -> '));
    expect(cycles, `Import cycles:\n  ${cycles.join('\n  ')}\n`).toEqual([]);
  });
});
