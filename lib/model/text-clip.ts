/**
 * Cutting text to a length people see. A length here counts graphemes (what a reader calls one
 * character: "é" written as e + accent, a flag, a family emoji), not UTF-16 units, so Japanese,
 * Arabic or emoji text is neither over-counted nor split in the middle of a character. A cut
 * falls at a word boundary when there is one (Intl.Segmenter knows word boundaries in scripts
 * without spaces, such as Japanese), and ends with an ellipsis.
 */

const ELLIPSIS = '…';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

export const graphemeLength = (text: string): number => graphemes(text).length;

/** `text` when it has at most `max` graphemes; otherwise its start, cut at a word, plus "…". */
export function clipText(text: string, max: number): string {
  if (max <= 0) return '';
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  const prefix = parts.slice(0, max - 1).join('');
  // The end of the last whole word that fits: boundaries come from the full text, so a word
  // the prefix would cut in two does not count as one.
  let cut = 0;
  for (const segment of wordSegmenter.segment(text)) {
    const end = segment.index + segment.segment.length;
    if (end > prefix.length) break;
    if (segment.isWordLike) cut = end;
  }
  // A boundary far back (one short word, then a very long one) would lose most of the text.
  if (cut < prefix.length / 2) cut = prefix.length;
  const head = prefix.slice(0, cut).replace(/[\s\p{P}]+$/u, '');
  return `${head || prefix.trimEnd()}${ELLIPSIS}`;
}
