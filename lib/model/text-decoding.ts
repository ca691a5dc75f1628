/**
 * Reads the bytes of a file someone chose into text, whatever program wrote it. Spreadsheets and
 * address books save CSV and vCard files as UTF-8 (with or without a byte-order mark), as UTF-16
 * (Excel's "Unicode text", always with a mark) or, on older Windows machines, as Windows-1252.
 *
 * The rule: a byte-order mark decides; otherwise text that is valid UTF-8 is UTF-8 (a
 * Windows-1252 file with accented letters is almost never valid UTF-8 by accident), and anything
 * else is read as Windows-1252, which maps every byte to a character, so reading never fails.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a byte-order mark (dropped from `text`). */
  bom: boolean;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal = false): string {
  // ignoreBOM: the mark is removed below by slicing, so the decoder must not remove it twice.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay as they are). Browsers
 * decode them so, but some runtimes' 'windows-1252' decoder is plain Latin-1 there, so the
 * mapping is done here, the same everywhere.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return decode(bytes, 'windows-1252').replace(/[\u0080-\u009f]/g, (c) =>
    WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80),
  );
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}
