/** People at the entity: employees, members, founders and named contact points. */
import type { Candidate } from '../../types';
import { LIMITS, normaliseEmail } from '../../util';
import { categoryOf, type Category } from '../category';
import type { Found } from '../confidence';
import { objects, str, typeNames, type SchemaNode } from '../values';

const PEOPLE_KEYS = [
  'employee',
  'employees',
  'member',
  'members',
  'founder',
  'founders',
  'contactPoint',
];

export function peopleCandidates(
  node: SchemaNode,
  cat: Category,
  name: string,
  found: Found,
): Candidate[] {
  const out: Candidate[] = [];
  for (const key of PEOPLE_KEYS) {
    for (const p of objects(node[key])) {
      if (categoryOf(typeNames(p)) !== 'Person') continue;
      const pn =
        str(p.name, LIMITS.name) || [str(p.givenName), str(p.familyName)].filter(Boolean).join(' ');
      if (!pn) continue;
      const role =
        str(p.jobTitle, 200) ||
        str(p.roleName, 200) ||
        (key.startsWith('founder') ? 'Founder' : '');
      const email = normaliseEmail(str(p.email, 300));
      const phone = str(p.telephone, 60);
      out.push({
        field: 'people',
        value: {
          name: pn,
          ...(role ? { role } : {}),
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
        },
        ...found,
      });
    }
  }
  // The page's person with a job title is also a person record.
  if (cat === 'Person' && node.jobTitle && name) {
    const role = str(node.jobTitle, 200);
    out.push({ field: 'people', value: { name, ...(role ? { role } : {}) }, ...found });
  }
  return out;
}
