import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix } from 'node:path';
import ts from 'typescript';

/**
 * The layer rules of docs/architecture.md as data, and a checker that applies them
 * to a set of source files. The checker is pure (file paths and texts in,
 * violations out) so the test can prove it works on synthetic files.
 * docs/architecture.md says why each rule exists; change both together.
 */

export type Layer =
  | 'entrypoints'
  | 'components'
  | 'model'
  | 'capture'
  | 'sync'
  | 'storage'
  | 'state'
  | 'messages'
  | 'extension'
  | 'reminders'
  | 'i18n'
  | 'platform'
  | 'lib'
  | 'scripts'
  | 'tests'
  | 'other';

export interface ProjectFile {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

export interface ImportRef {
  specifier: string;
  line: number;
  typeOnly: boolean;
  kind: 'import' | 'export' | 'dynamic' | 'require' | 'import-type';
}

interface Rule {
  /** Project layers this layer may import at runtime. */
  layers: readonly Layer[];
  /** Project layers it may import with `import type` only. */
  typeOnlyLayers?: readonly Layer[];
  /** npm packages it may import; 'any' only for Node scripts. */
  packages: readonly string[] | 'any';
  /** npm packages it may import with `import type` only. */
  typeOnlyPackages?: readonly string[];
  /** Whether `chrome.*` / `browser.*` globals and the wxt extension API packages are forbidden. */
  noExtensionGlobals?: boolean;
  /** Whether a dynamic import() of a computed specifier is allowed (it cannot be checked). */
  allowOpaqueImports?: boolean;
}

const LIB_LAYERS: readonly Layer[] = [
  'model',
  'capture',
  'sync',
  'storage',
  'state',
  'messages',
  'extension',
  'reminders',
  'i18n',
  'platform',
  'lib',
];

export const RULES: Record<Exclude<Layer, 'tests' | 'other'>, Rule> = {
  // fractional-indexing: board order (fractional indexes) belongs to the model; it is a pure
  // function package with no I/O. libphonenumber-js and tldts: the one set of input rules
  // (lib/model/validation.ts) needs phone numbers and public suffixes; both are pure too.
  // papaparse and ical.js: reading and writing CSV and vCard files (lib/model/csv-*.ts,
  // vcard.ts) are pure text transformations with no I/O (docs/decisions.md, "Data in and out").
  model: {
    layers: ['model'],
    packages: [
      'yjs',
      'zod',
      'fractional-indexing',
      'libphonenumber-js',
      'tldts',
      'papaparse',
      'ical.js',
    ],
    noExtensionGlobals: true,
  },
  // Pure extraction that runs the same in the content script, the CLI and the tests: only the
  // parsing libraries, never wxt or Node (see NODE_ONLY_FILES for parse-html.ts).
  capture: {
    layers: ['capture'],
    packages: ['libphonenumber-js', 'tldts', 'microformats-parser'],
    noExtensionGlobals: true,
  },
  // lib/messages.ts is the typed contract between contexts; the layers that run in those
  // contexts (sync in the offscreen document, storage, view models) speak it.
  sync: {
    layers: ['model', 'sync', 'messages'],
    // @hocuspocus/provider: the relay client (lib/sync/relay-link.ts), beside y-webrtc.
    packages: [
      'yjs',
      'y-webrtc',
      'y-protocols',
      'lib0',
      '@hocuspocus/provider',
      '@preact/signals',
      'wxt',
    ],
  },
  storage: { layers: ['model', 'storage', 'messages', 'i18n'], packages: ['wxt', 'yjs'] },
  state: {
    // capture is pure (no other layer, no I/O), so its helpers are as safe here as in components.
    layers: ['model', 'sync', 'storage', 'state', 'messages', 'capture', 'i18n'],
    packages: ['@preact/signals', 'yjs'],
    // The view models name the model's zod schemas in their types.
    typeOnlyPackages: ['zod'],
    noExtensionGlobals: true,
  },
  // The message contracts: plain types over the model's and capture's values.
  messages: { layers: ['messages', 'model', 'capture'], packages: [] },
  // Browser glue shared by the background and the panel: tabs, menus, host permissions, and
  // running capture in a tab.
  extension: {
    layers: ['extension', 'capture', 'messages', 'storage', 'i18n'],
    packages: ['wxt'],
  },
  // Follow-up reminders: computed from the model in the offscreen document and the panel,
  // shown as alarms, notifications and the badge by the background.
  reminders: {
    layers: ['reminders', 'model', 'state', 'storage', 'messages', 'i18n'],
    packages: ['wxt', '@preact/signals'],
    typeOnlyPackages: ['yjs'],
  },
  // The message catalogue, t() and Intl formatting: the interface language for every context
  // (panel, background, exports). It knows no other layer, so any layer may use it.
  i18n: {
    layers: ['i18n'],
    packages: ['intl-messageformat', '@formatjs/icu-messageformat-parser', '@preact/signals'],
    noExtensionGlobals: true,
  },
  // The web app's stand-ins for the extension APIs (storage, runtime messaging) and its sync frame:
  // web/ wires them in, vite.web.config.ts maps `wxt/browser` to lib/platform/web-browser.ts.
  // idb-keyval stores storage.local; wxt only for the `Browser` type the extension's code names.
  platform: {
    layers: ['platform', 'sync', 'storage', 'messages'],
    packages: ['idb-keyval'],
    typeOnlyPackages: ['wxt'],
  },
  // Any other file under lib/ (a new lib/x/): lib only and no package until it gets a rule of
  // its own here, so a new folder cannot slip past the layer rules.
  lib: { layers: LIB_LAYERS, packages: [] },
  components: {
    layers: ['components', 'model', 'capture', 'i18n'],
    // Components may name the shape of personal settings or filters they render; a type-only
    // import brings no chrome.storage code with it.
    typeOnlyLayers: ['storage'],
    packages: ['preact', '@preact/signals'],
    noExtensionGlobals: true,
  },
  // Node CLIs and benchmarks render real components to time them; scripts never reach into
  // entrypoints.
  scripts: {
    layers: [...LIB_LAYERS, 'components', 'scripts'],
    packages: 'any',
    allowOpaqueImports: true,
  },
  entrypoints: {
    layers: ['entrypoints', 'components', ...LIB_LAYERS],
    packages: ['wxt', 'preact', '@preact/signals'],
    allowOpaqueImports: true,
  },
};

/**
 * Files under lib/ that run only in Node: each may use the extra packages listed, and only
 * scripts/ and tests/ may import it, so those packages never reach the extension bundle.
 */
export const NODE_ONLY_FILES: Record<string, { packages: readonly string[]; why: string }> = {
  'lib/capture/parse-html.ts': {
    packages: ['linkedom'],
    why: 'parses an HTML string into a Document for the CLI, benchmarks and tests; the content script hands capture the live page instead',
  },
  'lib/sync/signaling-server.ts': {
    packages: ['node:net', 'ws'],
    why: 'the signaling server started by scripts/signal.ts and the e2e tests',
  },
  'lib/sync/capped-websocket-server.ts': {
    packages: ['node:http', 'node:net', 'ws'],
    why: 'the connection caps shared by the signaling server and the relay',
  },
  'lib/sync/relay-server.ts': {
    packages: [
      'node:crypto',
      'node:http',
      'node:net',
      'ws',
      '@hocuspocus/server',
      '@hocuspocus/extension-redis',
    ],
    why: 'the relay started by scripts/relay.ts and the relay tests',
  },
  'lib/sync/relay-store.ts': {
    packages: ['node:fs', 'node:path', '@hocuspocus/server'],
    why: "the relay's file store, used by lib/sync/relay-server.ts",
  },
};

/** Every code file under entrypoints/ stays wiring: logic moves down into lib/ or components/. */
export const ENTRYPOINT_MAX_LINES = 100;

/**
 * Entrypoint files still over the limit, each with the most lines it may have (its size when the
 * rule came in): they may shrink, never grow. Remove an entry once its file is under the limit
 * (the checker says when).
 */
export const ENTRYPOINT_SIZE_TOLERANCE: Record<string, number> = {};

/** Packages that are extension APIs: forbidden wherever extension globals are. */
const EXTENSION_API_PACKAGES = /^wxt$|^@wxt-dev\/|^webextension-polyfill$/;

export function layerOf(path: string): Layer {
  const [top, second] = path.split('/');
  if (top === 'entrypoints' || top === 'components' || top === 'scripts' || top === 'tests') {
    return top;
  }
  // The web app's pages are entrypoints too (thin wiring, the same size rule).
  if (top === 'web') return 'entrypoints';
  if (top === 'lib') {
    if (path === 'lib/messages.ts' || second === 'messages') return 'messages';
    if (
      second === 'model' ||
      second === 'capture' ||
      second === 'sync' ||
      second === 'storage' ||
      second === 'state' ||
      second === 'extension' ||
      second === 'reminders' ||
      second === 'i18n' ||
      second === 'platform'
    ) {
      return second;
    }
    return 'lib';
  }
  return 'other';
}

/** Lines of a file as an editor counts them (a final newline does not start a new line). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

const CODE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export function isCodeFile(path: string): boolean {
  return CODE_EXTENSIONS.some((ext) => path.endsWith(ext));
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function stringValue(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    return node.text;
  }
  return undefined;
}

function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[mc]?js$/.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

export interface ParsedFile {
  imports: ImportRef[];
  /** Dynamic imports whose specifier is not a string literal (cannot be checked). */
  opaqueImports: number[];
  /** Lines that use the `chrome` or `browser` extension globals. */
  extensionGlobals: { name: string; line: number }[];
}

