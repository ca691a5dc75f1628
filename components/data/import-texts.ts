import { t, type MessageKey } from '../../lib/i18n';
import { toCsvText } from '../../lib/model/csv-cells';
import type { ImportField } from '../../lib/model/csv-mapping';
import type { ExistingMatch, RowError, RowProblem } from '../../lib/model/import-plan';

/** The import's codes (fields, problems, match reasons) worded in the interface language. */

const REASON_KEYS: Record<ExistingMatch['reason'], MessageKey> = {
  domain: 'data.reason.domain',
  'email-domain': 'data.reason.emailDomain',
  name: 'data.reason.name',
};

export function reasonText(reason: ExistingMatch['reason']): string {
  return t(REASON_KEYS[reason]);
}

export function fieldLabel(field: ImportField): string {
  return t(`data.field.${field}`);
}

export function problemText(problem: RowProblem): string {
  return t(`data.problem.${problem.code}`, { value: problem.value ?? '' });
}

/** "Row 4: not an email address: denise@eastside" */
export function rowErrorText(error: RowError): string {
  return t('data.rowError', {
    row: error.rowNumber,
    problems: error.problems.map(problemText).join('; '),
  });
}

/** The left-out rows as a CSV file: row number and reasons, in the interface language. */
export function rowErrorsCsv(errors: readonly RowError[]): string {
  return toCsvText(
    [t('data.errorsFile.row'), t('data.errorsFile.problems')],
    errors.map((error) => [String(error.rowNumber), error.problems.map(problemText).join('; ')]),
  );
}
