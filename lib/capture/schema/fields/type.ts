/** Whether the entity is an organisation, a person, a place or an event, and what kind of partner. */
import type { Candidate, EntityType, OrgKind } from '../../types';
import { squash } from '../../util';
import { ORG_WORDS } from '../../data/org-words';
import { BUSINESS_SUFFIX, KIND_HINT_OF_TYPE, KIND_OF_TYPE } from '../../data/schema-vocabulary';
import { categoryOf, type Category } from '../category';
import type { Found } from '../confidence';
import { objects, str, typeNames, type SchemaNode } from '../values';

/** Properties only a person has, in schema.org and FOAF. */
const PERSON_PROPS: ReadonlySet<string> = new Set([
  'givenname',
  'familyname',
  'additionalname',
  'birthdate',
  'birthplace',
  'nationality',
  'jobtitle',
  'gender',
  'honorificprefix',
  'alumniof',
  'worksfor',
  'knows',
  'nick',
  'mbox',
  'firstname',
  'surname',
]);

function entityType(
  cat: Category,
  name: string,
  roots: SchemaNode[],
  hosted: boolean,
): EntityType | undefined {
  // a platform types every channel or account a Person: one whose name says it is a body
  // ("ONE Media", "Harbour Records") is an organisation's
  if (cat === 'Person' && hosted && ORG_WORDS.test(name)) return 'Organization';
  if (cat === 'Person' || cat === 'Place' || cat === 'Event') return cat;
  // an untyped item that has a person's properties (a given name, a nationality, a job title)
  if (
    cat === 'None' &&
    roots.some((r) => Object.keys(r).some((k) => PERSON_PROPS.has(k.toLowerCase())))
  )
    return 'Person';
  // A site published by its own author (e.g. Jekyll's publisher = author) is a person's site;
  // a wire's release "written" by the company that issued it (host.ts) is not.
  if (name && !hosted) {
    for (const r of roots) {
      for (const a of objects(r.author)) {
        if (categoryOf(typeNames(a)) === 'Person' && squash(str(a.name)) === squash(name))
          return 'Person';
      }
    }
  }
  // an untyped item ("<span property="foaf:name">Jerry Smith</span>") says nothing of what it
  // is: the page's kind reading (rules/kind.ts) decides
  return cat === 'None' ? undefined : 'Organization';
}

export function typeCandidates(
  cat: Category,
  name: string,
  roots: SchemaNode[],
  hosted: boolean,
  found: Found,
): Candidate[] {
  const type = entityType(cat, name, roots, hosted);
  return type ? [{ field: 'type', value: type, ...found }] : [];
}

/**
 * The partner kind the entity's own types state. Of several types ("Organization NGO") the one
 * that names a kind wins; `nonprofitStatus` is the vocabulary's other way of saying "nonprofit".
 * Generic types (EducationalOrganization, LocalBusiness) only hint, see KIND_HINT_OF_TYPE.
 */
export function kindCandidate(node: SchemaNode, cat: Category, found: Found): Candidate[] {
  if (cat === 'Person') return [];
  const types = typeNames(node);
  let kind: OrgKind | undefined;
  for (const t of types) kind ??= KIND_OF_TYPE.get(t);
  if (!kind && str(node.nonprofitStatus)) kind = 'nonprofit';
  if (!kind && cat === 'Organization') {
    for (const t of types)
      if (!KIND_HINT_OF_TYPE.has(t) && BUSINESS_SUFFIX.test(t)) kind ??= 'business';
  }
  if (kind) return [{ field: 'kind', value: kind, ...found }];
  for (const t of types) kind ??= KIND_HINT_OF_TYPE.get(t);
  return kind ? [{ field: 'kind', value: kind, generic: true, ...found }] : [];
}
