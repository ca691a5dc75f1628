/** Strings of the sync area. Keys start with 'sync.'. */
export const sync = {} as const;
