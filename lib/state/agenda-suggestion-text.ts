import type { AgendaSuggestion } from '../model/agenda';
import { formatDay, formatNumber, t } from '../i18n';

/**
 * An agenda suggestion worded in the interface language. Once added to an agenda it is the
 * meeting's own text (data), so it stays in the language it was added in.
 */
export function agendaSuggestionText(parts: AgendaSuggestion['parts']): string {
  if (parts.kind === 'followup') {
    return t('log.agenda.suggest.followup', {
      text: parts.text,
      hasAssignee: parts.assignee ? 'yes' : 'no',
      assignee: parts.assignee ?? '',
      hasDue: parts.due ? 'yes' : 'no',
      due: parts.due ? formatDay(parts.due) : '',
    });
  }
  if (!parts.latest) return t('log.agenda.suggest.goalNoCheckin', { title: parts.title });
  return t('log.agenda.suggest.goal', {
    title: parts.title,
    value: formatNumber(parts.latest.value),
    hasTarget: parts.target !== undefined ? 'yes' : 'no',
    target: parts.target !== undefined ? formatNumber(parts.target) : '',
    unit: parts.unit ? ` ${parts.unit}` : '',
    date: formatDay(parts.latest.date),
  });
}
