import { t } from '../../lib/i18n';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../lib/model/csv-mapping';
import type { CsvTable } from '../../lib/model/csv-table';
import { fieldLabel } from './import-texts';

interface Props {
  table: CsvTable;
  mapping: ColumnMapping;
  onField: (column: number, field: ImportField) => void;
}

/** The first filled value of a column in the first rows, to help say what it holds. */
function sampleOf(table: CsvTable, column: number): string {
  for (const row of table.rows.slice(0, 20)) {
    const value = row.cells[column]?.trim();
    if (value) return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  }
  return '';
}

/** One select per column: what it holds, guessed from its name and editable. */
export function ImportMapping({ table, mapping, onField }: Props) {
  return (
    <fieldset class="fieldset import-mapping">
      <legend>{t('data.mapping.title')}</legend>
      <p class="muted small">{t('data.mapping.hint')}</p>
      {table.header.map((name, column) => {
        const sample = sampleOf(table, column);
        const id = `import-column-${column}`;
        return (
          <div class="field" key={`${column}-${name}`}>
            <label for={id}>{name}</label>
            <select
              id={id}
              aria-describedby={`${id}-sample`}
              value={mapping[column] ?? 'ignore'}
              onChange={(e) => onField(column, e.currentTarget.value as ImportField)}
            >
              {IMPORT_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {fieldLabel(field)}
                </option>
              ))}
            </select>
            <p class="hint" id={`${id}-sample`}>
              {sample ? t('data.mapping.sample', { value: sample }) : t('data.mapping.noSample')}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
