import { afterEach, describe, expect, test, vi } from 'vitest';

// A fresh copy of lib/i18n, without the Spanish catalogue the unit setup registers.
async function freshI18n() {
  vi.resetModules();
  return import('../../../lib/i18n');
}

describe('loading a language on demand', () => {
  afterEach(() => vi.resetModules());

  test('Spanish answers in English until its catalogue arrives, then in Spanish', async () => {
    const i18n = await freshI18n();
    i18n.setLocale('es');
    expect(i18n.t('common.cancel')).toBe('Cancel');
    await i18n.loadLanguage('es');
    expect(i18n.t('common.cancel')).toBe('Cancelar');
    expect(i18n.t('common.records', { count: 2 })).toBe('2 registros');
  });

  test('t asks for the missing catalogue itself, so a language switch needs no extra call', async () => {
    const i18n = await freshI18n();
    i18n.setLocale('es');
    expect(i18n.t('common.cancel')).toBe('Cancel');
    await vi.waitFor(() => expect(i18n.t('common.cancel')).toBe('Cancelar'));
  });

  test('English and the pseudo-locale need no fetch', async () => {
    const i18n = await freshI18n();
    await i18n.loadLanguage('en');
    await i18n.loadLanguage('en-XA');
    i18n.setLocale('en');
    expect(i18n.t('common.cancel')).toBe('Cancel');
  });
});
