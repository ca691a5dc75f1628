import { t } from '../../lib/i18n';

/**
 * The Due for contact tab's one-line summary. Partners never contacted are
 * named on their own: one added last week is not overdue yet, but saying
 * "every partner has been contacted" about it would be false.
 */
export function dueSummary(overdue: number, neverContacted: number): string {
  const parts: string[] = [];
  if (overdue > 0) parts.push(t('log.view.due', { count: overdue }));
  if (neverContacted > 0) parts.push(t('log.view.neverContacted', { count: neverContacted }));
  return parts.length === 0 ? t('log.view.allContacted') : parts.join(' · ');
}
