/** The entity's name and the other names it goes by. */
import type { Candidate, CaptureSource } from '../../types';
import { LIMITS } from '../../util';
import { ALTERNATE_NAME_DISCOUNT, discounted, type Found } from '../confidence';
import { objects, str, typeNames, type SchemaNode } from '../values';

/** name, else legalName, else a person's given, additional and family names. */
export function entityName(node: SchemaNode): string {
  return (
    str(node.name, LIMITS.name) ||
    str(node.legalName, LIMITS.name) ||
    [str(node.givenName), str(node.additionalName), str(node.familyName)].filter(Boolean).join(' ')
  );
}

export function nameCandidates(node: SchemaNode, name: string, found: Found): Candidate[] {
  const out: Candidate[] = [];
  if (name) out.push({ field: 'name', value: name, ...found });
  const alt = str(node.alternateName, LIMITS.name);
  if (alt) out.push({ field: 'name', value: alt, ...discounted(found, ALTERNATE_NAME_DISCOUNT) });
  return out;
}

/** A WebSite node's name (top-level or a page's isPartOf) is the site naming itself, as
 * og:site_name does: just under it, and above a page heading repeated in the title (0.65). */
const SITE_NODE_NAME = 0.7;

/** With no entity, the site's own name from a WebSite node ("Lunch Menu" page, isPartOf school). */
export function siteNameWithoutEntity(roots: SchemaNode[], source: CaptureSource): Candidate[] {
  for (const r of roots) {
    const nodes = [r, ...objects(r.isPartOf)];
    for (const n of nodes) {
      if (!typeNames(n).includes('website')) continue;
      const name = str(n.name, LIMITS.name);
      if (name) return [{ field: 'name', value: name, source, confidence: SITE_NODE_NAME }];
    }
  }
  return [];
}
