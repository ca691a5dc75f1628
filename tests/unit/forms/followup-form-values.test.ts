import { describe, expect, test } from 'vitest';
import {
  followupToForm,
  formToFollowup,
  type FollowupFormValues,
} from '../../../components/log/followup-form-values';

const PEOPLE = [{ id: 'person-1', name: 'Denise Ruiz' }, { name: 'Front office' }];

const form = (values: Partial<FollowupFormValues>): FollowupFormValues => ({
  ...followupToForm(),
  ...values,
});

describe('follow-up form values', () => {
  test('followupToForm and formToFollowup round trip a follow-up', () => {
    const followup = { text: 'Send the MOU draft', due: '2026-12-04', assigneeName: 'Denise Ruiz' };
    expect(formToFollowup(followupToForm(followup), PEOPLE)).toEqual({
      ok: true,
      value: { ...followup, assigneeId: 'person-1' },
    });
  });

  test('a name typed in another case is the offered person, with their id', () => {
    const result = formToFollowup(form({ text: 'Call', assignee: ' denise ruiz ' }), PEOPLE);
    expect(result).toEqual({
      ok: true,
      value: { text: 'Call', due: undefined, assigneeName: 'Denise Ruiz', assigneeId: 'person-1' },
    });
  });

  test('a name nobody offered is kept as typed, without an id', () => {
    const result = formToFollowup(form({ text: 'Call', assignee: 'Coach Lee' }), PEOPLE);
    expect(result.ok && result.value).toMatchObject({
      assigneeName: 'Coach Lee',
      assigneeId: undefined,
    });
  });

  test('empty text and a day that does not exist are both reported', () => {
    expect(formToFollowup(form({ text: ' ', due: '2026-02-30' }), PEOPLE)).toEqual({
      ok: false,
      errors: { text: 'Say what needs doing.', due: 'Enter a date like 2026-11-30.' },
    });
  });

  test('text longer than the model keeps is refused, not cut', () => {
    const result = formToFollowup(form({ text: 'x'.repeat(501) }), PEOPLE);
    expect(result).toEqual({
      ok: false,
      errors: { text: 'This is 501 characters; keep it to 500 or fewer.' },
    });
  });
});
