import type { ComponentChildren } from 'preact';
import { isRecordEvent, sectionOf, type RecordEvent } from '../../lib/model/timeline';
import type { LogEntry } from '../../lib/model/log-entry';
import { t } from '../../lib/i18n';
import { VirtualList } from '../common/VirtualList';
import { focusKey } from '../common/screen-focus';
import { EntryRow, ENTRY_ROW_HEIGHT } from '../log/EntryRow';
import { entryDate } from '../log/format';
import { recordBadge, recordKindLabel, recordTitle } from './record-text';

interface RowProps {
  event: RecordEvent;
  labelId: string;
  /** The partner's name, where the list mixes partners (the Log's search). */
  partnerName?: string | undefined;
  onOpen: (event: RecordEvent) => void;
}

/** One accountability or value record on a timeline: kind badge, what happened, kind and date. */
export function RecordRow({ event, labelId, partnerName, onOpen }: RowProps) {
  return (
    <button
      type="button"
      class="row-button log-row"
      {...focusKey(`record:${event.id}`)}
      onClick={() => onOpen(event)}
    >
      <span class={`kind-badge record-${sectionOf(event)}`} aria-hidden="true">
        {recordBadge(event)}
      </span>
      <span class="row-text">
        <span class="row-title" id={labelId}>
          {recordTitle(event)}
        </span>
        <span class="row-detail">
          {[recordKindLabel(event), entryDate(event.date), partnerName].filter(Boolean).join(' · ')}
        </span>
      </span>
    </button>
  );
}

interface ListProps<R extends RecordEvent> {
  /** Log index items and record events, newest first; only the rows in view are drawn. */
  items: readonly ({ id: string } | R)[];
  getEntry: (id: string) => LogEntry | undefined;
  label: string;
  partnerName: (id: string) => string | undefined;
  onOpenEntry: (id: string) => void;
  onOpenRecord: (event: R) => void;
  /** The partner a record row names (the Log's search); none on a partner's own page. */
  recordPartner?: (event: R) => string | undefined;
  /** After the last row (earlier school years to load). */
  footer?: ComponentChildren;
}

/** A virtualised timeline of contacts and records: thousands of rows cost what 30 do. */
export function TimelineList<R extends RecordEvent>(props: ListProps<R>) {
  const { getEntry, partnerName } = props;
  return (
    <VirtualList
      items={props.items as ({ id: string } | R)[]}
      rowHeight={ENTRY_ROW_HEIGHT}
      label={props.label}
      getKey={(item) => item.id}
      footer={props.footer}
      renderRow={(item, labelId) => {
        if (isRecordEvent(item)) {
          const event = item as R;
          return (
            <RecordRow
              event={event}
              labelId={labelId}
              partnerName={props.recordPartner?.(event)}
              onOpen={() => props.onOpenRecord(event)}
            />
          );
        }
        const entry = getEntry(item.id);
        if (!entry) return <span id={labelId}>{t('log.row.unreadable')}</span>;
        return (
          <EntryRow
            entry={entry}
            labelId={labelId}
            partnerNames={entry.partnerIds
              .map(partnerName)
              .filter((name): name is string => Boolean(name))}
            onOpen={props.onOpenEntry}
          />
        );
      }}
    />
  );
}
