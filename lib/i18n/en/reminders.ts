/** Strings of the reminders area. Keys start with 'reminders.'. */
export const reminders = {} as const;
