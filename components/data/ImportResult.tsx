import { t } from '../../lib/i18n';
import type { ImportSummary, RowError } from '../../lib/model/import-plan';
import { downloadTextFile } from '../common/download-file';
import { rowErrorsCsv, rowErrorText } from './import-texts';
import { PREVIEW_LIMIT } from './ImportPreview';

interface Props {
  summary: ImportSummary;
  errors: readonly RowError[];
  /** Whether a snapshot was taken before the import. */
  safety: boolean;
}

/** What the import did, and which rows it left out and why. */
export function ImportResult({ summary, errors, safety }: Props) {
  return (
    <div role="status" class="import-result">
      <p>
        <strong>{t('data.result.imported', { count: summary.rowsImported })}</strong>
      </p>
      <p>
        {t('data.result.details', {
          added: summary.partnersAdded,
          merged: summary.partnersMerged,
          people: summary.peopleAdded,
        })}
      </p>
      {summary.rowsSkipped > 0 && <p>{t('data.result.skipped', { count: summary.rowsSkipped })}</p>}
      {!safety && <p>{t('data.result.noSafety')}</p>}
      <p class="muted small">{t('data.result.undo')}</p>
      {errors.length > 0 && (
        <>
          <p>{t('data.result.errors', { count: errors.length })}</p>
          <ul class="import-errors">
            {errors.slice(0, PREVIEW_LIMIT).map((error) => (
              <li key={error.rowNumber}>{rowErrorText(error)}</li>
            ))}
          </ul>
          {errors.length > PREVIEW_LIMIT && (
            <p class="muted small">
              {t('data.preview.more', { count: errors.length - PREVIEW_LIMIT })}
            </p>
          )}
          <button
            type="button"
            class="button"
            onClick={() =>
              downloadTextFile(t('data.errorsFile.name'), rowErrorsCsv(errors), 'text/csv')
            }
          >
            {t('data.result.downloadErrors')}
          </button>
        </>
      )}
    </div>
  );
}
