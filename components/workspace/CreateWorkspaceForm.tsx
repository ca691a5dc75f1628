import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { TEXT_CAPS } from '../../lib/model/validation';
import { Field } from '../common/Field';

/**
 * Name and create a new shared workspace, inline: `Workspace name` then
 * `Create workspace` (pressing the button first asks for the name).
 */
export function CreateWorkspaceForm(props: { onCreate: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="inline-form"
      aria-label={t('workspace.create.form')}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError(t('workspace.create.nameMissing'));
          document.getElementById('create-workspace-name')?.focus();
          return;
        }
        setBusy(true);
        try {
          await props.onCreate(name);
          setName('');
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Field
        id="create-workspace-name"
        label={t('workspace.create.name')}
        hint={t('workspace.create.hint')}
        value={name}
        onInput={(value) => {
          setName(value);
          setError('');
        }}
        error={error || undefined}
        maxLength={TEXT_CAPS.workspaceName}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          {t('workspace.create.submit')}
        </button>
      </div>
    </form>
  );
}
