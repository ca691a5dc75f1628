import { locale, t } from '../../lib/i18n';
import { FIRST_VIEW_ROWS, type FirstView } from '../../lib/model/first-view';
import type { PartnershipHealth } from '../../lib/model/health';
import type { Partner } from '../../lib/model/partner';
import { partnerRowTexts, type RowContact } from './partner-row-texts';

export interface FirstViewSources {
  /** In list order. */
  partners: readonly Partner[];
  peopleCount: (partnerId: string) => number;
  contactOf?: ((partner: Partner) => RowContact | undefined) | undefined;
  healthOf?: ((partner: Partner) => PartnershipHealth | undefined) | undefined;
}

/** The picture of the list's first screen as it is shown now (lib/model/first-view.ts). */
export function firstViewPicture(sources: FirstViewSources): FirstView {
  const rows = sources.partners.slice(0, FIRST_VIEW_ROWS).map((partner) => ({
    id: partner.id,
    name: partner.name,
    ...(partner.logo ? { logo: partner.logo } : {}),
    texts: partnerRowTexts(
      partner,
      sources.peopleCount(partner.id),
      sources.contactOf?.(partner),
      sources.healthOf?.(partner),
    ),
  }));
  return {
    version: 2,
    lang: locale.value,
    total: sources.partners.length,
    texts: {
      status: t('partners.preview.opening'),
      count: t('partners.list.count', { count: sources.partners.length }),
      list: t('partners.list.heading'),
    },
    rows,
  };
}
