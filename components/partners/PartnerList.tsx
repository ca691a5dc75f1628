import { t } from '../../lib/i18n';
import type { PartnershipHealth } from '../../lib/model/health';
import type { Partner } from '../../lib/model/partner';
import { VirtualList } from '../common/VirtualList';
import { PARTNER_ROW_HEIGHT, PartnerRow } from './PartnerRow';

interface Props {
  partners: Partner[];
  peopleCounts: Map<string, number>;
  onOpen: (id: string) => void;
  contactOf?: ((partner: Partner) => { lastContact?: string; overdue: boolean }) | undefined;
  healthOf?: ((partner: Partner) => PartnershipHealth | undefined) | undefined;
}

export function PartnerList({ partners, peopleCounts, onOpen, contactOf, healthOf }: Props) {
  return (
    <VirtualList
      items={partners}
      rowHeight={PARTNER_ROW_HEIGHT}
      label={t('partners.list.heading')}
      getKey={(partner) => partner.id}
      renderRow={(partner, labelId) => (
        <PartnerRow
          partner={partner}
          labelId={labelId}
          peopleCount={peopleCounts.get(partner.id) ?? 0}
          onOpen={onOpen}
          contact={contactOf?.(partner)}
          health={healthOf?.(partner)}
        />
      )}
    />
  );
}
