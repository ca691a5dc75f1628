import { t, type MessageKey } from '../../lib/i18n';
import { TIMELINE_SHOWS, type TimelineShow } from '../../lib/model/timeline';

const LABELS: Record<TimelineShow, MessageKey> = {
  all: 'timeline.show.all',
  contacts: 'timeline.show.contacts',
  accountability: 'timeline.show.accountability',
  value: 'timeline.show.value',
};

interface Props {
  id: string;
  value: TimelineShow;
  onChange: (show: TimelineShow) => void;
}

/** `Show`: every row, contacts only, accountability records or value records. */
export function ShowFilter({ id, value, onChange }: Props) {
  return (
    <div class="timeline-show">
      <label for={id}>{t('timeline.show')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) =>
          onChange((event.currentTarget as HTMLSelectElement).value as TimelineShow)
        }
      >
        {TIMELINE_SHOWS.map((show) => (
          <option key={show} value={show}>
            {t(LABELS[show])}
          </option>
        ))}
      </select>
    </div>
  );
}
