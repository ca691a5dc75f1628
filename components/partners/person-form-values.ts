import { t } from '../../lib/i18n';
import type { Person, PersonInput } from '../../lib/model/person';
import { firstInvalid, isEmail, isPhone, TEXT_CAPS } from '../../lib/model/validation';
import { tooLongErrors } from '../common/length-errors';
import { formatListInput, parseListInput } from '../common/list-input';

/** The person form's fields, as the user typed them. */
export interface PersonFormValues {
  name: string;
  role: string;
  emails: string;
  phones: string;
  notes: string;
}

export type PersonFormErrors = Partial<Record<keyof PersonFormValues, string>>;

/** What the person form saves: the partner it belongs to is the caller's to add. */
export type PersonFormResult = Omit<PersonInput, 'partnerId'>;

/** The most characters each text field takes: what the model keeps. */
export const PERSON_FIELD_CAPS: Partial<Record<keyof PersonFormValues, number>> = {
  name: TEXT_CAPS.name,
  role: TEXT_CAPS.personRole,
  notes: TEXT_CAPS.longText,
};

export function personToForm(person?: Person): PersonFormValues {
  return {
    name: person?.name ?? '',
    role: person?.role ?? '',
    emails: formatListInput(person?.emails ?? []),
    phones: formatListInput(person?.phones ?? []),
    notes: person?.notes ?? '',
  };
}

/**
 * Turns form values into a person, or says what needs fixing. Emails and phones follow the same
 * rules as the partner form's (lib/model/validation.ts), so an address refused there is refused
 * here too.
 */
export function formToPerson(
  values: PersonFormValues,
): { ok: true; person: PersonFormResult } | { ok: false; errors: PersonFormErrors } {
  const errors: PersonFormErrors = tooLongErrors(values, PERSON_FIELD_CAPS);
  const name = values.name.trim();
  if (!name) errors.name = t('partners.person.nameError');
  const emails = parseListInput(values.emails.toLowerCase());
  const badEmail = firstInvalid(emails, isEmail);
  if (badEmail) errors.emails = t('partners.error.email', { value: badEmail });
  const phones = parseListInput(values.phones);
  const badPhone = firstInvalid(phones, isPhone);
  if (badPhone) errors.phones = t('partners.error.phone', { value: badPhone });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    person: {
      name,
      role: values.role.trim() || undefined,
      emails,
      phones,
      notes: values.notes.trim() || undefined,
    },
  };
}
