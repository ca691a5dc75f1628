import { formatDay, t } from '../../lib/i18n';
import { dayNumber } from '../../lib/model/days';
import { MAX_SCORE, MIN_SCORE, type Feedback } from '../../lib/model/feedback';

interface Props {
  /** Oldest first. */
  pulses: readonly Feedback[];
  width?: number;
  height?: number;
}

/**
 * Scores over time on a fixed 1–5 scale, placed by date (a quiet term stays a gap). The picture
 * has a text alternative naming the range and the latest score; the list below it and the 90-day
 * comparison carry the numbers.
 */
export function FeedbackChart({ pulses, width = 300, height = 84 }: Props) {
  const days = pulses.map((pulse) => dayNumber(pulse.date) ?? 0);
  if (pulses.length === 0) return null;
  const pad = { top: 8, bottom: 16, left: 14, right: 6 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const first = days[0]!;
  const span = days[days.length - 1]! - first;
  const x = (day: number) => pad.left + (span === 0 ? innerW / 2 : ((day - first) / span) * innerW);
  const y = (score: number) =>
    pad.top + innerH - ((score - MIN_SCORE) / (MAX_SCORE - MIN_SCORE)) * innerH;
  const points = pulses.map((p, i) => `${x(days[i]!).toFixed(1)},${y(p.score).toFixed(1)}`);
  const last = pulses[pulses.length - 1]!;
  const summary = t('concerns.feedback.trend.chart', {
    count: pulses.length,
    first: formatDay(pulses[0]!.date),
    last: formatDay(last.date),
    latest: last.score,
  });
  return (
    <figure class="feedback-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        role="img"
        aria-label={summary}
        preserveAspectRatio="none"
      >
        {[MIN_SCORE, 3, MAX_SCORE].map((score) => (
          <g key={score}>
            <line
              class="feedback-chart-grid"
              x1={pad.left}
              x2={width - pad.right}
              y1={y(score)}
              y2={y(score)}
            />
            <text class="feedback-chart-label" x={0} y={y(score) + 3}>
              {score}
            </text>
          </g>
        ))}
        {pulses.length > 1 && <polyline class="feedback-chart-line" points={points.join(' ')} />}
        {pulses.map((pulse, i) => (
          <circle
            key={pulse.id}
            class="feedback-chart-dot"
            cx={x(days[i]!)}
            cy={y(pulse.score)}
            r={3}
          />
        ))}
        <text class="feedback-chart-label" x={pad.left} y={height - 3}>
          {formatDay(pulses[0]!.date)}
        </text>
        {pulses.length > 1 && (
          <text class="feedback-chart-label" x={width - pad.right} y={height - 3} text-anchor="end">
            {formatDay(last.date)}
          </text>
        )}
      </svg>
    </figure>
  );
}
