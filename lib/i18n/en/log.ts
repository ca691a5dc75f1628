/** Strings of the log area. Keys start with 'log.'. */
export const log = {} as const;
