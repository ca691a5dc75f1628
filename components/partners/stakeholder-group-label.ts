import { t, type MessageKey } from '../../lib/i18n';
import { readStakeholderGroup, type StakeholderGroup } from '../../lib/model/stakeholder-group';

/** Catalogue keys for the stakeholder group codes: the model keeps only the code. */
const GROUP_KEYS: Record<StakeholderGroup, MessageKey> = {
  families: 'value.group.families',
  businesses: 'value.group.businesses',
  nonprofits: 'value.group.nonprofits',
  government: 'value.group.government',
  'higher-education': 'value.group.higherEducation',
  'community-faith': 'value.group.communityFaith',
  'libraries-culture': 'value.group.librariesCulture',
  'health-social': 'value.group.healthSocial',
  'students-youth': 'value.group.studentsYouth',
  other: 'value.group.other',
};

export const stakeholderGroupName = (group: StakeholderGroup) => t(GROUP_KEYS[group]);

/** The stored value as people read it: the group's name, older free text as typed, or ''. */
export function stakeholderGroupLabel(stored: string | undefined): string {
  const value = readStakeholderGroup(stored);
  if (value.type === 'group') return stakeholderGroupName(value.group);
  return value.type === 'text' ? value.text : '';
}
