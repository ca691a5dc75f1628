/** Strings of the concerns area. Keys start with 'concerns.'. */
export const concerns = {
  'concerns.section.title': 'Concerns and feedback',
} as const;
