import { formatDay, formatNumber, t } from '../../lib/i18n';
import type { Checkin } from '../../lib/model/checkin';
import { withUnit } from './number-text';

interface Props {
  checkins: readonly Checkin[];
  baseline?: number | undefined;
  target?: number | undefined;
  unit?: string | undefined;
  width?: number;
  height?: number;
}

/**
 * A small line chart of the check-ins against the target (dashed line). The
 * picture is decorative for screen readers: the history list carries the data.
 */
export function Sparkline({ checkins, baseline, target, unit, width = 300, height = 84 }: Props) {
  if (checkins.length === 0) return null;
  const values = checkins.map((c) => c.value);
  const all = [...values, ...(target !== undefined ? [target] : [])];
  if (baseline !== undefined) all.push(baseline);
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = { top: 14, bottom: 16, left: 4, right: 4 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) =>
    pad.left + (checkins.length === 1 ? innerW / 2 : (i / (checkins.length - 1)) * innerW);
  const y = (v: number) => pad.top + innerH - ((v - min) / (max - min)) * innerH;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1]!;
  const latest = withUnit(last, unit);
  const summary =
    target === undefined
      ? t('goals.chart.summary', { count: checkins.length, latest })
      : t('goals.chart.summaryWithTarget', {
          count: checkins.length,
          latest,
          target: withUnit(target, unit),
        });
  return (
    <figure class="sparkline">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        role="img"
        aria-label={summary}
        preserveAspectRatio="none"
      >
        {target !== undefined && (
          <>
            <line
              class="sparkline-target"
              x1={pad.left}
              x2={width - pad.right}
              y1={y(target)}
              y2={y(target)}
            />
            <text class="sparkline-label" x={width - pad.right} y={y(target) - 3} text-anchor="end">
              {t('goals.chart.target', { target: formatNumber(target) })}
            </text>
          </>
        )}
        <polyline class="sparkline-line" points={points} />
        {values.map((v, i) => (
          <circle key={checkins[i]!.id} class="sparkline-dot" cx={x(i)} cy={y(v)} r={2.5} />
        ))}
        <text class="sparkline-label" x={pad.left} y={height - 3}>
          {formatDay(checkins[0]!.date)}
        </text>
        <text class="sparkline-label" x={width - pad.right} y={height - 3} text-anchor="end">
          {formatDay(checkins[checkins.length - 1]!.date)}
        </text>
      </svg>
    </figure>
  );
}
