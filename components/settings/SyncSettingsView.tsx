import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface SyncSettingsValues {
  /** One URL per line. */
  signaling: string;
  /** One STUN/TURN server per line. */
  ice: string;
  paused: boolean;
}

interface Props {
  values: SyncSettingsValues;
  /** Resolves to an error message, or null once saved and applied. */
  onSave: (values: SyncSettingsValues) => Promise<string | null>;
  onPause: (paused: boolean) => void;
}

/** How this device finds peers. Applied at once: nothing needs restarting. */
export function SyncSettingsView(props: Props) {
  const [signaling, setSignaling] = useState(props.values.signaling);
  const [ice, setIce] = useState(props.values.ice);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    setSignaling(props.values.signaling);
    setIce(props.values.ice);
  }, [props.values.signaling, props.values.ice]);

  return (
    <form
      class="form"
      aria-labelledby="sync-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await props.onSave({ signaling, ice, paused: props.values.paused });
        setError(problem ?? '');
        setMessage(problem ? '' : t('sync.settings.applied'));
      }}
    >
      <h2 id="sync-title">{t('sync.settings.title')}</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={props.values.paused}
          onChange={(event) => props.onPause(event.currentTarget.checked)}
        />{' '}
        {t('sync.settings.pause')}
      </label>
      <p class="small muted">{t('sync.settings.pauseHint')}</p>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for="sync-signaling">{t('sync.settings.signaling')}</label>
        <p id="sync-signaling-hint" class="hint">
          {t('sync.settings.signalingHint')}
        </p>
        <textarea
          id="sync-signaling"
          rows={2}
          spellcheck={false}
          value={signaling}
          aria-describedby="sync-signaling-hint"
          onInput={(event) => {
            setSignaling(event.currentTarget.value);
            setMessage('');
          }}
        />
      </div>
      <div class="field">
        <label for="sync-ice">{t('sync.settings.ice')}</label>
        <p id="sync-ice-hint" class="hint">
          {t('sync.settings.iceHint')}
        </p>
        <textarea
          id="sync-ice"
          rows={2}
          spellcheck={false}
          value={ice}
          aria-describedby="sync-ice-hint"
          onInput={(event) => {
            setIce(event.currentTarget.value);
            setMessage('');
          }}
        />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button">
          {t('sync.settings.save')}
        </button>
        <span aria-live="polite" class="muted small">
          {message}
        </span>
      </div>
    </form>
  );
}
