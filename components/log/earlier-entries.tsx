import { t } from '../../lib/i18n';
import { EarlierYears, type Earlier, type EarlierYearsTexts } from '../common/EarlierYears';

const ENTRY_TEXTS: EarlierYearsTexts = {
  notLoaded: (count) => t('log.years.notLoaded', { count }),
  show: (year) => t('log.years.show', { year }),
  loading: (year) => t('log.years.loading', { year }),
  failed: (year, reason) => t('log.years.failed', { year, reason }),
};

/** The log's end when older school years are not loaded: "Show entries from 2024–25". */
export function EarlierEntries({ earlier }: { earlier: Earlier }) {
  return <EarlierYears earlier={earlier} texts={ENTRY_TEXTS} />;
}