/** Every import, re-export, dynamic import and require of one file, plus extension globals. */
export function parseFile(path: string, text: string): ParsedFile {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
  const parsed: ParsedFile = { imports: [], opaqueImports: [], extensionGlobals: [] };
  const add = (specifier: string, node: ts.Node, typeOnly: boolean, kind: ImportRef['kind']) =>
    parsed.imports.push({ specifier, line: lineOf(source, node), typeOnly, kind });

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const specifier = stringValue(node.moduleSpecifier);
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!named &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      if (specifier !== undefined) add(specifier, node, typeOnly, 'import');
    } else if (ts.isExportDeclaration(node)) {
      const specifier = stringValue(node.moduleSpecifier);
      if (specifier !== undefined) add(specifier, node, node.isTypeOnly, 'export');
    } else if (ts.isImportEqualsDeclaration(node)) {
      const reference = node.moduleReference;
      if (ts.isExternalModuleReference(reference)) {
        const specifier = stringValue(reference.expression);
        if (specifier !== undefined) add(specifier, node, node.isTypeOnly, 'require');
      }
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      const specifier = ts.isLiteralTypeNode(argument) ? stringValue(argument.literal) : undefined;
      if (specifier !== undefined) add(specifier, node, true, 'import-type');
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) {
        const specifier = stringValue(node.arguments[0]);
        if (specifier !== undefined) {
          add(specifier, node, false, isDynamicImport ? 'dynamic' : 'require');
        } else if (isDynamicImport) {
          parsed.opaqueImports.push(lineOf(source, node));
        }
      }
    } else if (ts.isIdentifier(node) && (node.text === 'chrome' || node.text === 'browser')) {
      const parent = node.parent;
      // `chrome.x`, `chrome['x']`, `chrome?.x`, or `chrome` passed around; not `x.chrome`
      // (unless x is a global object) and not a declaration or property name.
      const usedAsObject =
        (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
        (ts.isElementAccessExpression(parent) && parent.expression === node);
      const viaGlobalObject =
        ts.isPropertyAccessExpression(parent) &&
        parent.name === node &&
        ts.isIdentifier(parent.expression) &&
        ['globalThis', 'window', 'self'].includes(parent.expression.text);
      if (usedAsObject || viaGlobalObject) {
        parsed.extensionGlobals.push({ name: node.text, line: lineOf(source, node) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parsed;
}

export type Resolved =
  { kind: 'file'; path: string } | { kind: 'package'; name: string } | { kind: 'unresolved' };

/** Where an import points: a project file, an npm package (or node builtin), or nowhere. */
export function resolveImport(
  from: string,
  specifier: string,
  known: ReadonlySet<string>,
): Resolved {
  const bare = specifier.replace(/[?#].*$/, '');
  let base: string | undefined;
  if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..') {
    base = posix.normalize(posix.join(posix.dirname(from), bare));
  } else if (/^(@@|~~|@|~)\//.test(bare)) {
    // WXT's aliases for the source directory, which is the project root here.
    base = posix.normalize(bare.replace(/^(@@|~~|@|~)\//, ''));
  } else if (bare.startsWith('/')) {
    base = posix.normalize(bare.slice(1));
  }
  if (base === undefined) {
    const parts = bare.split('/');
    const name = bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
    return { kind: 'package', name };
  }
  const withoutJs = base.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [
    base,
    ...CODE_EXTENSIONS.map((ext) => base + ext),
    ...CODE_EXTENSIONS.map((ext) => withoutJs + ext),
    ...CODE_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  const found = candidates.find((candidate) => known.has(candidate));
  return found ? { kind: 'file', path: found } : { kind: 'unresolved' };
}

function packageAllowed(name: string, list: readonly string[] | 'any'): boolean {
  return list === 'any' || list.includes(name);
}

const COMPONENT_BANS: [RegExp, string][] = [
  [/^yjs$|^y-|^lib0$/, 'components never touch Yjs; take plain values from lib/model or props'],
];

const NODE_BUILTINS = new Set(builtinModules);

function isNodeBuiltin(name: string): boolean {
  return name.startsWith('node:') || NODE_BUILTINS.has(name);
}

export interface Report {
  fileCount: number;
  violations: string[];
  cycles: string[][];
  /** Import graph among project code files, for the test's own sanity checks. */
  edges: Map<string, Set<string>>;
}

export interface CheckOptions {
  /** Entrypoint files allowed over ENTRYPOINT_MAX_LINES, with their ceiling. */
  sizeTolerance?: Readonly<Record<string, number>>;
}

/** Entrypoint files over the size limit, and tolerance entries that are no longer needed. */
function sizeViolations(file: ProjectFile, tolerance: Readonly<Record<string, number>>): string[] {
  if (layerOf(file.path) !== 'entrypoints') return [];
  const lines = lineCount(file.text);
  const ceiling = tolerance[file.path];
  if (ceiling === undefined) {
    return lines > ENTRYPOINT_MAX_LINES
      ? [
          `${file.path} has ${lines} lines: entrypoint files stay under ${ENTRYPOINT_MAX_LINES}; move its logic into lib/state or components/`,
        ]
      : [];
  }
  if (lines > ceiling) {
    return [
      `${file.path} has ${lines} lines, more than the ${ceiling} it is tolerated at: it may only shrink`,
    ];
  }
  if (lines <= ENTRYPOINT_MAX_LINES) {
    return [
      `${file.path} has ${lines} lines, under ${ENTRYPOINT_MAX_LINES}: remove it from ENTRYPOINT_SIZE_TOLERANCE`,
    ];
  }
  return [];
}

/** Applies the layer rules and the entrypoint size rule, and looks for import cycles. */
export function checkArchitecture(
  files: readonly ProjectFile[],
  otherPaths: readonly string[] = [],
  { sizeTolerance = ENTRYPOINT_SIZE_TOLERANCE }: CheckOptions = {},
): Report {
  const known = new Set([...files.map((f) => f.path), ...otherPaths]);
  const codePaths = new Set(files.map((f) => f.path));
  const violations: string[] = [];
  const edges = new Map<string, Set<string>>();

  for (const file of files) {
    const layer = layerOf(file.path);
    const rule = layer === 'tests' || layer === 'other' ? undefined : RULES[layer];
    const parsed = parseFile(file.path, file.text);
    const out = new Set<string>();
    edges.set(file.path, out);
    const nodeOnly = NODE_ONLY_FILES[file.path];
    violations.push(...sizeViolations(file, sizeTolerance));

    for (const line of rule?.allowOpaqueImports ? [] : parsed.opaqueImports) {
      violations.push(
        `${file.path}:${line} has a dynamic import() whose specifier is not a string literal, so its layer cannot be checked`,
      );
    }
    if (rule?.noExtensionGlobals) {
      for (const use of parsed.extensionGlobals) {
        violations.push(
          `${file.path}:${use.line} uses the \`${use.name}\` extension global: ${layer} must not call extension APIs`,
        );
      }
    }

    for (const ref of parsed.imports) {
      const where = `${file.path}:${ref.line} imports '${ref.specifier}'`;
      const target = resolveImport(file.path, ref.specifier, known);
      if (target.kind === 'unresolved') {
        violations.push(`${where}, which does not resolve to a project file`);
        continue;
      }
      if (target.kind === 'file') {
        if (codePaths.has(target.path)) out.add(target.path);
        const targetLayer = layerOf(target.path);
        if (!isCodeFile(target.path)) continue; // a stylesheet or other asset
        if (targetLayer === 'tests') {
          violations.push(`${where}: project code never imports from tests/`);
          continue;
        }
        if (targetLayer === 'entrypoints' && layer !== 'entrypoints') {
          violations.push(`${where}: nothing imports from entrypoints/ except entrypoints`);
          continue;
        }
        // Node-only files may use each other: none of them reaches the extension bundle.
        if (NODE_ONLY_FILES[target.path] && layer !== 'scripts' && layer !== 'tests' && !nodeOnly) {
          violations.push(
            `${where}: ${target.path} runs only in Node (${NODE_ONLY_FILES[target.path]!.why}); only scripts/ and tests/ import it`,
          );
          continue;
        }
        if (!rule) continue;
        const allowed =
          rule.layers.includes(targetLayer) ||
          (ref.typeOnly && (rule.typeOnlyLayers ?? []).includes(targetLayer));
        if (!allowed) {
          const typeOnlyNote = (rule.typeOnlyLayers ?? []).includes(targetLayer)
            ? ` (${targetLayer} only with \`import type\`)`
            : '';
          violations.push(
            `${where} (layer ${targetLayer}): ${layer} may import only ${rule.layers.join(', ')}${typeOnlyNote}`,
          );
        }
        continue;
      }
      if (!rule) continue;
      const name = target.name;
      if (layer === 'components') {
        const ban = COMPONENT_BANS.find(([pattern]) => pattern.test(name));
        if (ban) {
          violations.push(`${where}: ${ban[1]}`);
          continue;
        }
      }
      if (rule.noExtensionGlobals && EXTENSION_API_PACKAGES.test(name)) {
        violations.push(
          `${where}: ${layer} must not call extension APIs; entrypoints or lib/extension wire those in`,
        );
        continue;
      }
      if (nodeOnly?.packages.includes(name)) continue;
      if (rule.packages !== 'any' && isNodeBuiltin(name)) {
        violations.push(
          `${where}: ${layer} runs in the extension, where Node built-ins do not exist`,
        );
        continue;
      }
      const allowed =
        packageAllowed(name, rule.packages) ||
        (ref.typeOnly && (rule.typeOnlyPackages ?? []).includes(name));
      if (!allowed) {
        const list = rule.packages === 'any' ? [] : rule.packages;
        const typeOnly = rule.typeOnlyPackages?.length
          ? ` (and ${rule.typeOnlyPackages.join(', ')} with \`import type\`)`
          : '';
        const allowedText = list.length
          ? `only the packages ${list.join(', ')}${typeOnly}`
          : `no package${typeOnly}${layer === 'lib' ? ' until its folder gets a layer of its own in RULES' : ''}`;
        violations.push(`${where}: ${layer} may import ${allowedText}`);
      }
    }
  }

  return { fileCount: files.length, violations, cycles: findCycles(edges), edges };
}

/** One cycle per strongly connected component, as a path that returns to its start. */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const connect = (node: string) => {
    indices.set(node, index);
    lowlink.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        lowlink.set(node, Math.min(lowlink.get(node)!, lowlink.get(next)!));
      } else if (onStack.has(next)) {
        lowlink.set(node, Math.min(lowlink.get(node)!, indices.get(next)!));
      }
    }
    if (lowlink.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = edges.get(node)?.has(node) ?? false;
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...edges.keys()].sort()) if (!indices.has(node)) connect(node);

  return components.map((component) => {
    const members = new Set(component);
    const start = [...component].sort()[0]!;
    // Breadth-first search back to `start` inside the component gives a shortest cycle.
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of [...(edges.get(node) ?? [])].sort()) {
        if (!members.has(next)) continue;
        if (next === start) {
          const path = [start];
          for (let at: string | undefined = node; at !== start && at; at = previous.get(at)) {
            path.splice(1, 0, at);
          }
          return [...path, start];
        }
        if (!previous.has(next)) {
          previous.set(next, node);
          queue.push(next);
        }
      }
    }
    return [...component, component[0]!];
  });
}

const SCANNED_DIRS = ['entrypoints', 'components', 'lib', 'scripts', 'web'];
const ASSET_DIRS = ['public', 'assets'];
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', 'tests']);

/** Reads every file under the scanned folders of the project at `root`. */
export function loadProject(root: string): { files: ProjectFile[]; otherPaths: string[] } {
  const files: ProjectFile[] = [];
  const otherPaths: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
      const path = posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isCodeFile(path) && !path.endsWith('.d.ts')) {
        files.push({ path, text: readFileSync(join(root, path), 'utf8') });
      } else otherPaths.push(path);
    }
  };
  for (const dir of SCANNED_DIRS) {
    try {
      walk(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  // Static assets can be imported (as URLs) but are not checked themselves.
  for (const dir of ASSET_DIRS) {
    try {
      const before = files.length;
      walk(dir);
      for (const asset of files.splice(before)) otherPaths.push(asset.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return { files, otherPaths };
}
