/**
 * Reading values out of schema.org nodes: json-ld, microdata and rdfa all hand over plain
 * JSON-LD-like objects, where any property may be a string, a number, a node or a list of them.
 */
import { asArray, cleanValueText, LIMITS, resolveUrl } from '../util';

export type SchemaNode = Record<string, unknown>;

/** The node's @type strings as written ("Course", "http://schema.org/Hotel"). */
export function declaredTypes(node: SchemaNode): string[] {
  return asArray(node['@type'] as unknown).filter((t): t is string => typeof t === 'string');
}

/** Local type names, lower case: "http://schema.org/Hotel" -> "hotel", "schema:NGO" -> "ngo". */
export function typeNames(node: SchemaNode): string[] {
  const out: string[] = [];
  for (const t of asArray(node['@type'] as unknown)) {
    if (typeof t !== 'string') continue;
    for (const part of t.trim().split(/\s+/)) {
      const local = part.replace(/^.*[/#:]/, '').toLowerCase();
      if (local) out.push(local);
    }
  }
  return out;
}

/** Plain string of a value: strings, numbers, {@value}, {name}. */
export function str(v: unknown, max: number = LIMITS.text): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return cleanValueText(String(v), max);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x, max);
      if (s) return s;
    }
    return '';
  }
  if (typeof v === 'object') {
    const o = v as SchemaNode;
    if (o['@value'] != null) return str(o['@value'], max);
    if (o.name != null) return str(o.name, max);
  }
  return '';
}

/** A web address written without its scheme ("twitch.tv/illojuan", "www.club.org"): a host
 * whose last label is a top-level domain, not a file's extension. */
const SCHEMELESS_SITE =
  /^(?:[a-z0-9-]+\.)+(?!(?:html?|php|aspx?|jsp|cfm)(?:[/?#]|$))[a-z]{2,24}(?:[/?#]|$)/i;

/** Absolute URL of a value: a string, or a node's url / contentUrl / @id / @value. */
export function urlOf(v: unknown, base: string): string {
  if (v == null) return '';
  if (typeof v === 'string') {
    const t = v.trim();
    // structured data states addresses whole: one without a scheme is a site, not a path
    return resolveUrl(SCHEMELESS_SITE.test(t) ? `https://${t}` : t, base);
  }
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = urlOf(x, base);
      if (s) return s;
    }
    return '';
  }
  if (typeof v === 'object') {
    const o = v as SchemaNode;
    return (
      urlOf(o.url, base) ||
      urlOf(o.contentUrl, base) ||
      urlOf(o['@id'], base) ||
      urlOf(o['@value'], base)
    );
  }
  return '';
}

/** The nodes among a value (one node or a list); strings and numbers are left out. */
export function objects(v: unknown): SchemaNode[] {
  return asArray(v as unknown).filter(
    (x): x is SchemaNode => !!x && typeof x === 'object' && !Array.isArray(x),
  );
}
