import { t } from '../../lib/i18n';

/** What a peer is doing in the goals, for the presence list: "editing a goal", or nothing. */
export function goalActivity(
  focus: { editing?: boolean | undefined } | undefined | null,
): { activity: string } | Record<string, never> {
  if (!focus) return {};
  return {
    activity: focus.editing ? t('common.presence.editingGoal') : t('common.presence.viewingGoal'),
  };
}
