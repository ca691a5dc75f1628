import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { dueSummary } from '../../../components/log/due-summary';

describe('Due for contact summary', () => {
  afterEach(() => setLocale('en'));

  test('partners never contacted are counted, not reported as contacted within their cadence', () => {
    expect(dueSummary(0, 3)).toBe('Never contacted: 3 partners');
    expect(dueSummary(0, 1)).toBe('Never contacted: 1 partner');
  });

  test('overdue and never-contacted partners are both named', () => {
    expect(dueSummary(2, 3)).toBe('2 partners are due for contact · Never contacted: 3 partners');
  });

  test('only when nobody is overdue or uncontacted does it say every partner was contacted', () => {
    expect(dueSummary(0, 0)).toBe('Every partner has been contacted within their cadence.');
    expect(dueSummary(1, 0)).toBe('1 partner is due for contact');
  });

  test('reads in Spanish with a plural count', () => {
    setLocale('es');
    expect(dueSummary(0, 3)).toBe('Nunca contactados: 3 socios');
    expect(dueSummary(0, 1)).toBe('Nunca contactado: 1 socio');
  });
});
