/** Strings of the settings area. Keys start with 'settings.'. */
export const settings = {} as const;
