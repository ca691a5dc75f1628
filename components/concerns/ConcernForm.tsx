import { t } from '../../lib/i18n';
import { SIDES, type ConcernInput, type Side } from '../../lib/model/concern';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import { concernFromForm, emptyConcernForm } from './concern-form-values';
import { sideLabel } from './labels';

interface Props {
  today: string;
  me: string;
  onSave: (input: Omit<ConcernInput, 'partnerId' | 'createdBy'>) => void;
  onCancel: () => void;
}

/** What the concern is, who raised it on which side, when; and who will be able to read it. */
export function ConcernForm({ today, me, onSave, onCancel }: Props) {
  const { values, errors, set, submit } = useFormValues(
    () => emptyConcernForm(today, me),
    concernFromForm,
    onSave,
    'concern-',
  );
  return (
    <form class="form inset" aria-label={t('concerns.form.name')} onSubmit={submit} noValidate>
      <Field
        id="concern-text"
        label={t('concerns.form.text')}
        value={values.text}
        onInput={set('text')}
        error={errors.text}
        multiline
        required
        autoFocus
        maxLength={4000}
      />
      <div class="field-row">
        <Field
          id="concern-raised-by"
          label={t('concerns.form.raisedBy')}
          value={values.raisedBy}
          onInput={set('raisedBy')}
        />
        <div class="field">
          <label for="concern-side">{t('concerns.form.side')}</label>
          <select
            id="concern-side"
            value={values.side}
            onChange={(e) => set('side')((e.currentTarget as HTMLSelectElement).value as Side)}
          >
            {SIDES.map((side) => (
              <option key={side} value={side}>
                {sideLabel(side)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        id="concern-date"
        label={t('concerns.form.date')}
        type="date"
        value={values.date}
        onInput={set('date')}
        error={errors.date}
      />
      <p class="muted small concern-visibility">{t('concerns.form.visibility')}</p>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('concerns.form.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('concerns.form.cancel')}
        </button>
      </div>
    </form>
  );
}
