/**
 * The groups of a school's community a partner belongs to, for inclusion coverage ("is every
 * group being reached?"). Stored as a code in the partner's `stakeholderGroup` field. Partners
 * written before the codes existed may hold free text there: it stays readable (shown as typed)
 * and is never rewritten unless someone picks a group.
 */
export const STAKEHOLDER_GROUPS = [
  'families',
  'businesses',
  'nonprofits',
  'government',
  'higher-education',
  'community-faith',
  'libraries-culture',
  'health-social',
  'students-youth',
  'other',
] as const;

export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const isStakeholderGroup = (value: unknown): value is StakeholderGroup =>
  typeof value === 'string' && (STAKEHOLDER_GROUPS as readonly string[]).includes(value);

/** What a stored value means: one of the codes, free text from before the codes, or nothing. */
export type StakeholderGroupValue =
  { type: 'group'; group: StakeholderGroup } | { type: 'text'; text: string } | { type: 'none' };

export function readStakeholderGroup(stored: string | undefined): StakeholderGroupValue {
  const text = stored?.trim();
  if (!text) return { type: 'none' };
  return isStakeholderGroup(text) ? { type: 'group', group: text } : { type: 'text', text };
}
