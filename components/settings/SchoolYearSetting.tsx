import { formatMonth, t } from '../../lib/i18n';

interface Props {
  /** The first month of the school year, 1–12. */
  month: number;
  onChange: (month: number) => void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const monthName = (month: number) =>
  formatMonth(`2000-${String(month).padStart(2, '0')}`, { year: false, long: true });

/** Settings → workspace: the month the school year starts in (contribution totals use it). */
export function SchoolYearSetting({ month, onChange }: Props) {
  return (
    <div class="form">
      <div class="field">
        <label for="school-year-start">{t('value.schoolYear.label')}</label>
        <p id="school-year-hint" class="hint">
          {t('value.schoolYear.hint')}
        </p>
        <select
          id="school-year-start"
          value={String(month)}
          aria-describedby="school-year-hint"
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        >
          {MONTHS.map((value) => (
            <option key={value} value={String(value)}>
              {monthName(value)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
