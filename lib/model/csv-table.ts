import Papa from 'papaparse';

/**
 * A CSV file's text as a table: papaparse finds the delimiter (comma, semicolon, tab or bar) and
 * handles quotes, quoted line breaks and line ends. The text is parsed in slices of
 * `SLICE_CHARACTERS`, with `pause()` awaited between slices, so a 10 MB file never holds the
 * panel for longer than one slice takes (a few milliseconds) and a progress bar can move.
 */

export const SLICE_CHARACTERS = 128 * 1024;
const DELIMITERS = [',', ';', '\t', '|'];

export interface ParseOptions {
  /** Awaited between slices; the panel passes one that yields to the event loop. */
  pause?: () => Promise<void>;
  /** Share of the text read so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
  sliceCharacters?: number;
}

export interface RawCsv {
  /** Every record of the file, in order; record i is row i + 1 as a spreadsheet numbers it. */
  records: string[][];
  delimiter: string;
}

/**
 * papaparse reads a string through the same chunked streamer as a file (its `chunkSize` and
 * `chunk` apply), but its type definitions offer `chunk` for files and URLs only; this is the
 * string form with the callbacks this module uses (the slicing test proves several slices).
 */
const parseInSlices = Papa.parse as unknown as (
  text: string,
  config: {
    delimiter: string;
    chunkSize: number;
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void;
    complete: () => void;
    error: (error: Error) => void;
  },
) => void;

/**
 * The delimiter, guessed by papaparse from the first rows. Guessed apart from the parse because
 * papaparse's guess counts blank lines as one-field rows (a file ending in a line break would
 * read as comma-separated), while the parse must keep blank lines to number rows as a
 * spreadsheet does.
 */
export function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: true,
    preview: 50,
  });
  return sample.meta.delimiter || ',';
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function parseCsvText(text: string, options: ParseOptions = {}): Promise<RawCsv> {
  const pause = options.pause ?? nextTick;
  const records: string[][] = [];
  const delimiter = guessDelimiter(text);
  let read = 0;
  return new Promise((resolve, reject) => {
    if (!text.trim()) {
      resolve({ records, delimiter });
      return;
    }
    parseInSlices(text, {
      delimiter,
      chunkSize: options.sliceCharacters ?? SLICE_CHARACTERS,
      chunk(results, parser) {
        for (const row of results.data) records.push(row);
        read = Math.max(read, results.meta.cursor);
        options.onProgress?.(Math.min(1, read / text.length));
        parser.pause();
        pause().then(
          () => parser.resume(),
          (error: unknown) => {
            parser.abort();
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
      complete() {
        options.onProgress?.(1);
        resolve({ records, delimiter });
      },
      error(error: Error) {
        reject(error);
      },
    });
  });
}

export interface CsvTable {
  /** Column names, unique and never empty: an empty header is `Column 3`, a repeat `Email (2)`. */
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
  delimiter: string;
}

const isBlank = (record: readonly string[]) => record.every((cell) => !cell.trim());

/** Unique, non-empty column names for `header`, padded to `width` columns. */
export function columnNames(header: readonly string[], width: number): string[] {
  const names: string[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < Math.max(width, header.length); i++) {
    const base = header[i]?.trim() || `Column ${i + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    names.push(count === 1 ? base : `${base} (${count})`);
  }
  return names;
}

/**
 * The table under the header record `headerIndex` (an index into `raw.records`): blank records
 * are dropped, and every row keeps the row number a spreadsheet shows for it.
 */
export function tableFrom(raw: RawCsv, headerIndex: number): CsvTable {
  const rows: CsvTable['rows'] = [];
  let width = raw.records[headerIndex]?.length ?? 0;
  for (let i = headerIndex + 1; i < raw.records.length; i++) {
    const cells = raw.records[i]!;
    if (isBlank(cells)) continue;
    width = Math.max(width, cells.length);
    rows.push({ rowNumber: i + 1, cells });
  }
  return {
    header: columnNames(raw.records[headerIndex] ?? [], width),
    rows,
    delimiter: raw.delimiter,
  };
}

/** The first record that is not blank, or 0. */
export function firstFilledRecord(records: readonly string[][]): number {
  const index = records.findIndex((record) => !isBlank(record));
  return index < 0 ? 0 : index;
}
