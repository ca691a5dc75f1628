import { t } from '../../lib/i18n';
import { AGREEMENT_TEXT_LIMIT, type AgreementInput } from '../../lib/model/agreement';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import { agreementFromForm, type AgreementFormValues } from './agreement-form-values';

interface Props {
  partnerName: string;
  initial: AgreementFormValues;
  onSave: (input: AgreementInput) => void;
  onCancel: () => void;
}

const ID = 'agreement';

/** The agreement's text, how often you keep in touch, and its dates. */
export function AgreementForm({ partnerName, initial, onSave, onCancel }: Props) {
  const { values, errors, set, submit } = useFormValues(
    initial,
    agreementFromForm,
    onSave,
    `${ID}-`,
  );
  const text = (key: keyof AgreementFormValues, label: string, max = AGREEMENT_TEXT_LIMIT) => (
    <Field
      id={`${ID}-${key}`}
      label={label}
      value={values[key]}
      onInput={set(key)}
      error={errors[key]}
      multiline
      maxLength={max}
      required={key === 'purpose'}
      autoFocus={key === 'purpose'}
    />
  );
  return (
    <form
      class="form inset agreement-form"
      aria-label={t('agreements.form.heading', { name: partnerName })}
      onSubmit={submit}
      noValidate
    >
      {text('purpose', t('agreements.agreement.purpose'))}
      {text('ourResponsibilities', t('agreements.agreement.ours'))}
      {text('partnerResponsibilities', t('agreements.agreement.theirs'))}
      {text('expectations', t('agreements.agreement.expectations'))}
      {text('communication', t('agreements.agreement.communication'), 2000)}
      <Field
        id={`${ID}-cadenceDays`}
        label={t('agreements.agreement.cadence')}
        hint={t('agreements.agreement.cadenceHint')}
        type="number"
        value={values.cadenceDays}
        onInput={set('cadenceDays')}
        error={errors.cadenceDays}
        inputProps={{ min: 1, max: 3650, step: 1, inputMode: 'numeric' }}
      />
      <div class="field-row">
        <Field
          id={`${ID}-startDate`}
          label={t('agreements.agreement.start')}
          type="date"
          value={values.startDate}
          onInput={set('startDate')}
          error={errors.startDate}
        />
        <Field
          id={`${ID}-reviewDate`}
          label={t('agreements.agreement.review')}
          type="date"
          value={values.reviewDate}
          onInput={set('reviewDate')}
          error={errors.reviewDate}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('agreements.form.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('agreements.form.cancel')}
        </button>
      </div>
    </form>
  );
}
