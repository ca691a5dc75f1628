import { formatList, loadLanguage, resolveLanguage, setLocale, t } from '../i18n';
import { loadSettings } from '../storage/settings';

/**
 * The background has no panel to set its language: before it words a badge title or a
 * notification, it takes the user's personal Language setting (the browser's language when
 * 'auto'), so reminders read in the language the panel shows.
 */
export async function applyReminderLanguage(): Promise<void> {
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language);
  await loadLanguage(language);
  setLocale(language);
}

/**
 * The toolbar button's tooltip for a number of overdue follow-ups; when commitments or agreement
 * reviews are overdue too (`others`), it says what the number counts.
 */
export function badgeTitle(
  overdue: number,
  others?: { commitments: number; reviews: number },
): string {
  if (others && others.commitments + others.reviews > 0) {
    const followups = Math.max(0, overdue - others.commitments - others.reviews);
    const parts = [
      followups ? t('agreements.reminder.followups', { count: followups }) : '',
      others.commitments ? t('agreements.reminder.commitments', { count: others.commitments }) : '',
      others.reviews ? t('agreements.reminder.reviews', { count: others.reviews }) : '',
    ].filter(Boolean);
    return t('agreements.reminder.badgeTitle', { count: overdue, parts: formatList(parts) });
  }
  return t('reminders.badge.title', { count: Math.max(0, overdue) });
}

/** One notification for several follow-ups due today. */
export function manyDueNotification(count: number): { title: string; message: string } {
  return {
    title: t('reminders.notification.manyTitle', { count }),
    message: t('reminders.notification.manyMessage'),
  };
}

/** The title of a notification for one follow-up (its text, as typed, is the message). */
export function oneDueTitle(): string {
  return t('reminders.notification.oneTitle');
}

/** The title of a notification for a commitment due today or an agreement to review today. */
export function otherDueTitle(kind: 'commitment' | 'review'): string {
  return kind === 'commitment'
    ? t('agreements.reminder.commitmentDue')
    : t('agreements.reminder.reviewDue');
}
