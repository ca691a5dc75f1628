/** Strings of exported files (Markdown, .ics, CSV headings). Keys start with 'exports.'. */
export const exportTexts = {} as const;
