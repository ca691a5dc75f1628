/** The entity's logo. */
import type { Candidate, PageContext } from '../../types';
import type { Found } from '../confidence';
import { objects, urlOf, type SchemaNode } from '../values';

/** A file that is an image by its name (an @id used as the logo must look like one). */
const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|avif|ico)(?:[?#]|$)/i;

export function logoCandidates(
  node: SchemaNode,
  ctx: PageContext,
  found: Found,
  roots: SchemaNode[] = [],
): Candidate[] {
  const logo = logoUrl(node.logo, ctx, roots);
  return logo ? [{ field: 'logo', value: logo, ...found }] : [];
}

/** The logo's file: a URL, an ImageObject's url/contentUrl, or the ImageObject another node of the
 * page gives under the referenced @id ({"@id": "#logo"} as graph builders write it); a bare
 * reference that names no image file is not one. */
function logoUrl(v: unknown, ctx: PageContext, roots: SchemaNode[]): string {
  if (typeof v === 'string' || Array.isArray(v)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      const u = typeof x === 'string' ? urlOf(x, ctx.base) : logoUrl(x, ctx, roots);
      if (u) return u;
    }
    return '';
  }
  const [o] = objects(v);
  if (!o) return '';
  const direct = urlOf(o.url, ctx.base) || urlOf(o.contentUrl, ctx.base);
  if (direct) return direct;
  const id = o['@id'];
  if (typeof id !== 'string') return urlOf(o['@value'], ctx.base);
  for (const r of roots) {
    const found = findById(r, id, 0);
    if (found && found !== o) {
      const u = urlOf(found.url, ctx.base) || urlOf(found.contentUrl, ctx.base);
      if (u) return u;
    }
  }
  const self = urlOf(id, ctx.base);
  return IMAGE_FILE.test(self) ? self : '';
}

/** The node with this @id (carrying more than the id) within a root, a few levels deep. */
function findById(n: SchemaNode, id: string, depth: number): SchemaNode | undefined {
  if (n['@id'] === id && (n.url != null || n.contentUrl != null)) return n;
  if (depth >= 3) return undefined;
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('@') && k !== '@graph') continue;
    for (const c of objects(v)) {
      const hit = findById(c, id, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}
