import type { PartnershipHealth } from '../../lib/model/health';
import type { PartnerRowData } from '../../lib/model/partner';
import { partnerRowTexts, type RowContact } from './partner-row-texts';
import { PartnerRowView } from './PartnerRowView';

export { PARTNER_ROW_HEIGHT } from './PartnerRowView';

interface Props {
  partner: PartnerRowData;
  peopleCount: number;
  labelId: string;
  onOpen: (id: string) => void;
  /** From the contact log: when the partner was last contacted and whether contact is overdue. */
  contact?: RowContact | undefined;
  /** The partnership's health: beyond contact (shown already), what makes it worth watching. */
  health?: PartnershipHealth | undefined;
}

/** One partner in the list; the whole row opens the partner's page. */
export function PartnerRow({ partner, peopleCount, labelId, onOpen, contact, health }: Props) {
  return (
    <PartnerRowView
      id={partner.id}
      name={partner.name}
      logo={partner.logo}
      texts={partnerRowTexts(partner, peopleCount, contact, health)}
      labelId={labelId}
      onOpen={onOpen}
    />
  );
}
