import { t } from '../../lib/i18n';
import type { LogEntry } from '../../lib/model/log-entry';
import { VirtualList } from '../common/VirtualList';
import { focusKey } from '../common/screen-focus';
import { entrySummary, kindIcon } from './format';

export const ENTRY_ROW_HEIGHT = 60;

interface RowProps {
  entry: LogEntry;
  labelId: string;
  partnerNames: string[];
  onOpen: (id: string) => void;
}

export function EntryRow({ entry, labelId, partnerNames, onOpen }: RowProps) {
  return (
    <button
      type="button"
      class="row-button log-row"
      {...focusKey(`entry:${entry.id}`)}
      onClick={() => onOpen(entry.id)}
    >
      <span class={`kind-badge kind-${entry.kind}`} aria-hidden="true">
        {kindIcon(entry.kind)}
      </span>
      <span class="row-text">
        <span class="row-title" id={labelId}>
          {entry.title}
        </span>
        <span class="row-detail">{entrySummary(entry, partnerNames)}</span>
      </span>
      {entry.agenda.length > 0 && (
        <span class="tag" title={t('log.row.agendaItems')}>
          {t('log.row.itemCount', { count: entry.agenda.length })}
        </span>
      )}
    </button>
  );
}

interface ListProps {
  /** Index items newest first; only the rows in view are read in full. */
  entries: readonly { id: string }[];
  getEntry: (id: string) => LogEntry | undefined;
  label: string;
  partnerName: (id: string) => string | undefined;
  onOpen: (id: string) => void;
}

/** A virtualised timeline: 100,000 entries cost what 30 do. */
export function EntryList({ entries, getEntry, label, partnerName, onOpen }: ListProps) {
  return (
    <VirtualList
      items={entries as { id: string }[]}
      rowHeight={ENTRY_ROW_HEIGHT}
      label={label}
      getKey={(item) => item.id}
      renderRow={(item, labelId) => {
        const entry = getEntry(item.id);
        if (!entry) return <span id={labelId}>{t('log.row.unreadable')}</span>;
        return (
          <EntryRow
            entry={entry}
            labelId={labelId}
            partnerNames={entry.partnerIds
              .map(partnerName)
              .filter((name): name is string => Boolean(name))}
            onOpen={onOpen}
          />
        );
      }}
    />
  );
}
