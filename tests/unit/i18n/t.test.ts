import { afterEach, describe, expect, test } from 'vitest';
import { resolveLanguage, setLocale, t } from '../../../lib/i18n';

afterEach(() => setLocale('en'));

describe('t', () => {
  test('English and Spanish plurals follow each language’s rules', () => {
    expect([0, 1, 2].map((count) => t('common.records', { count }))).toEqual([
      'No records',
      '1 record',
      '2 records',
    ]);
    setLocale('es');
    expect([0, 1, 2, 1000].map((count) => t('common.records', { count }))).toEqual([
      'Ningún registro',
      '1 registro',
      '2 registros',
      '1000 registros',
    ]);
  });

  test('the pseudo-locale accents every letter, is longer, and keeps placeholders', () => {
    setLocale('en-XA');
    const text = t('common.records', { count: 2 });
    expect(text).toMatch(/^\[2 réçöráš?.*~+\]$|^\[2 réçörds~+\]$/);
    expect(text.length).toBeGreaterThan('2 records'.length * 1.2);
    expect(text).not.toMatch(/[aeiou]/);
  });

  test('a missing value never throws: the English text shows instead', () => {
    expect(() => t('common.language.auto')).not.toThrow();
  });
});

describe('resolveLanguage', () => {
  test('a chosen language wins; auto takes the first supported browser language', () => {
    expect(resolveLanguage('es', ['en-US'])).toBe('es');
    expect(resolveLanguage('auto', ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(resolveLanguage('auto', ['de-DE'])).toBe('en');
    expect(resolveLanguage(undefined, [])).toBe('en');
  });
});
