import { t } from '../../lib/i18n';
import { COMMITMENT_SIDES, type CommitmentSide } from '../../lib/model/commitment';
import { LIMITS } from '../../lib/model/fields';
import { Field } from '../common/Field';
import { useFormValues } from '../common/use-form-values';
import {
  commitmentFromForm,
  type CommitmentFormResult,
  type CommitmentFormValues,
} from './commitment-form-values';
import { sideLabel } from './labels';
import type { GoalChoice } from './types';

interface Props {
  initial: CommitmentFormValues;
  editing: boolean;
  goals: GoalChoice[];
  onSave: (input: Extract<CommitmentFormResult, { ok: true }>['input']) => void;
  onCancel: () => void;
  idPrefix?: string;
}

/** What was promised, by which side and whom, by when, and for which goal. */
export function CommitmentForm({
  initial,
  editing,
  goals,
  onSave,
  onCancel,
  idPrefix = 'cm',
}: Props) {
  const { values, errors, set, submit } = useFormValues(
    initial,
    commitmentFromForm,
    onSave,
    `${idPrefix}-`,
  );
  return (
    <form
      class="form inset commitment-form"
      aria-label={
        editing ? t('agreements.commitment.formEdit') : t('agreements.commitment.formNew')
      }
      onSubmit={submit}
      noValidate
    >
      <Field
        id={`${idPrefix}-text`}
        label={t('agreements.commitment.text')}
        value={values.text}
        onInput={set('text')}
        error={errors.text}
        required
        autoFocus
      />
      <div class="field-row">
        <div class="field">
          <label for={`${idPrefix}-side`}>{t('agreements.commitment.side')}</label>
          <select
            id={`${idPrefix}-side`}
            value={values.side}
            onChange={(event) =>
              set('side')((event.currentTarget as HTMLSelectElement).value as CommitmentSide)
            }
          >
            {COMMITMENT_SIDES.map((side) => (
              <option key={side} value={side}>
                {sideLabel(side)}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={`${idPrefix}-who`}
          label={t('agreements.commitment.who')}
          value={values.who}
          onInput={set('who')}
          maxLength={LIMITS.name}
        />
      </div>
      <div class="field-row">
        <Field
          id={`${idPrefix}-due`}
          label={t('agreements.commitment.due')}
          type="date"
          value={values.due}
          onInput={set('due')}
          error={errors.due}
        />
        <div class="field">
          <label for={`${idPrefix}-goal`}>{t('agreements.commitment.goal')}</label>
          <select
            id={`${idPrefix}-goal`}
            value={values.goalId}
            onChange={(event) => set('goalId')((event.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('agreements.commitment.noGoal')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('agreements.commitment.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('agreements.commitment.cancel')}
        </button>
      </div>
    </form>
  );
}
