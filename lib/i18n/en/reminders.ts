/** Strings of the reminders area. Keys start with 'reminders.'. */
export const reminders = {
  'reminders.settings.heading': 'Reminders',
  'reminders.settings.daily': 'Daily reminders',
  'reminders.settings.hint':
    'Once a day, a browser notification lists the follow-ups due that day, even with the panel closed. The toolbar badge always shows how many follow-ups are overdue. Stored only in this browser.',
  'reminders.settings.on': 'Daily reminders are on.',
  'reminders.settings.off': 'Daily reminders are off.',
  'reminders.badge.title':
    '{count, plural, =0 {Bridgework} one {Bridgework: # follow-up overdue} other {Bridgework: # follow-ups overdue}}',
  'reminders.notification.manyTitle':
    '{count, plural, one {# follow-up is due today} other {# follow-ups are due today}}',
  'reminders.notification.manyMessage': 'Open Bridgework to see them.',
  'reminders.notification.oneTitle': 'Follow-up due today',
} as const;
