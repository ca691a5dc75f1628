import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { agendaSuggestionText } from '../../../lib/state/agenda-suggestion-text';

afterEach(() => setLocale('en'));

describe('agenda suggestions in the interface language', () => {
  test('English reads as before, with days in the user’s format', () => {
    expect(
      agendaSuggestionText({ kind: 'followup', text: 'Send the rota', due: '2026-12-20' }),
    ).toBe('Follow-up: Send the rota, due Dec 20, 2026');
    expect(
      agendaSuggestionText({
        kind: 'goal',
        title: 'Reading age +1',
        unit: 'pupils',
        target: 40,
        latest: { date: '2026-11-01', value: 25 },
      }),
    ).toBe('Progress on “Reading age +1”: 25 of 40 pupils (Nov 1, 2026)');
  });

  test('Spanish words the parts; what people typed stays as typed', () => {
    setLocale('es');
    expect(
      agendaSuggestionText({
        kind: 'followup',
        text: 'Send the rota',
        assignee: 'Ana',
        due: '2026-12-20',
      }),
    ).toBe('Seguimiento: Send the rota (Ana), vence el 20 dic 2026');
    expect(agendaSuggestionText({ kind: 'goal', title: 'Lectura' })).toBe(
      'Avance en «Lectura»: todavía sin registros de avance',
    );
    expect(
      agendaSuggestionText({
        kind: 'goal',
        title: 'Lectura',
        unit: 'alumnos',
        target: 1500,
        latest: { date: '2026-11-01', value: 1234.5 },
      }),
    ).toBe('Avance en «Lectura»: 1234,5 de 1500 alumnos (1 nov 2026)');
  });
});
