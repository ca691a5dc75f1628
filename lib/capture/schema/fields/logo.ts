/** The entity's logo. */
import type { Candidate, PageContext } from '../../types';
import type { Found } from '../confidence';
import { urlOf, type SchemaNode } from '../values';

export function logoCandidates(node: SchemaNode, ctx: PageContext, found: Found): Candidate[] {
  const logo = urlOf(node.logo, ctx.base);
  return logo ? [{ field: 'logo', value: logo, ...found }] : [];
}
