import { afterEach, describe, expect, test } from 'vitest';
import { longShareText, shortShareText } from '../../../components/stories/share-text';
import { setLocale } from '../../../lib/i18n';
import type { StoryShareParts } from '../../../lib/model/story';
import { graphemeLength } from '../../../lib/model/text-clip';

afterEach(() => setLocale('en'));

const parts = (fields: Partial<StoryShareParts>): StoryShareParts => ({
  title: 'Reading buddies',
  body: '',
  date: undefined,
  partnerNames: [],
  thanks: [],
  ...fields,
});

describe('share texts', () => {
  test('a short story is shared whole, with thanks to its partners', () => {
    const text = shortShareText(
      parts({ body: 'Forty pupils read weekly.', partnerNames: ['Acme', 'Riverside Library'] }),
    );
    expect(text).toBe(
      'Reading buddies: Forty pupils read weekly. Thank you, Acme and Riverside Library!',
    );
  });

  test('a long story is cut, the title and the thanks are kept, within 280 characters', () => {
    const text = shortShareText(
      parts({ body: 'Volunteers came every Tuesday. '.repeat(30), partnerNames: ['Acme'] }),
    );
    expect(graphemeLength(text)).toBeLessThanOrEqual(280);
    expect(text.startsWith('Reading buddies: Volunteers came')).toBe(true);
    expect(text).toContain('… Thank you, Acme!');
  });

  test('a title longer than 280 characters is itself cut with an ellipsis', () => {
    const text = shortShareText(
      parts({ title: 'Partnership '.repeat(40), partnerNames: ['Acme'] }),
    );
    expect(graphemeLength(text)).toBeLessThanOrEqual(280);
    expect(text.endsWith('…')).toBe(true);
  });

  test.each([
    [
      'Japanese',
      '地域の図書館と学校が協力して読書プログラムを始めました',
      '子どもたちは毎週本を読みました。',
    ],
    ['Arabic', 'شراكة ناجحة مع المكتبة العامة في الحي', 'قرأ الأطفال كل أسبوع مع المتطوعين. '],
  ])('%s title and story stay within 280 characters, counted as characters', (_, title, body) => {
    const text = shortShareText(
      parts({ title: title.repeat(3), body: body.repeat(30), partnerNames: ['図書館'] }),
    );
    expect(graphemeLength(text)).toBeLessThanOrEqual(280);
    // Counted in characters, not UTF-16 units or bytes, so the text is not cut far too early.
    expect(graphemeLength(text)).toBeGreaterThan(200);
    expect(text.startsWith(title)).toBe(true);
  });

  test('the paragraph tells the whole story, dated, with partners and people to thank', () => {
    const text = longShareText(
      parts({
        body: 'Forty pupils read weekly.',
        date: '2026-05-04',
        partnerNames: ['Acme'],
        thanks: ['Ana', 'Bo'],
      }),
    );
    expect(text).toBe(
      'Reading buddies (May 4, 2026). Forty pupils read weekly. Together with Acme. Our thanks go to Ana and Bo.',
    );
  });

  test('in Spanish the texts are worded in Spanish', () => {
    setLocale('es');
    const text = shortShareText(parts({ partnerNames: ['Acme', 'Bo'] }));
    expect(text).toBe('Reading buddies ¡Gracias, Acme y Bo!');
  });
});
