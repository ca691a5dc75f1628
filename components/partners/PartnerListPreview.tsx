import type { FirstView } from '../../lib/model/first-view';
import { VirtualList } from '../common/VirtualList';
import { PARTNER_ROW_HEIGHT, PartnerRowView } from './PartnerRowView';

interface Props {
  view: FirstView;
  /** A row was chosen before the workspace had loaded: open it once it has. */
  onOpen: (id: string) => void;
}

/**
 * The partners list as it was last shown, painted while the panel's code and the workspace doc
 * load (lib/model/first-view.ts). The same rows as the live list, from the texts kept then: no
 * catalogue, no schema, so it can be drawn by the panel's smallest chunk.
 */
export function PartnerListPreview({ view, onOpen }: Props) {
  return (
    <div class="first-view" aria-busy="true" lang={view.lang}>
      <p class="first-view-status" role="status">
        {view.texts.status}
      </p>
      <p class="muted small">{view.texts.count}</p>
      <VirtualList
        items={view.rows}
        rowHeight={PARTNER_ROW_HEIGHT}
        label={view.texts.list}
        getKey={(row) => row.id}
        renderRow={(row, labelId) => (
          <PartnerRowView
            id={row.id}
            name={row.name}
            logo={row.logo}
            texts={row.texts}
            labelId={labelId}
            onOpen={onOpen}
          />
        )}
      />
    </div>
  );
}
