import { LOG_KINDS, LOG_KIND_LABELS, type LogKind } from '../../lib/model/log-entry';

export interface FilterState {
  query: string;
  kind: LogKind | '';
  partnerText: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: FilterState = {
  query: '',
  kind: '',
  partnerText: '',
  from: '',
  to: '',
};

interface Props {
  value: FilterState;
  onChange: (value: FilterState) => void;
  partnerOptions: string[];
}

/** Search, kind, partner and date range for the global timeline. */
export function TimelineFilters({ value, onChange, partnerOptions }: Props) {
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  const active = value.kind || value.partnerText || value.from || value.to;
  return (
    <div class="log-filters">
      <input
        type="search"
        class="search"
        aria-label="Search log"
        placeholder="Search titles, notes, decisions"
        value={value.query}
        onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
      />
      <details class="filter-details" open={Boolean(active)}>
        <summary>Filters{active ? ' (on)' : ''}</summary>
        <div class="filter-grid">
          <label>
            Kind
            <select
              value={value.kind}
              onChange={(e) =>
                set({ kind: (e.currentTarget as HTMLSelectElement).value as LogKind | '' })
              }
            >
              <option value="">All kinds</option>
              {LOG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {LOG_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Partner
            <input
              list="log-filter-partners"
              value={value.partnerText}
              placeholder="Any partner"
              onInput={(e) => set({ partnerText: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <datalist id="log-filter-partners">
            {partnerOptions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <label>
            From
            <input
              type="date"
              value={value.from}
              onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={value.to}
              onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
        </div>
        {active && (
          <button
            type="button"
            class="button link"
            onClick={() => onChange({ ...EMPTY_FILTERS, query: value.query })}
          >
            Clear filters
          </button>
        )}
      </details>
    </div>
  );
}
