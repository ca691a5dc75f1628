import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  checkArchitecture,
  layerOf,
  loadProject,
  parseFile,
  resolveImport,
  type ProjectFile,
} from '../helpers/architecture';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function files(entries: Record<string, string>): ProjectFile[] {
  return Object.entries(entries).map(([path, text]) => ({ path, text }));
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
        'lib/sync/p.ts': `import { IndexeddbPersistence } from 'y-indexeddb';\nimport { d } from '../model/doc';`,
        'lib/storage/s.ts': `import { storage } from 'wxt/utils/storage';\nimport type { P } from '../model/partner';`,
        'lib/state/v.ts': `import { signal } from '@preact/signals';\nimport type * as Y from 'yjs';\nimport type { z } from 'zod';\nimport type { C } from '../capture/merge';\nimport { p } from '../sync/p';\nimport { s } from '../storage/s';`,
        'components/A.tsx': `import { useState } from 'preact/hooks';\nimport { computed } from '@preact/signals';\nimport type { P } from '../lib/model/partner';\nimport { parse } from '../lib/capture/merge';\nimport { B } from './B';\n// chrome.tabs is not used here\nexport const A = () => <p>{'browser.tabs'}</p>;`,
        'components/B.tsx': `export const B = 1;`,
        'entrypoints/sidepanel/main.tsx': `import { render } from 'preact';\nimport { A } from '../../components/A';\nimport { v } from '../../lib/state/v';\nimport './style.css';\nimport { x } from './x';`,
        'entrypoints/sidepanel/x.ts': `import { browser } from 'wxt/browser';\nbrowser.runtime.id;`,
        'scripts/capture.ts': `import { parse } from '../lib/capture/merge';\nimport { readFileSync } from 'node:fs';`,
      }),
      ['entrypoints/sidepanel/style.css'],
    );
    expect(report.violations).toEqual([]);
    expect(report.cycles).toEqual([]);
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

  test('every import follows the layer rules (docs: DESIGN.md "Layers")', () => {
    expect(report.violations, `Layer violations:\n  ${report.violations.join('\n  ')}\n`).toEqual(
      [],
    );
  });

  test('there are no import cycles', () => {
    const cycles = report.cycles.map((cycle) => cycle.join(' -> '));
    expect(cycles, `Import cycles:\n  ${cycles.join('\n  ')}\n`).toEqual([]);
  });
});
