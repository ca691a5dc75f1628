/** Emails and phone numbers on the entity and its contact points. */
import type { Candidate } from '../../types';
import { asArray, LIMITS, normaliseEmail } from '../../util';
import { emailIsNamed } from '../../person-name';
import { categoryOf } from '../category';
import type { Found } from '../confidence';
import { objects, str, typeNames, type SchemaNode } from '../values';

const PHONE_KEYS = ['telephone', 'phone'];

export function contactCandidates(node: SchemaNode, found: Found): Candidate[] {
  const out: Candidate[] = [];
  const contacts = [node, ...objects(node.contactPoint), ...objects(node.contactPoints)];
  for (const n of contacts) {
    // a contact point that is a person keeps the address named after them (see fields/people.ts)
    const person =
      n !== node && categoryOf(typeNames(n)) === 'Person' ? str(n.name, LIMITS.name) : '';
    for (const e of asArray(n.email as unknown)) {
      const em = normaliseEmail(str(e, 300));
      if (em && !(person && emailIsNamed(em, person)))
        out.push({ field: 'emails', value: em, ...found });
    }
    for (const k of PHONE_KEYS) {
      for (const p of asArray(n[k] as unknown)) {
        const ph = str(p, 60).replace(/^tel:/i, '');
        // fewer than six digits is a label or an extension, not a number ("+33 1 42 68 53 00"
        // is written in pairs)
        if ((ph.match(/\d/g) ?? []).length >= 6) out.push({ field: 'phones', value: ph, ...found });
      }
    }
  }
  return out;
}
