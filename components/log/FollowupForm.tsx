import { useRef, useState } from 'preact/hooks';
import { useScreenFocus } from '../common/screen-focus';
import { t } from '../../lib/i18n';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import {
  FOLLOWUP_FIELD_CAPS,
  followupToForm,
  formToFollowup,
  type AssigneeOption,
  type FollowupFormErrors,
  type FollowupFormResult,
  type FollowupFormValues,
} from './followup-form-values';

export type { AssigneeOption } from './followup-form-values';

interface Props {
  initialText?: string;
  assignees: AssigneeOption[];
  /** Shown above the form: what the follow-up is linked to. */
  context?: string;
  onSave: (input: FollowupFormResult) => void;
  onCancel: () => void;
  idPrefix?: string;
}

/** Text, who does it, and by when. */
export function FollowupForm({
  initialText,
  assignees,
  context,
  onSave,
  onCancel,
  idPrefix = 'fu',
}: Props) {
  const [values, setValues] = useState<FollowupFormValues>(() =>
    followupToForm({ text: initialText }),
  );
  const [errors, setErrors] = useState<FollowupFormErrors>({});
  const set = (key: keyof FollowupFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  const submit = (event: Event) => {
    event.preventDefault();
    const result = formToFollowup(values, assignees);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError(result.errors, event.currentTarget as HTMLFormElement, `${idPrefix}-`);
      return;
    }
    setErrors({});
    onSave(result.value);
  };
  return (
    <form
      ref={form}
      class="form inset followup-form"
      aria-label={t('log.followupForm.name')}
      onSubmit={submit}
      noValidate
    >
      {context && <p class="muted small followup-context">{context}</p>}
      <Field
        id={`${idPrefix}-text`}
        label={t('log.followupForm.text')}
        value={values.text}
        onInput={set('text')}
        error={errors.text}
        maxLength={FOLLOWUP_FIELD_CAPS.text}
        required
        autoFocus
      />
      <div class="field-row">
        <Field
          id={`${idPrefix}-assignee`}
          label={t('log.followupForm.assignee')}
          value={values.assignee}
          onInput={set('assignee')}
          error={errors.assignee}
          maxLength={FOLLOWUP_FIELD_CAPS.assignee}
          inputProps={{ list: `${idPrefix}-assignees`, autoComplete: 'off' }}
        />
        <Field
          id={`${idPrefix}-due`}
          label={t('log.followupForm.due')}
          type="date"
          value={values.due}
          onInput={set('due')}
          error={errors.due}
        />
      </div>
      <datalist id={`${idPrefix}-assignees`}>
        {assignees.map((a) => (
          <option key={a.id ?? a.name} value={a.name} />
        ))}
      </datalist>
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('log.followupForm.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('log.followupForm.save')}
        </button>
      </div>
    </form>
  );
}
