import type { ComponentChildren } from 'preact';
import { Field } from '../common/Field';
import type { PartnerFormValues } from './partner-form-values';

type AddressKey = 'street' | 'locality' | 'postalCode' | 'region' | 'country';

interface Props {
  values: Pick<PartnerFormValues, AddressKey>;
  onInput: (key: AddressKey) => (value: string) => void;
  /** Shown under the legend, e.g. where a captured address was found. */
  note?: ComponentChildren;
}

/** The postal address part of the partner form and of the capture review. */
export function AddressFields({ values, onInput, note }: Props) {
  const field = (key: AddressKey, label: string) => (
    <Field id={`partner-${key}`} label={label} value={values[key]} onInput={onInput(key)} />
  );
  return (
    <fieldset class="fieldset">
      <legend>Address</legend>
      {note}
      {field('street', 'Street')}
      <div class="field-row">
        {field('locality', 'City or town')}
        {field('postalCode', 'Postal code')}
      </div>
      <div class="field-row">
        {field('region', 'Region or state')}
        {field('country', 'Country')}
      </div>
    </fieldset>
  );
}
