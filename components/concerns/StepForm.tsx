import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  isStepBack,
  type ConcernStatus,
  type PostAnalysis,
  type StepInput,
} from '../../lib/model/concern';
import { Field } from '../common/Field';
import {
  emptyStepForm,
  stepFromForm,
  type StepFormErrors,
  type StepFormValues,
} from './concern-form-values';
import { statusLabel } from './labels';

interface Props {
  concernId: string;
  from: ConcernStatus;
  to: ConcernStatus;
  today: string;
  /** A refusal from the model (a peer moved the concern meanwhile), worded. */
  problem?: string | undefined;
  onSave: (step: Omit<StepInput, 'by'>, analysis?: PostAnalysis) => void;
  onCancel: () => void;
}

const FIELD_ORDER: (keyof StepFormValues)[] = ['date', 'note', 'rootCause', 'whatWeChange'];

/** One step of the conversation: when, what was said, who took part; resolving adds the post-analysis. */
export function StepForm({ concernId, from, to, today, problem, onSave, onCancel }: Props) {
  const [values, setValues] = useState<StepFormValues>(() => emptyStepForm(today));
  const [errors, setErrors] = useState<StepFormErrors>({});
  const id = (field: string) => `step-${concernId}-${field}`;
  const set = (key: keyof StepFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const result = stepFromForm(from, to, values);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    onSave(result.step, result.analysis);
  };
  const status = statusLabel(to);
  return (
    <form
      class="form inset"
      aria-label={t('concerns.step.name', { status })}
      onSubmit={submit}
      noValidate
    >
      <p class="muted small">{t('concerns.step.name', { status })}</p>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <Field
        id={id('date')}
        label={t('concerns.step.date')}
        type="date"
        value={values.date}
        onInput={set('date')}
        error={errors.date}
      />
      <Field
        id={id('note')}
        label={t('concerns.step.note')}
        hint={isStepBack(from, to) ? t('concerns.step.noteRequired') : t('concerns.step.noteHint')}
        value={values.note}
        onInput={set('note')}
        error={errors.note}
        multiline
        autoFocus
        maxLength={4000}
      />
      <Field
        id={id('people')}
        label={t('concerns.step.people')}
        hint={t('concerns.step.peopleHint')}
        value={values.people}
        onInput={set('people')}
      />
      {to === 'resolved' && (
        <>
          <p class="muted small">{t('concerns.step.analysisHint')}</p>
          <Field
            id={id('rootCause')}
            label={t('concerns.step.rootCause')}
            value={values.rootCause}
            onInput={set('rootCause')}
            error={errors.rootCause}
            multiline
            required
            maxLength={4000}
          />
          <Field
            id={id('whatWeChange')}
            label={t('concerns.step.whatWeChange')}
            value={values.whatWeChange}
            onInput={set('whatWeChange')}
            error={errors.whatWeChange}
            multiline
            required
            maxLength={4000}
          />
        </>
      )}
      <div class="actions">
        <button type="submit" class="button primary">
          {t('concerns.step.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('concerns.step.cancel')}
        </button>
      </div>
    </form>
  );
}
