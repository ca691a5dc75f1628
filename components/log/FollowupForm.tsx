import { useState } from 'preact/hooks';
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
  const submit = (event: Event) => {
    event.preventDefault();
    const errors: typeof error = {};
    if (!text.trim()) errors.text = 'Say what needs doing.';
    if (due && !isValidDay(due)) errors.due = 'Enter a date like 2026-11-30.';
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
    <form class="form inset followup-form" aria-label="Add follow-up" onSubmit={submit} noValidate>
      {context && <p class="muted small followup-context">{context}</p>}
      <Field
        id={`${idPrefix}-text`}
        label="Follow-up"
        value={text}
        onInput={setText}
        error={error.text}
        required
        autoFocus
      />
      <div class="field-row">
        <Field
          id={`${idPrefix}-assignee`}
          label="Assignee"
          value={assignee}
          onInput={setAssignee}
          inputProps={{ list: `${idPrefix}-assignees`, autoComplete: 'off' }}
        />
        <Field
          id={`${idPrefix}-due`}
          label="Due date"
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
          Save follow-up
        </button>
        <button type="button" class="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
