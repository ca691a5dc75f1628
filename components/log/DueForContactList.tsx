import type { ContactStatus } from '../../lib/model/cadence';
import { VirtualList } from '../common/VirtualList';
import { formatDay, t } from '../../lib/i18n';

export const DUE_ROW_HEIGHT = 60;

interface Props {
  statuses: ContactStatus[];
  /** The list's accessible name. */
  label: string;
  onOpen: (partnerId: string) => void;
  onLog: (partnerId: string) => void;
}

export function contactLine(status: ContactStatus): string {
  const over = !status.overdue
    ? t('log.due.dueIn', { days: Math.max(0, -status.daysOverdue) })
    : Number.isFinite(status.daysOverdue)
      ? t('log.due.daysOverdue', { days: status.daysOverdue })
      : t('log.due.overdue');
  const last = status.lastContact
    ? t('log.due.lastContact', {
        day: formatDay(status.lastContact.slice(0, 10), { weekday: true }),
      })
    : t('log.due.never');
  return `${over} · ${last} · ${t('log.due.every', { days: status.cadenceDays })}`;
}

/** Partners and where they stand with contact (overdue ones, or ones not contacted yet). */
export function DueForContactList({ statuses, label, onOpen, onLog }: Props) {
  return (
    <VirtualList
      items={statuses}
      rowHeight={DUE_ROW_HEIGHT}
      label={label}
      getKey={(s) => s.partnerId}
      renderRow={(status, labelId) => (
        <div class="due-row">
          <button type="button" class="row-button" onClick={() => onOpen(status.partnerId)}>
            <span
              class={status.overdue ? 'overdue-dot' : 'overdue-dot upcoming'}
              aria-hidden="true"
            />
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
            aria-label={t('log.due.logWith', { name: status.name })}
            onClick={() => onLog(status.partnerId)}
          >
            {t('log.due.log')}
          </button>
        </div>
      )}
    />
  );
}
