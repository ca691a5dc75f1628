import type { ContactStatus } from '../../lib/model/cadence';
import { VirtualList } from '../common/VirtualList';
import { formatDay } from '../../lib/model/days';

export const DUE_ROW_HEIGHT = 60;

interface Props {
  statuses: ContactStatus[];
  onOpen: (partnerId: string) => void;
  onLog: (partnerId: string) => void;
}

export function contactLine(status: ContactStatus): string {
  const over = Number.isFinite(status.daysOverdue)
    ? `${status.daysOverdue} ${status.daysOverdue === 1 ? 'day' : 'days'} overdue`
    : 'Overdue';
  const last = status.lastContact
    ? `last contact ${formatDay(status.lastContact.slice(0, 10))}`
    : 'never contacted';
  return `${over} · ${last} · every ${status.cadenceDays} days`;
}

/** Partners overdue for contact, most overdue first. */
export function DueForContactList({ statuses, onOpen, onLog }: Props) {
  return (
    <VirtualList
      items={statuses}
      rowHeight={DUE_ROW_HEIGHT}
      label="Due for contact"
      getKey={(s) => s.partnerId}
      renderRow={(status, labelId) => (
        <div class="due-row">
          <button type="button" class="row-button" onClick={() => onOpen(status.partnerId)}>
            <span class="overdue-dot" aria-hidden="true" />
            <span class="row-text">
              <span class="row-title" id={labelId}>
                {status.name}
              </span>
              <span class="row-detail">{contactLine(status)}</span>
            </span>
          </button>
          <button
            type="button"
            class="button small"
            aria-label={`Log contact with ${status.name}`}
            onClick={() => onLog(status.partnerId)}
          >
            Log
          </button>
        </div>
      )}
    />
  );
}
