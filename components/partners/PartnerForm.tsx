import { useState } from 'preact/hooks';
import type { PartnerInput } from '../../lib/model/partner';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { KindSelect } from './KindSelect';
import { AddressFields } from './AddressFields';
import {
  formToPartner,
  type PartnerFormErrors,
  type PartnerFormValues,
} from './partner-form-values';

interface Props {
  heading: string;
  initial: PartnerFormValues;
  onSave: (partner: PartnerInput) => void;
  onCancel: () => void;
}

/** Add or edit a partner: every Partner field, validated before saving. */
export function PartnerForm({ heading, initial, onSave, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PartnerFormErrors>({});
  const set = (key: keyof PartnerFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: Event) => {
    event.preventDefault();
    const result = formToPartner(values);
    if (result.ok) onSave(result.partner);
    else {
      setErrors(result.errors);
      focusFirstError(result.errors, event.currentTarget as HTMLFormElement, 'partner-');
    }
  };

  return (
    <form class="form" onSubmit={submit} aria-labelledby="partner-form-title" noValidate>
      <h2 id="partner-form-title">{heading}</h2>
      <Field
        id="partner-name"
        label="Name"
        value={values.name}
        onInput={set('name')}
        error={errors.name}
        required
        autoFocus
      />
      <KindSelect value={values.kind} onChange={set('kind')} />
      <Field
        id="partner-website"
        label="Website"
        type="url"
        value={values.website}
        onInput={set('website')}
        error={errors.website}
      />
      <Field
        id="partner-emails"
        label="Email"
        type="text"
        value={values.emails}
        onInput={set('emails')}
        error={errors.emails}
        hint="Separate several with commas."
        inputProps={{ inputMode: 'email', autoComplete: 'off' }}
      />
      <Field
        id="partner-phones"
        label="Phone"
        type="text"
        value={values.phones}
        onInput={set('phones')}
        error={errors.phones}
        hint="Separate several with commas."
        inputProps={{ inputMode: 'tel' }}
      />
      <Field
        id="partner-description"
        label="Description"
        multiline
        value={values.description}
        onInput={set('description')}
      />
      <Field
        id="partner-tags"
        label="Tags"
        value={values.tags}
        onInput={set('tags')}
        hint="For example: literacy, STEM, sponsor."
      />
      <AddressFields values={values} onInput={set} />
      <Field
        id="partner-socials"
        label="Social profiles"
        multiline
        value={values.socials}
        onInput={set('socials')}
        error={errors.socials}
        hint="One address per line."
      />
      <Field
        id="partner-cadenceDays"
        label="Contact every (days)"
        type="number"
        value={values.cadenceDays}
        onInput={set('cadenceDays')}
        error={errors.cadenceDays}
        inputProps={{ min: 1, max: 3650 }}
      />
      <div class="actions sticky">
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary">
          Save partner
        </button>
      </div>
    </form>
  );
}
