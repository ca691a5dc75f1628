/** The entity's name and the other names it goes by. */
import type { Candidate } from '../../types';
import { LIMITS } from '../../util';
import { ALTERNATE_NAME_DISCOUNT, discounted, type Found } from '../confidence';
import { str, type SchemaNode } from '../values';

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
