import { formatNumber, t } from '../../lib/i18n';
import type { GoalCardView } from '../../lib/model/goal-view';
import { withUnit } from './number-text';

/** "50 of 120 families", "Target 12%", "12%", or "" when nothing is known. */
export function describeMetric(card: Pick<GoalCardView, 'goal' | 'progress' | 'latest'>): string {
  const { metric } = card.goal;
  const current = card.progress.current;
  if (metric.target === undefined)
    return card.latest ? withUnit(card.latest.value, metric.unit) : '';
  const target = withUnit(metric.target, metric.unit);
  return current === null
    ? t('goals.metric.target', { target })
    : t('goals.metric.progress', { current: formatNumber(current), target });
}
