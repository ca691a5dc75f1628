interface Props {
  columns: { key: string; label: string; value: number }[];
}

const WIDTH = 320;
const HEIGHT = 120;
const AXIS = 16;

/**
 * Vertical columns in an SVG that scales to the panel's width (viewBox), with each column's value
 * above it and its label below. Decorative inside ChartFigure, which names it and offers the table.
 */
export function ColumnChart({ columns }: Props) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  const slot = WIDTH / Math.max(1, columns.length);
  const barWidth = Math.max(4, slot * 0.6);
  const plot = HEIGHT - AXIS - 12;
  return (
    <svg
      class="column-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} class="axis" />
      {columns.map((column, index) => {
        const height = (column.value / max) * plot;
        const x = index * slot + (slot - barWidth) / 2;
        const y = HEIGHT - AXIS - height;
        return (
          <g key={column.key}>
            <rect x={x} y={y} width={barWidth} height={height} rx={2} class="bar" />
            {column.value > 0 && (
              <text x={x + barWidth / 2} y={y - 2} text-anchor="middle" class="value">
                {column.value}
              </text>
            )}
            <text x={x + barWidth / 2} y={HEIGHT - 3} text-anchor="middle" class="label">
              {column.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
