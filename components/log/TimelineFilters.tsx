import { t } from '../../lib/i18n';
import { LOG_KINDS, type LogKind } from '../../lib/model/log-entry';
import { kindLabel } from './format';

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
        aria-label={t('log.filters.search')}
        placeholder={t('log.filters.searchPlaceholder')}
        value={value.query}
        onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
      />
      <details class="filter-details" open={Boolean(active)}>
        <summary>{active ? t('log.filters.summaryOn') : t('log.filters.summary')}</summary>
        <div class="filter-grid">
          <label>
            {t('log.filters.kind')}
            <select
              value={value.kind}
              onChange={(e) =>
                set({ kind: (e.currentTarget as HTMLSelectElement).value as LogKind | '' })
              }
            >
              <option value="">{t('log.filters.allKinds')}</option>
              {LOG_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('log.filters.partner')}
            <input
              list="log-filter-partners"
              value={value.partnerText}
              placeholder={t('log.filters.anyPartner')}
              onInput={(e) => set({ partnerText: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <datalist id="log-filter-partners">
            {partnerOptions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <label>
            {t('log.filters.from')}
            <input
              type="date"
              value={value.from}
              onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label>
            {t('log.filters.to')}
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
            {t('log.filters.clear')}
          </button>
        )}
      </details>
    </div>
  );
}
