import { t, type MessageKey } from '../../lib/i18n';
import { DEFAULT_COLUMNS, type BoardColumn } from '../../lib/model/goal';

const DEFAULT_KEYS: Record<string, MessageKey> = {
  idea: 'goals.column.idea',
  planned: 'goals.column.planned',
  'in-progress': 'goals.column.inProgress',
  achieved: 'goals.column.achieved',
  paused: 'goals.column.paused',
};

const DEFAULT_NAMES = new Map(DEFAULT_COLUMNS.map((column) => [column.id, column.name]));

/**
 * A column's name as shown. The model stores the five default columns with their English names
 * (the doc is shared, the language is personal), so a default column still carrying its
 * default name is an interface label and is translated; once someone renames it, its name is
 * data and shows as typed. A column renamed to exactly its English default reads as a default
 * again, which is what it says anyway.
 */
export function columnLabel(column: Pick<BoardColumn, 'id' | 'name'>): string {
  const key = DEFAULT_KEYS[column.id];
  return key && DEFAULT_NAMES.get(column.id) === column.name ? t(key) : column.name;
}

/** The label of the column with this id, or undefined when the board has no such column. */
export function columnLabelById(
  columns: readonly Pick<BoardColumn, 'id' | 'name'>[],
  id: string,
): string | undefined {
  const column = columns.find((c) => c.id === id);
  return column ? columnLabel(column) : undefined;
}
