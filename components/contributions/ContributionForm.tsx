import { t } from '../../lib/i18n';
import {
  kindsFor,
  NOTE_MAX,
  type ContributionDirection,
  type ContributionKind,
  type ContributionPatch,
} from '../../lib/model/contribution';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import {
  contributionFromForm,
  withDirection,
  type ContributionFormValues,
} from './contribution-form-values';
import { GoalPicker } from './GoalPicker';
import { contributionKindLabel } from './labels';
import type { GoalOption } from './types';

interface Props {
  initial: ContributionFormValues;
  goals: readonly GoalOption[];
  onSave: (input: ContributionPatch) => void;
  onCancel: () => void;
}

/** A contribution in either direction: kind, an amount in a currency and/or hours, day, goals. */
export function ContributionForm({ initial, goals, onSave, onCancel }: Props) {
  const { values, errors, set, submit, setValues } = useFormValues(
    initial,
    contributionFromForm,
    onSave,
    'contribution-',
  );
  return (
    <form
      class="form inset"
      aria-label={t('value.contribution.form.name')}
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
    >
      <div class="field">
        <label for="contribution-direction">{t('value.contribution.form.direction')}</label>
        <select
          id="contribution-direction"
          value={values.direction}
          onChange={(event) =>
            setValues((current) =>
              withDirection(current, event.currentTarget.value as ContributionDirection),
            )
          }
          autoFocus
        >
          <option value="from-partner">{t('value.contribution.form.fromPartner')}</option>
          <option value="to-partner">{t('value.contribution.form.toPartner')}</option>
        </select>
      </div>
      <div class="field">
        <label for="contribution-kind">{t('value.contribution.form.kind')}</label>
        <select
          id="contribution-kind"
          value={values.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value as ContributionKind;
            setValues((current) => ({ ...current, kind }));
          }}
        >
          {kindsFor(values.direction).map((kind) => (
            <option key={kind} value={kind}>
              {contributionKindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div class="field-row">
        <Field
          id="contribution-amount"
          label={t('value.contribution.form.amount')}
          value={values.amount}
          onInput={set('amount')}
          error={errors.amount}
          inputProps={{ inputMode: 'decimal', autoComplete: 'off' }}
          maxLength={20}
        />
        <Field
          id="contribution-currency"
          label={t('value.contribution.form.currency')}
          hint={t('value.contribution.form.currencyHint')}
          value={values.currency}
          onInput={set('currency')}
          error={errors.currency}
          maxLength={3}
          inputProps={{ autoComplete: 'off', autoCapitalize: 'characters', size: 4 }}
        />
      </div>
      <div class="field-row">
        <Field
          id="contribution-hours"
          label={t('value.contribution.form.hours')}
          value={values.hours}
          onInput={set('hours')}
          error={errors.hours}
          inputProps={{ inputMode: 'decimal', autoComplete: 'off' }}
          maxLength={12}
        />
        <Field
          id="contribution-date"
          label={t('value.contribution.form.date')}
          type="date"
          value={values.date}
          onInput={set('date')}
          error={errors.date}
        />
      </div>
      <GoalPicker
        id="contribution-goals"
        legend={t('value.contribution.form.goals')}
        goals={goals}
        selected={values.goalIds}
        onChange={(goalIds) => setValues((current) => ({ ...current, goalIds }))}
      />
      <Field
        id="contribution-note"
        label={t('value.contribution.form.note')}
        value={values.note}
        onInput={set('note')}
        multiline
        maxLength={NOTE_MAX}
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('value.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('value.contribution.form.save')}
        </button>
      </div>
    </form>
  );
}
