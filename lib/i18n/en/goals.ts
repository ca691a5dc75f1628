/** Strings of the goals area. Keys start with 'goals.'. */
export const goals = {} as const;
