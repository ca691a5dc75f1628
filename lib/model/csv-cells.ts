import Papa from 'papaparse';

/**
 * Spreadsheet formula injection: a cell that starts with `=`, `+`, `-` or `@` (and, in some
 * programs, tab or carriage return) is run as a formula when the file is opened, so a partner
 * name a peer typed as `=HYPERLINK(…)` would run on the computer of whoever opens the export.
 * Every exported cell goes through `neutraliseCell`, which puts an apostrophe in front (the
 * spreadsheet convention for "this is text"); `restoreCell` takes it off again on import, so our
 * own exports read back as what was exported. A value that already starts with an apostrophe
 * before one of those characters gets a second one, so that too round-trips exactly.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) || NEUTRALISED.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** A CSV file (comma-separated, CRLF line ends, quoted where needed) with every cell neutralised. */
export function toCsvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const data = [header, ...rows].map((row) => row.map(neutraliseCell));
  return `${Papa.unparse(data, { newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}
