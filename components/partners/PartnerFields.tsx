import type { ComponentChildren } from 'preact';
import { Field } from '../common/Field';
import { KindSelect } from './KindSelect';
import { AddressFields } from './AddressFields';
import type { PartnerFormErrors, PartnerFormValues } from './partner-form-values';

/** A field (or, for `address`, the address group) that can carry extras underneath. */
export type PartnerFieldSlot =
  | 'name'
  | 'kind'
  | 'website'
  | 'emails'
  | 'phones'
  | 'description'
  | 'tags'
  | 'address'
  | 'socials'
  | 'cadenceDays';

/**
 * Shown under a field: the capture review's "Found in …" line and the other values the page
 * offered. The partner form passes none and renders the bare fields.
 */
export type PartnerFieldExtras = Partial<Record<PartnerFieldSlot, ComponentChildren>>;

interface Props {
  values: PartnerFormValues;
  errors: PartnerFormErrors;
  onInput: (key: keyof PartnerFormValues) => (value: string) => void;
  extras?: PartnerFieldExtras;
}

const TEXT = {
  name: 'Name',
  website: 'Website',
  emails: 'Email',
  phones: 'Phone',
  description: 'Description',
  tags: 'Tags',
  socials: 'Social profiles',
  cadenceDays: 'Contact every (days)',
  severalHint: 'Separate several with commas.',
  tagsHint: 'For example: literacy, STEM, sponsor.',
  socialsHint: 'One address per line.',
};

/** Every Partner field with its label, hint and error: the partner form's and the capture review's. */
export function PartnerFields({ values, errors, onInput, extras = {} }: Props) {
  const withExtra = (slot: PartnerFieldSlot, field: ComponentChildren) =>
    extras[slot] === undefined ? (
      field
    ) : (
      <div>
        {field}
        {extras[slot]}
      </div>
    );
  return (
    <>
      {withExtra(
        'name',
        <Field
          id="partner-name"
          label={TEXT.name}
          value={values.name}
          onInput={onInput('name')}
          error={errors.name}
          required
          autoFocus
        />,
      )}
      {withExtra(
        'kind',
        <KindSelect value={values.kind} onChange={(kind) => onInput('kind')(kind)} />,
      )}
      {withExtra(
        'website',
        <Field
          id="partner-website"
          label={TEXT.website}
          type="url"
          value={values.website}
          onInput={onInput('website')}
          error={errors.website}
        />,
      )}
      {withExtra(
        'emails',
        <Field
          id="partner-emails"
          label={TEXT.emails}
          type="text"
          value={values.emails}
          onInput={onInput('emails')}
          error={errors.emails}
          hint={TEXT.severalHint}
          inputProps={{ inputMode: 'email', autoComplete: 'off' }}
        />,
      )}
      {withExtra(
        'phones',
        <Field
          id="partner-phones"
          label={TEXT.phones}
          type="text"
          value={values.phones}
          onInput={onInput('phones')}
          error={errors.phones}
          hint={TEXT.severalHint}
          inputProps={{ inputMode: 'tel' }}
        />,
      )}
      {withExtra(
        'description',
        <Field
          id="partner-description"
          label={TEXT.description}
          multiline
          value={values.description}
          onInput={onInput('description')}
        />,
      )}
      {withExtra(
        'tags',
        <Field
          id="partner-tags"
          label={TEXT.tags}
          value={values.tags}
          onInput={onInput('tags')}
          hint={TEXT.tagsHint}
        />,
      )}
      <AddressFields values={values} onInput={onInput} note={extras.address} />
      {withExtra(
        'socials',
        <Field
          id="partner-socials"
          label={TEXT.socials}
          multiline
          value={values.socials}
          onInput={onInput('socials')}
          error={errors.socials}
          hint={TEXT.socialsHint}
        />,
      )}
      {withExtra(
        'cadenceDays',
        <Field
          id="partner-cadenceDays"
          label={TEXT.cadenceDays}
          type="number"
          value={values.cadenceDays}
          onInput={onInput('cadenceDays')}
          error={errors.cadenceDays}
          inputProps={{ min: 1, max: 3650 }}
        />,
      )}
    </>
  );
}
