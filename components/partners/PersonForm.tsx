import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Person } from '../../lib/model/person';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import {
  formToPerson,
  PERSON_FIELD_CAPS,
  personToForm,
  type PersonFormErrors,
  type PersonFormResult,
  type PersonFormValues,
} from './person-form-values';

interface Props {
  initial?: Person;
  onSave: (person: PersonFormResult) => void;
  onCancel: () => void;
}

/** Add or edit a person at a partner. Labels are distinct from the partner form's. */
export function PersonForm({ initial, onSave, onCancel }: Props) {
  const [values, setValues] = useState<PersonFormValues>(() => personToForm(initial));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const set = (key: keyof PersonFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  const submit = (event: Event) => {
    event.preventDefault();
    const result = formToPerson(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, event.currentTarget as HTMLFormElement, 'person-');
      return;
    }
    setErrors({});
    onSave(result.person);
  };
  return (
    <form
      ref={form}
      class="form inset"
      onSubmit={submit}
      aria-label={
        initial ? t('partners.person.edit', { name: initial.name }) : t('partners.person.add')
      }
      noValidate
    >
      <Field
        id="person-name"
        label={t('partners.person.name')}
        value={values.name}
        onInput={set('name')}
        error={errors.name}
        maxLength={PERSON_FIELD_CAPS.name}
        required
      />
      <Field
        id="person-role"
        label={t('partners.person.role')}
        value={values.role}
        onInput={set('role')}
        error={errors.role}
        maxLength={PERSON_FIELD_CAPS.role}
      />
      <Field
        id="person-emails"
        label={t('partners.person.email')}
        value={values.emails}
        onInput={set('emails')}
        error={errors.emails}
        inputProps={{ inputMode: 'email' }}
      />
      <Field
        id="person-phones"
        label={t('partners.person.phone')}
        value={values.phones}
        onInput={set('phones')}
        error={errors.phones}
        inputProps={{ inputMode: 'tel' }}
      />
      <Field
        id="person-notes"
        label={t('partners.person.notes')}
        multiline
        value={values.notes}
        onInput={set('notes')}
        error={errors.notes}
        maxLength={PERSON_FIELD_CAPS.notes}
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('partners.person.save')}
        </button>
      </div>
    </form>
  );
}
