/** Strings of the partners area. Keys start with 'partners.'. */
export const partners = {} as const;
