/** Rule: RDFa / RDFa Lite with the schema.org vocabulary (vocab, typeof, property, prefix schema:). */
import type { Candidate, PageContext } from '../types';
import { schemaCandidates, type SchemaNode } from '../schema';
import { attr, resolveUrl, tagName, textWithBreaks } from '../util';
import { elementsWithAttribute } from '../page-elements';

/** RDFa is explicit markup woven into the page, like microdata. */
const SYNTAX_CONFIDENCE = 0.93;

const SCHEMA_RE = /^(https?:\/\/schema\.org\/?|schema:)/i;

function local(term: string, prefixes: Map<string, string>): string {
  if (SCHEMA_RE.test(term)) return term.replace(SCHEMA_RE, '');
  const m = /^([a-z][\w-]*):(.+)$/i.exec(term);
  if (m) {
    const ns = prefixes.get(m[1]!.toLowerCase());
    if (ns && SCHEMA_RE.test(ns)) return m[2]!;
    if (/^https?:$/.test(m[1]! + ':')) return term.replace(/^.*[/#]/, '');
    return m[1]!.toLowerCase() === 'og' ? '' : m[2]!;
  }
  return term.replace(/^.*[/#]/, '');
}

function value(el: Element, base: string): string {
  if (el.hasAttribute('content')) return attr(el, 'content');
  if (el.hasAttribute('href')) {
    const h = attr(el, 'href').trim();
    return /^(mailto|tel):/i.test(h) ? h : resolveUrl(h, base);
  }
  if (el.hasAttribute('resource')) {
    const r = attr(el, 'resource').trim();
    return /^(mailto|tel):/i.test(r) ? r : resolveUrl(r, base);
  }
  if (el.hasAttribute('src')) return resolveUrl(attr(el, 'src'), base);
  if (tagName(el) === 'TIME' && el.hasAttribute('datetime')) return attr(el, 'datetime');
  return textWithBreaks(el);
}

function readPrefixes(el: Element, into: Map<string, string>): Map<string, string> {
  const p = attr(el, 'prefix');
  if (!p) return into;
  const m = new Map(into);
  const re = /([a-z][\w-]*):\s+(\S+)/gi;
  let r: RegExpExecArray | null;
  while ((r = re.exec(p))) m.set(r[1]!.toLowerCase(), r[2]!);
  return m;
}

/** The prefixes in force at an element: read from the root down, the nearest declaration wins. */
function prefixesAt(el: Element): Map<string, string> {
  const chain: Element[] = [];
  for (let p: Element | null = el; p; p = p.parentElement) chain.push(p);
  let prefixes = new Map<string, string>();
  for (const p of chain.reverse()) prefixes = readPrefixes(p, prefixes);
  return prefixes;
}

function readNode(
  el: Element,
  base: string,
  prefixes: Map<string, string>,
  depth: number,
): SchemaNode {
  const node: SchemaNode = {};
  const t = attr(el, 'typeof').trim();
  if (t)
    node['@type'] = t
      .split(/\s+/)
      .map((x) => local(x, prefixes))
      .filter(Boolean);
  const res = attr(el, 'resource') || attr(el, 'about');
  if (res) node['@id'] = res;
  const add = (k: string, v: unknown): void => {
    if (!k) return;
    const cur = node[k];
    if (cur === undefined) node[k] = v;
    else if (Array.isArray(cur)) cur.push(v);
    else node[k] = [cur, v];
  };
  // properties on the typed element itself that also carry a value (e.g. <a typeof property href>)
  const stack: [Element, Map<string, string>][] = Array.from(el.children)
    .reverse()
    .map((c) => [c, prefixes] as [Element, Map<string, string>]);
  let visited = 0;
  while (stack.length && visited < 5000) {
    const [c, px0] = stack.pop()!;
    visited++;
    const px = readPrefixes(c, px0);
    const props = (attr(c, 'property') || attr(c, 'rel')).trim();
    const typed = c.hasAttribute('typeof');
    if (props) {
      const v = typed && depth < 8 ? readNode(c, base, px, depth + 1) : value(c, base);
      for (const p of props.split(/\s+/)) add(local(p, px), v);
    }
    if (!typed) {
      const kids = c.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, px]);
    }
  }
  return node;
}

export function rdfaNodes(doc: Document, base: string): SchemaNode[] {
  const out: SchemaNode[] = [];
  const typed = elementsWithAttribute(doc, 'typeof');
  for (const el of typed) {
    if (out.length > 100) break;
    // nested typed nodes with a property are read through their parent
    if (el.hasAttribute('property') || el.hasAttribute('rel')) {
      let p = el.parentElement;
      let nested = false;
      while (p) {
        if (p.hasAttribute('typeof')) {
          nested = true;
          break;
        }
        p = p.parentElement;
      }
      if (nested) continue;
    }
    out.push(readNode(el, base, prefixesAt(el), 0));
  }
  const page = pageSubject(doc, base);
  if (page) out.push(page);
  return out;
}

/** Properties read for the page's own subject: at most this many elements are looked at. */
const PAGE_PROPERTY_ELEMENTS = 200;

/**
 * The schema.org names of the FOAF, W3C contact and vCard terms a person's page uses
 * ("contact:city", "foaf:phone", "vcard:street-address"), so the fields read them as they read
 * schema.org's. Applied only to terms outside schema.org.
 */
const OTHER_VOCABULARY: Readonly<Record<string, string>> = {
  city: 'addressLocality',
  locality: 'addressLocality',
  street: 'streetAddress',
  'street-address': 'streetAddress',
  postalcode: 'postalCode',
  'postal-code': 'postalCode',
  region: 'addressRegion',
  country: 'addressCountry',
  'country-name': 'addressCountry',
  phone: 'telephone',
  tel: 'telephone',
  mbox: 'email',
  homepage: 'url',
  fn: 'name',
};

function pageTerm(term: string, prefixes: Map<string, string>): string {
  const k = local(term, prefixes);
  const schema = SCHEMA_RE.test(term) || SCHEMA_RE.test(prefixes.get(term.split(':')[0]!) ?? '');
  return (!schema && OTHER_VOCABULARY[k.toLowerCase()]) || k;
}

/** A value's element carries its object itself (an address, a resource, a source). */
function carriesObject(el: Element): boolean {
  return ['href', 'resource', 'src', 'content'].some((a) => el.hasAttribute(a));
}

/**
 * Properties in the body outside any typed element describe the page's own subject (RDFa's
 * default subject: "<span property="foaf:name">Jerry Smith</span>" on his page). Read as one
 * untyped node, kept only when it names something. A `rel` with its object (`resource`, `href`)
 * adds that object ("<span rel="foaf:phone" resource="tel:…">"); a hanging `rel` without one
 * makes a node of the properties inside it ("<p rel="contact:address">93 Rose Ave <a
 * property="contact:city">Adelaide</a></p>"), whose text before them is the street.
 */
function pageSubject(doc: Document, base: string): SchemaNode | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const node: SchemaNode = {};
  const inner = new Set<Element>();
  let n = 0;
  for (const el of Array.from(body.querySelectorAll('[property], [rel*=":"]'))) {
    if (n++ >= PAGE_PROPERTY_ELEMENTS) break;
    if (inner.has(el) || el.closest('[typeof]')) continue;
    const prefixes = prefixesAt(el);
    const prop = attr(el, 'property').trim();
    // (a rel without a prefix is HTML's own: stylesheet, nofollow, me)
    const rel = prop ? '' : attr(el, 'rel').trim();
    let v: unknown;
    if (rel && !carriesObject(el)) {
      const held = hangingNode(el, base, prefixes);
      for (const h of held.inner) inner.add(h);
      if (!Object.keys(held.node).length) continue;
      v = held.node;
    } else v = value(el, base);
    for (const term of (prop || rel).split(/\s+/)) {
      const k = pageTerm(term, prefixes);
      if (k && node[k] === undefined) node[k] = v;
    }
  }
  return typeof node.name === 'string' && node.name.trim() ? node : undefined;
}

/** The node a hanging rel makes of the properties inside it, and the elements it read. */
function hangingNode(
  el: Element,
  base: string,
  prefixes: Map<string, string>,
): { node: SchemaNode; inner: Element[] } {
  const node: SchemaNode = {};
  const inner = Array.from(el.querySelectorAll('[property]')).slice(0, 20);
  for (const p of inner)
    for (const term of attr(p, 'property').trim().split(/\s+/)) {
      const k = pageTerm(term, readPrefixes(p, prefixes));
      // a property's text is its value here, not the page it links to ("Adelaide" on Wikipedia)
      if (k && node[k] === undefined) node[k] = textWithBreaks(p).trim() || value(p, base);
    }
  if (inner.length && node.streetAddress === undefined) {
    const first = inner[0]!;
    let lead = '';
    for (let c = el.firstChild; c && !c.contains(first) && c !== first; c = c.nextSibling)
      lead += c.textContent ?? '';
    lead = lead.replace(/\s+/g, ' ').trim();
    if (lead && lead.length <= 100) node.streetAddress = lead;
  }
  return { node, inner };
}

export function rdfaRule(ctx: PageContext): Candidate[] {
  const nodes = rdfaNodes(ctx.doc, ctx.base);
  if (!nodes.length) return [];
  return schemaCandidates(nodes, ctx, 'rdfa', SYNTAX_CONFIDENCE);
}
