/** Strings of the capture area. Keys start with 'capture.'. */
export const capture = {} as const;
