import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ChartTable {
  head: string[];
  rows: string[][];
}

interface Props {
  /** What the chart shows, in words: its accessible name and the table's caption. */
  caption: string;
  table: ChartTable;
  children: ComponentChildren;
}

/**
 * A chart with its text alternative a click away: the same figures as a table. The chart itself
 * is one image named by `caption`; the table is what a screen reader user (or anyone who wants
 * the numbers) opens.
 */
export function ChartFigure({ caption, table, children }: Props) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure class="chart">
      {asTable ? (
        <div class="chart-table-wrap">
          <table class="chart-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={column}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div role="img" aria-label={caption}>
          {children}
        </div>
      )}
      <button type="button" class="button link small" onClick={() => setAsTable(!asTable)}>
        {asTable ? t('dashboard.showChart') : t('dashboard.showTable')}
      </button>
    </figure>
  );
}
