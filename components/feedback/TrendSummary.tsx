import { formatNumber, t, type MessageKey } from '../../lib/i18n';
import type { FeedbackTrend, TrendDirection, WindowSummary } from '../../lib/model/feedback-trend';

const DIRECTION_KEYS: Record<TrendDirection, MessageKey> = {
  up: 'concerns.feedback.trend.up',
  down: 'concerns.feedback.trend.down',
  steady: 'concerns.feedback.trend.steady',
  unknown: 'concerns.feedback.trend.unknown',
};

function windowText(
  summary: WindowSummary,
  key: 'concerns.feedback.trend.recent' | 'concerns.feedback.trend.previous',
  name: MessageKey,
) {
  return summary.average === undefined
    ? t('concerns.feedback.trend.emptyWindow', { window: t(name) })
    : t(key, { average: formatNumber(summary.average, 1), count: summary.count });
}

/** The 90-day comparison in words: each window's average and count, then the direction. */
export function TrendSummary({ trend }: { trend: FeedbackTrend }) {
  return (
    <div class="feedback-trend small">
      <p>
        <strong>{t(DIRECTION_KEYS[trend.direction])}</strong>
      </p>
      <p class="muted">
        {windowText(
          trend.recent,
          'concerns.feedback.trend.recent',
          'concerns.feedback.trend.recentWindow',
        )}
      </p>
      <p class="muted">
        {windowText(
          trend.previous,
          'concerns.feedback.trend.previous',
          'concerns.feedback.trend.previousWindow',
        )}
      </p>
    </div>
  );
}
