/** The entity's description, and the site's as a fallback. */
import type { Candidate, CaptureSource } from '../../types';
import { LIMITS } from '../../util';
import { categoryOf } from '../category';
import {
  discounted,
  SITE_DESCRIPTION_DISCOUNT,
  SITE_DESCRIPTION_WITHOUT_ENTITY,
  type Found,
} from '../confidence';
import { str, typeNames, type SchemaNode } from '../values';

export function descriptionCandidates(node: SchemaNode, found: Found): Candidate[] {
  const desc = str(node.description, LIMITS.description);
  return desc ? [{ field: 'description', value: desc, ...found }] : [];
}

/** A WebSite node's description beside the entity: a site-wide "about" line. */
export function siteDescriptionCandidates(
  roots: SchemaNode[],
  entity: SchemaNode,
  found: Found,
): Candidate[] {
  const out: Candidate[] = [];
  for (const r of roots) {
    if (r === entity) continue;
    if (categoryOf(typeNames(r)) === 'Site' && typeNames(r).includes('website')) {
      const d = str(r.description, LIMITS.description);
      if (d) {
        out.push({
          field: 'description',
          value: d,
          ...discounted(found, SITE_DESCRIPTION_DISCOUNT),
        });
      }
    }
  }
  return out;
}

/** No entity, but a site or page node may still say what the site is. */
export function descriptionsWithoutEntity(roots: SchemaNode[], source: CaptureSource): Candidate[] {
  const out: Candidate[] = [];
  for (const r of roots) {
    if (categoryOf(typeNames(r)) !== 'Site') continue;
    const d = str(r.description, LIMITS.description);
    if (d) {
      out.push({
        field: 'description',
        value: d,
        source,
        confidence: SITE_DESCRIPTION_WITHOUT_ENTITY,
      });
    }
  }
  return out;
}
