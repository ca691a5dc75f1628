import type { ComponentChildren, ComponentProps } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';
import { Field } from '../common/Field';
import { KindSelect } from './KindSelect';
import { StakeholderGroupSelect } from './StakeholderGroupSelect';
import { AddressFields } from './AddressFields';
import {
  PARTNER_FIELD_CAPS,
  type PartnerFormErrors,
  type PartnerFormValues,
} from './partner-form-values';

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

type TextKey = Exclude<PartnerFieldSlot, 'kind' | 'address'>;

const LABEL_KEYS: Record<TextKey, MessageKey> = {
  name: 'partners.field.name',
  website: 'partners.field.website',
  emails: 'partners.field.emails',
  phones: 'partners.field.phones',
  description: 'partners.field.description',
  tags: 'partners.field.tags',
  socials: 'partners.field.socials',
  cadenceDays: 'partners.field.cadenceDays',
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
  const field = (key: TextKey, props: Partial<ComponentProps<typeof Field>> = {}) =>
    withExtra(
      key,
      <Field
        id={`partner-${key}`}
        label={t(LABEL_KEYS[key])}
        value={values[key]}
        onInput={onInput(key)}
        error={errors[key]}
        maxLength={PARTNER_FIELD_CAPS[key]}
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
      <StakeholderGroupSelect
        value={values.stakeholderGroup}
        onChange={onInput('stakeholderGroup')}
      />
      {field('website', { type: 'url' })}
      {field('emails', {
        hint: t('partners.field.severalHint'),
        inputProps: { inputMode: 'email', autoComplete: 'off' },
      })}
      {field('phones', { hint: t('partners.field.severalHint'), inputProps: { inputMode: 'tel' } })}
      {field('description', { multiline: true })}
      {field('tags', { hint: t('partners.field.tagsHint') })}
      <AddressFields values={values} onInput={onInput} errors={errors} note={extras.address} />
      {field('socials', { multiline: true, hint: t('partners.field.socialsHint') })}
      {field('cadenceDays', { type: 'number', inputProps: { min: 1, max: 3650 } })}
    </>
  );
}
