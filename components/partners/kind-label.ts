import { t, type MessageKey } from '../../lib/i18n';
import type { PartnerKind } from '../../lib/model/partner';

/** Each kind's catalogue key: the model keeps only the code. */
const KIND_KEYS: Record<PartnerKind, MessageKey> = {
  school: 'partners.kind.school',
  district: 'partners.kind.district',
  business: 'partners.kind.business',
  nonprofit: 'partners.kind.nonprofit',
  government: 'partners.kind.government',
  'higher-ed': 'partners.kind.higherEd',
  library: 'partners.kind.library',
  faith: 'partners.kind.faith',
  'community-group': 'partners.kind.communityGroup',
  'family-group': 'partners.kind.familyGroup',
  other: 'partners.kind.other',
};

/** A partner kind's name in the interface language. */
export function kindLabel(kind: PartnerKind): string {
  return t(KIND_KEYS[kind]);
}
