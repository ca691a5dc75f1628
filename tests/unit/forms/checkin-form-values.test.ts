import { describe, expect, test } from 'vitest';
import { checkinToForm, formToCheckin } from '../../../components/goals/checkin-form-values';

describe('check-in form values', () => {
  test('checkinToForm and formToCheckin round trip a check-in', () => {
    const checkin = { date: '2026-11-20', value: 1234.5, note: 'After the book fair.' };
    expect(formToCheckin(checkinToForm(checkin))).toEqual({ ok: true, value: checkin });
  });

  test('a new check-in starts empty on its day and asks for a number', () => {
    const values = checkinToForm({ date: '2026-11-27' });
    expect(values).toEqual({ value: '', date: '2026-11-27', note: '' });
    expect(formToCheckin(values)).toEqual({
      ok: false,
      errors: { value: 'Enter the value as a number.' },
    });
  });

  test('a bad value and a day that does not exist are reported under their own fields', () => {
    expect(formToCheckin({ value: 'lots', date: '2026-02-30', note: '' })).toEqual({
      ok: false,
      errors: { value: 'Enter the value as a number.', date: 'Pick a date.' },
    });
  });

  test('a note longer than the 2,000 characters the model keeps is refused', () => {
    expect(formToCheckin({ value: '3', date: '2026-11-27', note: 'n'.repeat(2001) })).toEqual({
      ok: false,
      errors: { note: 'This is 2,001 characters; keep it to 2,000 or fewer.' },
    });
  });
});
