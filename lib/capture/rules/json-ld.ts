/** Rule: schema.org JSON-LD (`<script type="application/ld+json">`), tolerant of broken JSON. */
import type { Candidate, PageContext } from '../types';
import { schemaCandidates, type SchemaNode } from '../schema';
import { elementsByTag } from '../page-elements';

/** JSON-LD is written for machines on purpose: the surest source a page has. */
const SYNTAX_CONFIDENCE = 0.95;

const MAX_SCRIPT = 2_000_000;
const MAX_DEPTH = 64;

/** Parse JSON, then retry with lenient repairs; never throws. */
export function parseLenientJson(raw: string): unknown {
  if (!raw || raw.length > MAX_SCRIPT) return undefined;
  let s = raw.trim();
  const attempt = (t: string): unknown => {
    try {
      return JSON.parse(t);
    } catch {
      return undefined;
    }
  };
  let v = attempt(s);
  if (v !== undefined) return v;
  s = s
    .replace(/^\s*<!\[CDATA\[/, '')
    .replace(/\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>\s*$/, '')
    .trim();
  v = attempt(s);
  if (v !== undefined) return v;
  // Strip comments outside strings, trailing commas, raw control characters in strings.
  let out = '';
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (inStr) {
      if (ch === '\\') {
        out += ch + (s[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inStr = false;
      if (ch === '\n' || ch === '\r' || ch === '\t') {
        out += ch === '\t' ? '\\t' : '\\n';
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '"') {
      inStr = true;
      out += ch;
      continue;
    }
    if (ch === '/' && s[i + 1] === '/') {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl - 1;
      continue;
    }
    if (ch === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
      continue;
    }
    out += ch;
  }
  out = out.replace(/,\s*([}\]])/g, '$1');
  v = attempt(out);
  if (v !== undefined) return v;
  // Several objects back to back, or a missing closing bracket.
  v = attempt('[' + out.replace(/}\s*{/g, '},{') + ']');
  if (v !== undefined) return v;
  for (const suffix of ['}', '}}', ']}', '}]}', '}}}']) {
    v = attempt(out + suffix);
    if (v !== undefined) return v;
  }
  return undefined;
}

function depthOk(v: unknown, d = 0): boolean {
  if (d > MAX_DEPTH) return false;
  if (Array.isArray(v)) return v.every((x) => depthOk(x, d + 1));
  if (v && typeof v === 'object') return Object.values(v).every((x) => depthOk(x, d + 1));
  return true;
}

/**
 * JSON-LD 1.1 contexts may alias the keywords ("type": "Event", "id": …, as Artsdata and some
 * generators write): read them as @type and @id where the node has none. schema.org has no
 * properties of those names.
 */
function aliasKeywords(v: unknown, d = 0): void {
  if (d > MAX_DEPTH || !v || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) aliasKeywords(x, d + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  if (o['@type'] === undefined && (typeof o.type === 'string' || Array.isArray(o.type)))
    o['@type'] = o.type;
  if (o['@id'] === undefined && typeof o.id === 'string') o['@id'] = o.id;
  for (const x of Object.values(o)) aliasKeywords(x, d + 1);
}

/** Top-level nodes: arrays and @graph are flattened. */
export function jsonLdNodes(doc: Document): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  for (const el of elementsByTag(doc, 'SCRIPT')) {
    if (!el.hasAttribute('type')) continue;
    const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
    if (!type.startsWith('application/ld+json')) continue;
    const data = parseLenientJson(el.textContent ?? '');
    if (data === undefined || !depthOk(data)) continue;
    aliasKeywords(data);
    const push = (v: unknown, d: number): void => {
      if (d > 3 || nodes.length > 200) return;
      if (Array.isArray(v)) {
        for (const x of v) push(x, d + 1);
        return;
      }
      if (!v || typeof v !== 'object') return;
      const o = v as SchemaNode;
      if (Array.isArray(o['@graph'])) {
        push(o['@graph'], d + 1);
        if (!o['@type']) return;
      }
      nodes.push(o);
    };
    push(data, 0);
  }
  return nodes;
}

export function jsonLdRule(ctx: PageContext): Candidate[] {
  const nodes = jsonLdNodes(ctx.doc);
  if (!nodes.length) return [];
  return schemaCandidates(nodes, ctx, 'json-ld', SYNTAX_CONFIDENCE);
}
