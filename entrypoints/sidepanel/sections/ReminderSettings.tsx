import { useEffect, useState } from 'preact/hooks';
import { ReminderToggle } from '../../../components/log/ReminderToggle';
import { t } from '../../../lib/i18n';
import { dailyRemindersItem } from '../../../lib/storage/reminder-settings';
import { canRemind } from '../../../lib/reminders/support';
import { usePanel } from '../panel-context';

/** The `Daily reminders` setting, for the Settings section (where reminders can run). */
export function ReminderSettings() {
  const { notify } = usePanel();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    void dailyRemindersItem.getValue().then(setEnabled);
    return dailyRemindersItem.watch(setEnabled);
  }, []);
  if (!canRemind()) return null;
  return (
    <ReminderToggle
      enabled={enabled}
      onChange={(next) => {
        setEnabled(next);
        void dailyRemindersItem.setValue(next).then(() =>
          notify({
            text: next ? t('reminders.settings.on') : t('reminders.settings.off'),
          }),
        );
      }}
    />
  );
}
