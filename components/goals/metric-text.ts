import { formatNumber, t } from '../../lib/i18n';
import type { GoalCardView } from '../../lib/model/goal-view';
import { withUnit } from './number-text';

/**
 * "50 of 120 families", "18%, target 10% or less", "Target 12%", "12%", or "" when nothing is
 * known. A lower-is-better goal never reads "18 of 10%": "of" promises a count up to the target.
 */
export function describeMetric(card: Pick<GoalCardView, 'goal' | 'progress' | 'latest'>): string {
  const { metric } = card.goal;
  const current = card.progress.current;
  if (metric.target === undefined)
    return card.latest ? withUnit(card.latest.value, metric.unit) : '';
  const target = withUnit(metric.target, metric.unit);
  if (metric.direction === 'down')
    return current === null
      ? t('goals.metric.targetDown', { target })
      : t('goals.metric.progressDown', { current: withUnit(current, metric.unit), target });
  return current === null
    ? t('goals.metric.target', { target })
    : t('goals.metric.progress', { current: formatNumber(current), target });
}
