import type { ComponentChildren, ComponentProps } from 'preact';
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

type TextKey = Exclude<PartnerFieldSlot, 'kind' | 'address'>;

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
  const field = (key: TextKey, props: Partial<ComponentProps<typeof Field>> = {}) =>
    withExtra(
      key,
      <Field
        id={`partner-${key}`}
        label={TEXT[key]}
        value={values[key]}
        onInput={onInput(key)}
        error={errors[key]}
        {...props}
      />,
    );
  return (
    <>
      {field('name', { required: true, autoFocus: true })}
      {withExtra(
        'kind',
        <KindSelect value={values.kind} onChange={(kind) => onInput('kind')(kind)} />,
      )}
      {field('website', { type: 'url' })}
      {field('emails', {
        hint: TEXT.severalHint,
        inputProps: { inputMode: 'email', autoComplete: 'off' },
      })}
      {field('phones', { hint: TEXT.severalHint, inputProps: { inputMode: 'tel' } })}
      {field('description', { multiline: true })}
      {field('tags', { hint: TEXT.tagsHint })}
      <AddressFields values={values} onInput={onInput} note={extras.address} />
      {field('socials', { multiline: true, hint: TEXT.socialsHint })}
      {field('cadenceDays', { type: 'number', inputProps: { min: 1, max: 3650 } })}
    </>
  );
}
