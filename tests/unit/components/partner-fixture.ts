import { DEFAULT_CADENCE_DAYS, type Partner } from '../../../lib/model/partner';

/** A valid Partner with every list empty; its id is its name in kebab case unless given. */
export function partner(overrides: Partial<Partner> & { name: string }): Partner {
  return {
    id: overrides.name.toLowerCase().replace(/\W+/g, '-'),
    kind: 'other',
    emails: [],
    phones: [],
    socials: [],
    tags: [],
    cadenceDays: DEFAULT_CADENCE_DAYS,
    createdAt: 0,
    archived: false,
    ...overrides,
  };
}
