import { describe, expect, test } from 'vitest';
import { caretSegments } from '../../../components/goals/DescriptionField';

const caret = (clientId: number, head: number) => ({
  clientId,
  name: `P${clientId}`,
  colour: '#123456',
  anchor: head,
  head,
});

describe('caret overlay segments', () => {
  test('cuts the text at each caret, in order; joined they give the text back', () => {
    const parts = caretSegments('hello world', [caret(2, 11), caret(1, 5), caret(3, 5)]);
    expect(parts.map((p) => [p.text, p.carets.map((c) => c.clientId)])).toEqual([
      ['hello', [1, 3]],
      [' world', [2]],
      ['', []],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('hello world');
  });

  test('carets outside the text are clamped to it', () => {
    const parts = caretSegments('abc', [caret(1, 99), caret(2, -4)]);
    expect(parts.map((p) => [p.text, p.carets.map((c) => c.clientId)])).toEqual([
      ['', [2]],
      ['abc', [1]],
      ['', []],
    ]);
  });
});
