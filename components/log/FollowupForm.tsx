import { useRef, useState } from 'preact/hooks';
import { useScreenFocus } from '../common/screen-focus';
import { t } from '../../lib/i18n';
import { isValidDay } from '../../lib/model/days';
import type { FollowupInput } from '../../lib/model/followup';
import { Field } from '../common/Field';

export interface AssigneeOption {
  id?: string;
  name: string;
}

interface Props {
  initialText?: string;
  assignees: AssigneeOption[];
  /** Shown above the form: what the follow-up is linked to. */
  context?: string;
  onSave: (input: Pick<FollowupInput, 'text' | 'due' | 'assigneeId' | 'assigneeName'>) => void;
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
  const [text, setText] = useState(initialText ?? '');
  const [assignee, setAssignee] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<{ text?: string; due?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  const submit = (event: Event) => {
    event.preventDefault();
    const errors: typeof error = {};
    if (!text.trim()) errors.text = t('log.followupForm.error.text');
    if (due && !isValidDay(due)) errors.due = t('log.followupForm.error.due');
    setError(errors);
    if (errors.text || errors.due) {
      document.getElementById(errors.text ? `${idPrefix}-text` : `${idPrefix}-due`)?.focus();
      return;
    }
    const name = assignee.trim();
    const match = assignees.find((a) => a.name.toLowerCase() === name.toLowerCase());
    onSave({
      text: text.trim(),
      due: due || undefined,
      assigneeName: match?.name ?? (name || undefined),
      assigneeId: match?.id,
    });
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
        value={text}
        onInput={setText}
        error={error.text}
        required
        autoFocus
      />
      <div class="field-row">
        <Field
          id={`${idPrefix}-assignee`}
          label={t('log.followupForm.assignee')}
          value={assignee}
          onInput={setAssignee}
          inputProps={{ list: `${idPrefix}-assignees`, autoComplete: 'off' }}
        />
        <Field
          id={`${idPrefix}-due`}
          label={t('log.followupForm.due')}
          type="date"
          value={due}
          onInput={setDue}
          error={error.due}
        />
      </div>
      <datalist id={`${idPrefix}-assignees`}>
        {assignees.map((a) => (
          <option key={a.id ?? a.name} value={a.name} />
        ))}
      </datalist>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('log.followupForm.save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('log.followupForm.cancel')}
        </button>
      </div>
    </form>
  );
}
