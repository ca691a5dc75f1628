import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { SaveRow } from '../common/SaveRow';

interface Props {
  /** The address saved on this device (or the web app's own), '' when none. */
  address: string;
  /** Saves what was typed ('' clears it); resolves to false when it is not a usable address. */
  onSave: (text: string) => Promise<boolean>;
}

/**
 * Settings → Workspaces: where Bridgework on the web is served, so that invites come with a link
 * for partners who do not use the extension.
 */
export function WebAppAddressForm(props: Props) {
  const [text, setText] = useState(props.address);
  const [error, setError] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setText(props.address), [props.address]);
  return (
    <form
      class="form"
      onSubmit={async (event) => {
        event.preventDefault();
        const ok = await props.onSave(text);
        setError(!ok);
        setMessage(ok ? t('workspace.webApp.saved') : '');
        if (!ok) document.getElementById('web-app-address')?.focus();
      }}
    >
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for="web-app-address">{t('workspace.webApp.label')}</label>
        <p id="web-app-address-hint" class="hint">
          {t('workspace.webApp.hint')}
        </p>
        <input
          id="web-app-address"
          type="url"
          inputMode="url"
          spellcheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`web-app-address-hint${error ? ' web-app-address-error' : ''}`}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setMessage('');
          }}
        />
        {error && (
          <p id="web-app-address-error" class="error">
            {t('workspace.webApp.invalid')}
          </p>
        )}
      </div>
      <SaveRow label={t('workspace.webApp.save')} message={message} />
    </form>
  );
}
