/**
 * Shared schema.org vocabulary handling for the json-ld, microdata and rdfa rules: all three turn
 * their markup into plain JSON-LD-like nodes and call `schemaCandidates`. Picking the entity lives
 * in schema/entity.ts, reading each field in schema/fields/, the confidences in schema/confidence.ts.
 */
import type { Candidate, CaptureSource, PageContext } from './types';
import { onPlatform, pickEntity } from './schema/entity';
import { entityConfidence, type Found } from './schema/confidence';
import { entityName, nameCandidates, siteNameWithoutEntity } from './schema/fields/name';
import { readHost } from './host';
import { kindCandidate, typeCandidates } from './schema/fields/type';
import {
  descriptionCandidates,
  descriptionsWithoutEntity,
  siteDescriptionCandidates,
} from './schema/fields/description';
import { urlAndSocialCandidates } from './schema/fields/url';
import { logoCandidates } from './schema/fields/logo';
import { contactCandidates } from './schema/fields/contact';
import { addressCandidates } from './schema/fields/address';
import { peopleCandidates } from './schema/fields/people';
import type { SchemaNode } from './schema/values';

export type { SchemaNode } from './schema/values';

/** Map the page's schema.org entity (picked among `roots`) to candidates, field by field. */
export function schemaCandidates(
  roots: SchemaNode[],
  ctx: PageContext,
  source: CaptureSource,
  syntaxConfidence: number,
): Candidate[] {
  const picked = pickEntity(roots, ctx);
  if (!picked)
    return [
      ...descriptionsWithoutEntity(roots, source),
      // on a page about someone else (host.ts) the site's name is the platform's
      ...(readHost(ctx).hosted ? [] : siteNameWithoutEntity(roots, source)),
    ];
  const { node, cat } = picked;
  const found: Found = { source, confidence: entityConfidence(picked.score, syntaxConfidence) };
  const name = entityName(node);
  return [
    ...nameCandidates(node, name, found),
    // (on a platform, a work's author is its creator, not a person publishing their own site)
    ...typeCandidates(cat, name, roots, readHost(ctx).hosted || onPlatform(ctx), found),
    ...kindCandidate(node, cat, found),
    ...descriptionCandidates(node, found),
    ...urlAndSocialCandidates(node, ctx, found),
    ...logoCandidates(node, ctx, found, roots),
    ...contactCandidates(node, found),
    ...addressCandidates(node, cat, found, picked.byId),
    ...peopleCandidates(node, cat, name, found),
    ...siteDescriptionCandidates(roots, node, found),
  ];
}
