import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PartnerInput } from '../../lib/model/partner';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import { PartnerFields } from './PartnerFields';
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
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', onEscape: onCancel });
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
    <form ref={form} class="form" onSubmit={submit} aria-labelledby="partner-form-title" noValidate>
      <h2 id="partner-form-title">{heading}</h2>
      <PartnerFields values={values} errors={errors} onInput={set} />
      <div class="actions sticky">
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('partners.form.save')}
        </button>
      </div>
    </form>
  );
}
