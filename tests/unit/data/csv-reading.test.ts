import { describe, expect, test } from 'vitest';
import { neutraliseCell, restoreCell, toCsvText } from '../../../lib/model/csv-cells';
import {
  columnNames,
  firstFilledRecord,
  parseCsvText,
  tableFrom,
} from '../../../lib/model/csv-table';
import { decodeText } from '../../../lib/model/text-decoding';

const noPause = () => Promise.resolve();

async function table(text: string) {
  const raw = await parseCsvText(text, { pause: noPause });
  return tableFrom(raw, firstFilledRecord(raw.records));
}

describe('reading the bytes of a file', () => {
  const sample = 'Organisation,Contact\nCafé Ñandú,José\n';

  test('UTF-8 without a byte-order mark', () => {
    const decoded = decodeText(new TextEncoder().encode(sample));
    expect(decoded).toEqual({ text: sample, encoding: 'utf-8', bom: false });
  });

  test('UTF-8 with a byte-order mark drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8', bom: true });
  });

  test('UTF-16 little and big endian, told apart by their mark', () => {
    const units = [...sample].map((c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeText(le)).toEqual({ text: sample, encoding: 'utf-16le', bom: true });
    expect(decodeText(be)).toEqual({ text: sample, encoding: 'utf-16be', bom: true });
  });

  test('bytes that are not UTF-8 are read as Windows-1252 (é is 0xE9, € is 0x80)', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x20, 0x80, 0x0a]);
    expect(decodeText(bytes)).toEqual({ text: 'Café €\n', encoding: 'windows-1252', bom: false });
  });
});

describe('parsing CSV text', () => {
  test.each([
    [',', 'Name,Email\nAcme,a@acme.org\n'],
    [';', 'Name;Email\nAcme;a@acme.org\n'],
    ['\t', 'Name\tEmail\nAcme\ta@acme.org\n'],
  ])('finds the delimiter %j', async (delimiter, text) => {
    const parsed = await table(text);
    expect(parsed.delimiter).toBe(delimiter);
    expect(parsed.header).toEqual(['Name', 'Email']);
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ['Acme', 'a@acme.org'] }]);
  });

  test('keeps line breaks and delimiters inside quotes, and counts rows as a spreadsheet does', async () => {
    const parsed = await table(
      'Name;Notes\r\n"Acme; Inc";"line one\r\nline two"\r\n\r\nBeta;"say ""hi"""\r\n',
    );
    expect(parsed.rows).toEqual([
      { rowNumber: 2, cells: ['Acme; Inc', 'line one\r\nline two'] },
      { rowNumber: 4, cells: ['Beta', 'say "hi"'] },
    ]);
  });

  test('names empty columns and tells repeated ones apart', () => {
    expect(columnNames(['Email', '', 'email', ' ', 'Email'], 6)).toEqual([
      'Email',
      'Column 2',
      'email (2)',
      'Column 4',
      'Email (3)',
      'Column 6',
    ]);
  });

  test('an empty file is an empty table', async () => {
    expect(await table('')).toEqual({ header: [], rows: [], delimiter: ',' });
    expect(await table('\n\n')).toMatchObject({ rows: [] });
  });

  test('a 10 MB file parses whole, in many slices, reporting progress', async () => {
    const line = (i: number) =>
      `Partner ${i},"https://p${i}.example.org","Line a\nline b",+1 555 0100\n`;
    let text = 'Name,Website,Notes,Phone\n';
    const parts: string[] = [];
    let size = text.length;
    let rows = 0;
    while (size < 10 * 1024 * 1024) {
      const next = line(rows++);
      parts.push(next);
      size += next.length;
    }
    text += parts.join('');
    const progress: number[] = [];
    let pauses = 0;
    const raw = await parseCsvText(text, {
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      onProgress: (fraction) => progress.push(fraction),
    });
    const parsed = tableFrom(raw, 0);
    expect(parsed.rows).toHaveLength(rows);
    expect(parsed.rows.at(-1)!.cells).toEqual([
      `Partner ${rows - 1}`,
      `https://p${rows - 1}.example.org`,
      'Line a\nline b',
      '+1 555 0100',
    ]);
    expect(pauses).toBeGreaterThan(50);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  }, 60_000);
});

describe('cells that a spreadsheet would run as formulas', () => {
  const dangerous = [
    '=HYPERLINK("http://evil.example","click")',
    '+1 555 0100',
    '-2',
    '@SUM(A1:A2)',
    '\tTabbed',
    '\rReturn',
    "'=already quoted",
    "''+twice",
  ];

  test.each(dangerous)('%j is written with an apostrophe in front', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
    expect(restoreCell(neutraliseCell(value))).toBe(value);
  });

  test('ordinary text is written as it is', () => {
    for (const value of ['Acme', "O'Brien", 'a=b', "'quoted", '']) {
      expect(neutraliseCell(value)).toBe(value);
      expect(restoreCell(value)).toBe(value);
    }
  });

  test('a whole file round-trips: no exported cell starts a formula, and reading restores each', async () => {
    const rows = dangerous.map((value, i) => [
      `Row ${i}`,
      value,
      `${value}, with "quotes"\nand a line`,
    ]);
    const text = toCsvText(['Name', 'Value', 'Note'], rows);
    const raw = await parseCsvText(text, { pause: noPause });
    for (const record of raw.records) {
      for (const cell of record) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const parsed = tableFrom(raw, 0);
    expect(parsed.rows.map((row) => row.cells.map(restoreCell))).toEqual(rows);
  });
});
