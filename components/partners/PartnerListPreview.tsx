import { t } from '../../lib/i18n';
import type { FirstView } from '../../lib/model/first-view';
import { VirtualList } from '../common/VirtualList';
import { PARTNER_ROW_HEIGHT, PartnerRow } from './PartnerRow';

interface Props {
  view: FirstView;
  /** A row was chosen before the workspace had loaded: open it once it has. */
  onOpen: (id: string) => void;
}

/**
 * The partners list as it was last shown, painted while the workspace doc loads (see
 * lib/model/first-view.ts). The same rows as the live list, so nothing jumps when it arrives.
 */
export function PartnerListPreview({ view, onOpen }: Props) {
  return (
    <div class="first-view" aria-busy="true">
      <p class="first-view-status" role="status">
        {t('partners.preview.opening')}
      </p>
      <p class="muted small">{t('partners.list.count', { count: view.total })}</p>
      <VirtualList
        items={view.rows}
        rowHeight={PARTNER_ROW_HEIGHT}
        label={t('partners.list.heading')}
        getKey={(row) => row.partner.id}
        renderRow={(row, labelId) => (
          <PartnerRow
            partner={row.partner}
            labelId={labelId}
            peopleCount={row.peopleCount}
            onOpen={onOpen}
            contact={row.contact}
            health={row.health}
          />
        )}
      />
    </div>
  );
}
