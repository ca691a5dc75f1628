/** Strings of the trust area. Keys start with 'trust.'. */
export const trust = {} as const;
