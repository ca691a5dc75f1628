/** Whether the entity is an organisation, a person, a place or an event. */
import type { Candidate, EntityType } from '../../types';
import { squash } from '../../util';
import { categoryOf, type Category } from '../category';
import type { Found } from '../confidence';
import { objects, str, typeNames, type SchemaNode } from '../values';

function entityType(cat: Category, name: string, roots: SchemaNode[]): EntityType {
  if (cat === 'Person' || cat === 'Place' || cat === 'Event') return cat;
  // A site published by its own author (e.g. Jekyll's publisher = author) is a person's site.
  if (name) {
    for (const r of roots) {
      for (const a of objects(r.author)) {
        if (categoryOf(typeNames(a)) === 'Person' && squash(str(a.name)) === squash(name))
          return 'Person';
      }
    }
  }
  return 'Organization';
}

export function typeCandidate(
  cat: Category,
  name: string,
  roots: SchemaNode[],
  found: Found,
): Candidate {
  return { field: 'type', value: entityType(cat, name, roots), ...found };
}
