import { t } from '../../lib/i18n';

interface Props {
  enabled: boolean | null;
  onChange: (enabled: boolean) => void;
}

/** Opt-in daily notification for follow-ups due today (personal, this browser only). */
export function ReminderToggle({ enabled, onChange }: Props) {
  return (
    <section class="form" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.settings.heading')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={enabled === true}
          disabled={enabled === null}
          aria-describedby="reminders-hint"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('reminders.settings.daily')}
      </label>
      <p id="reminders-hint" class="muted small">
        {t('reminders.settings.hint')}
      </p>
    </section>
  );
}
