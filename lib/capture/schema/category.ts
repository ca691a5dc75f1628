/** What kind of thing a schema.org node is, from its types. */
import type { EntityType } from '../types';
import {
  OFFERED_SERVICE_TYPES,
  ORG_SUFFIX,
  ORG_TYPES,
  PERSON_TYPES,
  PLACE_TYPES,
  SITE_TYPES,
} from '../data/schema-vocabulary';

export type Category = EntityType | 'Site' | 'Work' | 'None';

/**
 * A node with several types takes the one that best names a partner: an organisation before an
 * event, person or place; the site or a creative work only when nothing else is said.
 */
const CATEGORY_RANK: Record<Category, number> = {
  Organization: 6,
  Event: 5,
  Person: 4,
  Place: 3,
  Site: 2,
  Work: 1,
  Other: 0,
  None: -1,
};

function categoryOfType(t: string): Category {
  if (ORG_TYPES.has(t)) return 'Organization';
  // a Service is something offered (its provider is the business), unlike FinancialService & co.
  if (OFFERED_SERVICE_TYPES.has(t)) return 'Work';
  if (PERSON_TYPES.has(t)) return 'Person';
  if (t === 'event' || t.endsWith('event') || t === 'festival' || t === 'eventseries')
    return 'Event';
  if (PLACE_TYPES.has(t)) return 'Place';
  if (SITE_TYPES.has(t)) return 'Site';
  if (ORG_SUFFIX.test(t)) return 'Organization';
  return 'Work';
}

export function categoryOf(types: string[]): Category {
  let cat: Category = 'None';
  for (const t of types) {
    const c = categoryOfType(t);
    if (CATEGORY_RANK[c] > CATEGORY_RANK[cat]) cat = c;
  }
  return cat;
}
