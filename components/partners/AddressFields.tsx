import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';
import { Field } from '../common/Field';
import {
  PARTNER_FIELD_CAPS,
  type PartnerFormErrors,
  type PartnerFormValues,
} from './partner-form-values';

type AddressKey = 'street' | 'locality' | 'postalCode' | 'region' | 'country';

interface Props {
  values: Pick<PartnerFormValues, AddressKey>;
  onInput: (key: AddressKey) => (value: string) => void;
  errors?: Pick<PartnerFormErrors, AddressKey>;
  /** Shown under the legend, e.g. where a captured address was found. */
  note?: ComponentChildren;
}

/** The postal address part of the partner form and of the capture review. */
export function AddressFields({ values, onInput, errors = {}, note }: Props) {
  const field = (key: AddressKey, label: MessageKey) => (
    <Field
      id={`partner-${key}`}
      label={t(label)}
      value={values[key]}
      onInput={onInput(key)}
      error={errors[key]}
      maxLength={PARTNER_FIELD_CAPS[key]}
    />
  );
  return (
    <fieldset class="fieldset">
      <legend>{t('partners.field.address')}</legend>
      {note}
      {field('street', 'partners.field.street')}
      <div class="field-row">
        {field('locality', 'partners.field.locality')}
        {field('postalCode', 'partners.field.postalCode')}
      </div>
      <div class="field-row">
        {field('region', 'partners.field.region')}
        {field('country', 'partners.field.country')}
      </div>
    </fieldset>
  );
}
