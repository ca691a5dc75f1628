import { describe, expect, test } from 'vitest';
import {
  formToPerson,
  personToForm,
  type PersonFormValues,
} from '../../../components/partners/person-form-values';
import {
  formToPartner,
  EMPTY_PARTNER_FORM,
} from '../../../components/partners/partner-form-values';
import type { Person } from '../../../lib/model/person';

const DENISE: Person = {
  id: 'person-1',
  partnerId: 'partner-1',
  name: 'Denise Ruiz',
  role: 'PTA president',
  emails: ['denise@eastside.org', 'pta@eastside.org'],
  phones: ['+44 20 7946 0000', '(555) 010-0100 ext. 12'],
  notes: 'Prefers email.\nOff on Fridays.',
  createdAt: 1,
  updatedAt: 2,
};

const form = (values: Partial<PersonFormValues>): PersonFormValues => ({
  ...personToForm(),
  ...values,
});

describe('person form values', () => {
  test('personToForm and formToPerson round trip a person', () => {
    const result = formToPerson(personToForm(DENISE));
    expect(result).toEqual({
      ok: true,
      person: {
        name: DENISE.name,
        role: DENISE.role,
        emails: DENISE.emails,
        phones: DENISE.phones,
        notes: DENISE.notes,
      },
    });
  });

  test('an empty form asks only for the name', () => {
    expect(formToPerson(personToForm())).toEqual({
      ok: false,
      errors: { name: 'Enter the person’s name.' },
    });
  });

  test('denise@eastside is refused by the person form and the partner form alike', () => {
    const person = formToPerson(form({ name: 'Denise', emails: 'denise@eastside' }));
    const partner = formToPartner({
      ...EMPTY_PARTNER_FORM,
      name: 'Eastside',
      emails: 'denise@eastside',
    });
    expect(person).toEqual({
      ok: false,
      errors: { emails: '“denise@eastside” is not an email address.' },
    });
    expect(partner).toEqual({
      ok: false,
      errors: { emails: '“denise@eastside” is not an email address.' },
    });
  });

  test('a phone that is not a number is named in the error', () => {
    expect(formToPerson(form({ name: 'Denise', phones: '+1 555 010 0100, call me' }))).toEqual({
      ok: false,
      errors: { phones: '“call me” is not a phone number.' },
    });
  });

  test('a 5,000-character name is refused, not cut to 300', () => {
    const result = formToPerson(form({ name: 'n'.repeat(5000) }));
    expect(result).toEqual({
      ok: false,
      errors: { name: 'This is 5,000 characters; keep it to 300 or fewer.' },
    });
  });

  test('a role of 200 characters is kept whole; 201 is refused', () => {
    const fits = formToPerson(form({ name: 'D', role: 'r'.repeat(200) }));
    expect(fits.ok && fits.person.role).toBe('r'.repeat(200));
    expect(formToPerson(form({ name: 'D', role: 'r'.repeat(201) })).ok).toBe(false);
  });
});

describe('partner form values', () => {
  test('a tag longer than the 60 characters the model keeps is named, not cut', () => {
    const result = formToPartner({
      ...EMPTY_PARTNER_FORM,
      name: 'Eastside',
      tags: 'stem, after-school homework help and weekend family literacy meals too',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        tags: '“after-school homework help and weekend f…” is 64 characters; keep each to 60 or fewer.',
      },
    });
  });
});
