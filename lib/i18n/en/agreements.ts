/** Strings of the agreements area. Keys start with 'agreements.'. */
export const agreements = {
  'agreements.section.title': 'Agreement and commitments',
} as const;
