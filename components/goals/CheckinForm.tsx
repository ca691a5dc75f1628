import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { localDay } from '../../lib/model/days';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import {
  CHECKIN_FIELD_CAPS,
  checkinToForm,
  formToCheckin,
  type CheckinFormErrors,
  type CheckinFormResult,
  type CheckinFormValues,
} from './checkin-form-values';

interface Props {
  unit?: string | undefined;
  /** The day it starts on (a meeting's day when recorded from its agenda); today otherwise. */
  initialDate?: string | undefined;
  onSave: (checkin: CheckinFormResult) => void;
  onCancel: () => void;
}

/** Records today's (or another day's) value of the goal's metric. */
export function CheckinForm({ unit, initialDate, onSave, onCancel }: Props) {
  const [values, setValues] = useState<CheckinFormValues>(() =>
    checkinToForm({ date: initialDate ?? localDay() }),
  );
  const [errors, setErrors] = useState<CheckinFormErrors>({});
  const set = (key: keyof CheckinFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  return (
    <form
      ref={form}
      class="form inset checkin-form"
      aria-label={t('goals.checkin.form')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = formToCheckin(values);
        if (!result.ok) {
          setErrors(result.errors);
          focusFirstError(result.errors, event.currentTarget as HTMLFormElement, 'checkin-');
          return;
        }
        setErrors({});
        onSave(result.value);
      }}
    >
      <div class="field-row">
        <Field
          id="checkin-value"
          label={t('goals.checkin.value')}
          hint={unit ? t('goals.checkin.valueHint', { unit }) : undefined}
          value={values.value}
          onInput={set('value')}
          error={errors.value}
          inputProps={{ inputMode: 'decimal' }}
        />
        <Field
          id="checkin-date"
          label={t('goals.checkin.date')}
          type="date"
          value={values.date}
          onInput={set('date')}
          error={errors.date}
        />
      </div>
      <Field
        id="checkin-note"
        label={t('goals.checkin.note')}
        value={values.note}
        onInput={set('note')}
        error={errors.note}
        maxLength={CHECKIN_FIELD_CAPS.note}
        multiline
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('goals.checkin.save')}
        </button>
      </div>
    </form>
  );
}
