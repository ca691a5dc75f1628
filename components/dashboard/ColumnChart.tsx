interface Props {
  columns: { key: string; label: string; value: number }[];
}

/**
 * Vertical columns drawn with CSS (a flex row whose bars take their height as a share of the
 * tallest), each with its value above and its label below. HTML rather than SVG text: labels
 * keep the panel's font size and wrap or shrink with it, so a longer language never spills out.
 * Decorative inside ChartFigure, which names the chart and offers the table.
 */
export function ColumnChart({ columns }: Props) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  return (
    <div class="column-chart" aria-hidden="true">
      {columns.map((column) => (
        <div key={column.key} class="column">
          <span class="column-value">{column.value > 0 ? column.value : ''}</span>
          <span class="column-track">
            <span class="column-bar" style={{ blockSize: `${(column.value / max) * 100}%` }} />
          </span>
          <span class="column-label">{column.label}</span>
        </div>
      ))}
    </div>
  );
}
