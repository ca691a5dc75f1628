import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { focusFirstError } from '../common/focus-first-error';
import { SaveRow } from '../common/SaveRow';
import {
  formToSyncServers,
  type SyncFormErrors,
  type SyncFormValues,
  type SyncServers,
} from './sync-form-values';

export interface SyncSettingsValues {
  /** One URL per line. */
  signaling: string;
  /** One STUN/TURN server per line. */
  ice: string;
  paused: boolean;
}

interface Props {
  values: SyncSettingsValues;
  /** Saves servers the form has checked; resolves to an error message, or null once applied. */
  onSave: (servers: SyncServers) => Promise<string | null>;
  onPause: (paused: boolean) => void;
}

const FIELD_ORDER = ['signaling', 'ice'] as const;

/** The hint, and the error when there is one, of a server list. */
const describedBy = (key: keyof SyncFormValues, errors: SyncFormErrors) =>
  errors[key] ? `sync-${key}-hint sync-${key}-error` : `sync-${key}-hint`;

/** How this device finds peers. Applied at once: nothing needs restarting. */
export function SyncSettingsView(props: Props) {
  const [signaling, setSignaling] = useState(props.values.signaling);
  const [ice, setIce] = useState(props.values.ice);
  const [message, setMessage] = useState('');
  /** Saving itself failed (storage): not any one field's fault. */
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<SyncFormErrors>({});
  /** The person has typed since the form last showed the stored values: theirs stand. */
  const [edited, setEdited] = useState(false);
  // Stored values that arrive later (loaded after the view opened, or saved in another window)
  // replace the fields only while nothing typed here would be lost.
  useEffect(() => {
    if (edited) return;
    setSignaling(props.values.signaling);
    setIce(props.values.ice);
  }, [props.values.signaling, props.values.ice, edited]);

  return (
    <form
      class="form"
      aria-labelledby="sync-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = formToSyncServers({ signaling, ice });
        setErrors(result.ok ? {} : result.errors);
        if (!result.ok) {
          setMessage('');
          focusFirstError(result.errors, FIELD_ORDER, 'sync-');
          return;
        }
        const problem = await props.onSave(result.value);
        setError(problem ?? '');
        setMessage(problem ? '' : t('sync.settings.applied'));
        if (!problem) setEdited(false);
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
      <div class={`field${errors.signaling ? ' has-error' : ''}`}>
        <label for="sync-signaling">{t('sync.settings.signaling')}</label>
        <p id="sync-signaling-hint" class="hint">
          {t('sync.settings.signalingHint')}
        </p>
        <textarea
          id="sync-signaling"
          rows={2}
          spellcheck={false}
          value={signaling}
          aria-describedby={describedBy('signaling', errors)}
          aria-invalid={errors.signaling ? true : undefined}
          onInput={(event) => {
            setSignaling(event.currentTarget.value);
            setEdited(true);
            setMessage('');
          }}
        />
        {errors.signaling && (
          <p id="sync-signaling-error" class="error">
            {errors.signaling}
          </p>
        )}
      </div>
      <div class={`field${errors.ice ? ' has-error' : ''}`}>
        <label for="sync-ice">{t('sync.settings.ice')}</label>
        <p id="sync-ice-hint" class="hint">
          {t('sync.settings.iceHint')}
        </p>
        <textarea
          id="sync-ice"
          rows={2}
          spellcheck={false}
          value={ice}
          aria-describedby={describedBy('ice', errors)}
          aria-invalid={errors.ice ? true : undefined}
          onInput={(event) => {
            setIce(event.currentTarget.value);
            setEdited(true);
            setMessage('');
          }}
        />
        {errors.ice && (
          <p id="sync-ice-error" class="error">
            {errors.ice}
          </p>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <SaveRow label={t('sync.settings.save')} message={message} />
    </form>
  );
}
