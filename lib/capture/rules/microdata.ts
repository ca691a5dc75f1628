/** Rule: schema.org microdata (itemscope / itemtype / itemprop), nested items included. */
import type { Candidate, PageContext } from '../types';
import { schemaCandidates, type SchemaNode } from '../schema';
import { attr, resolveUrl, tagName, textWithBreaks } from '../util';
import { elementsWithAttribute } from '../page-elements';

/** Microdata is explicit too, but woven into the visible markup, where templates leave stray itemprops more often than in JSON-LD. */
const SYNTAX_CONFIDENCE = 0.93;

const URL_ATTR: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  EMBED: 'src',
  IFRAME: 'src',
  TRACK: 'src',
  OBJECT: 'data',
};

function propValue(el: Element, base: string): string {
  const tag = tagName(el);
  if (el.hasAttribute('content')) return attr(el, 'content');
  const ua = URL_ATTR[tag];
  if (ua) {
    const raw = attr(el, ua);
    const href = raw.trim();
    if (/^(mailto|tel):/i.test(href)) return href;
    return resolveUrl(href, base) || '';
  }
  if (tag === 'META') return attr(el, 'content');
  if (tag === 'TIME' && el.hasAttribute('datetime')) return attr(el, 'datetime');
  if (tag === 'DATA' || tag === 'METER') return attr(el, 'value');
  return textWithBreaks(el);
}

function readItem(item: Element, base: string, depth: number, seen: Set<Element>): SchemaNode {
  const node: SchemaNode = {};
  const type = attr(item, 'itemtype');
  if (type) node['@type'] = type.trim().split(/\s+/);
  const id = attr(item, 'itemid');
  if (id) node['@id'] = id;
  seen.add(item);
  const add = (k: string, v: unknown): void => {
    const cur = node[k];
    if (cur === undefined) node[k] = v;
    else if (Array.isArray(cur)) cur.push(v);
    else node[k] = [cur, v];
  };
  // Walk descendants, stopping at nested items.
  const stack: Element[] = Array.from(item.children).reverse();
  let visited = 0;
  while (stack.length && visited < 5000) {
    const el = stack.pop()!;
    visited++;
    const props = attr(el, 'itemprop').trim();
    const isItem = el.hasAttribute('itemscope');
    if (props) {
      const value =
        isItem && depth < 8 && !seen.has(el)
          ? readItem(el, base, depth + 1, seen)
          : propValue(el, base);
      for (const p of props.split(/\s+/)) add(p.replace(/^.*[/#]/, ''), value);
    }
    if (!isItem) {
      const kids = el.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return node;
}

export function microdataNodes(doc: Document, base: string): SchemaNode[] {
  const out: SchemaNode[] = [];
  const seen = new Set<Element>();
  for (const el of elementsWithAttribute(doc, 'itemscope')) {
    if (out.length > 100) break;
    // nested: read through its parent; an itemprop with no item around it is a stray one, and
    // its item stands on its own
    if (el.hasAttribute('itemprop') && el.parentElement?.closest('[itemscope]')) continue;
    out.push(readItem(el, base, 0, seen));
  }
  return out;
}

export function microdataRule(ctx: PageContext): Candidate[] {
  const nodes = microdataNodes(ctx.doc, ctx.base);
  if (!nodes.length) return [];
  return schemaCandidates(nodes, ctx, 'microdata', SYNTAX_CONFIDENCE);
}
