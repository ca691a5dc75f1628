import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Person, PersonInput } from '../../lib/model/person';
import { Field } from '../common/Field';
import { focusFirstError } from '../common/focus-first-error';
import { useScreenFocus } from '../common/screen-focus';
import { formatListInput, parseListInput } from '../common/list-input';

interface Props {
  initial?: Person;
  onSave: (person: Omit<PersonInput, 'partnerId'>) => void;
  onCancel: () => void;
}

/** Add or edit a person at a partner. Labels are distinct from the partner form's. */
export function PersonForm({ initial, onSave, onCancel }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [emails, setEmails] = useState(formatListInput(initial?.emails ?? []));
  const [phones, setPhones] = useState(formatListInput(initial?.phones ?? []));
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [error, setError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useScreenFocus(form, { focus: 'first-field', scroll: 'nearest', onEscape: onCancel });
  const submit = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      const message = t('partners.person.nameError');
      setError(message);
      focusFirstError({ name: message }, ['name'], 'person-');
      return;
    }
    onSave({
      name: name.trim(),
      role: role.trim() || undefined,
      emails: parseListInput(emails.toLowerCase()),
      phones: parseListInput(phones),
      notes: notes.trim() || undefined,
    });
  };
  return (
    <form
      ref={form}
      class="form inset"
      onSubmit={submit}
      aria-label={
        initial ? t('partners.person.edit', { name: initial.name }) : t('partners.person.add')
      }
      noValidate
    >
      <Field
        id="person-name"
        label={t('partners.person.name')}
        value={name}
        onInput={setName}
        error={error}
        required
      />
      <Field id="person-role" label={t('partners.person.role')} value={role} onInput={setRole} />
      <Field
        id="person-emails"
        label={t('partners.person.email')}
        value={emails}
        onInput={setEmails}
        inputProps={{ inputMode: 'email' }}
      />
      <Field
        id="person-phones"
        label={t('partners.person.phone')}
        value={phones}
        onInput={setPhones}
        inputProps={{ inputMode: 'tel' }}
      />
      <Field
        id="person-notes"
        label={t('partners.person.notes')}
        multiline
        value={notes}
        onInput={setNotes}
      />
      <div class="actions">
        <button type="button" class="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button primary">
          {t('partners.person.save')}
        </button>
      </div>
    </form>
  );
}
