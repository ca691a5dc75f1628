import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formToRelayServers } from './relay-form-values';
import { SaveRow } from '../common/SaveRow';

/** How one relay connection stands (lib/messages.ts RelayState, named here for the view). */
export type RelayConnectionState = 'connecting' | 'connected' | 'refused' | 'offline';

interface Props {
  /** The open workspace's relays, one per line. */
  relays: string;
  /** How each named relay's connection stands, when the sync document has reported it. */
  statuses: readonly { url: string; state: RelayConnectionState }[];
  /** Saves the checked list; resolves to an error message, or null once applied. */
  onSave: (urls: string[]) => Promise<string | null>;
}

const STATE_KEYS = {
  connected: 'sync.relay.state.connected',
  connecting: 'sync.relay.state.connecting',
  refused: 'sync.relay.state.refused',
  offline: 'sync.relay.state.offline',
} as const;

/**
 * Settings → Relay servers of the open shared workspace. The hint says plainly what a relay's
 * operator can read, because naming one sends the whole workspace there.
 */
export function RelaySettingsView(props: Props) {
  const [text, setText] = useState(props.relays);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  useEffect(() => setText(props.relays), [props.relays]);
  const describedBy = error ? 'relay-servers-hint relay-servers-error' : 'relay-servers-hint';

  return (
    <form
      class="form"
      aria-labelledby="relay-title"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = formToRelayServers(text);
        if (!result.ok) {
          setError(result.error);
          setMessage('');
          document.getElementById('relay-servers')?.focus();
          return;
        }
        const problem = await props.onSave(result.value);
        setError(problem ?? '');
        setMessage(problem ? '' : t('sync.relay.applied'));
      }}
    >
      <h2 id="relay-title">{t('sync.relay.title')}</h2>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for="relay-servers">{t('sync.relay.label')}</label>
        <div id="relay-servers-hint" class="hint">
          <p>{t('sync.relay.hint')}</p>
          <p>{t('sync.relay.reads')}</p>
        </div>
        <textarea
          id="relay-servers"
          rows={2}
          spellcheck={false}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setMessage('');
          }}
        />
        {error && (
          <p id="relay-servers-error" class="error">
            {error}
          </p>
        )}
      </div>
      {props.statuses.length > 0 && (
        <ul
          class="small"
          style={{ overflowWrap: 'anywhere' }}
          aria-label={t('sync.relay.statusLabel')}
        >
          {props.statuses.map((relay) => (
            <li key={relay.url}>
              {relay.url}: {t(STATE_KEYS[relay.state])}
            </li>
          ))}
        </ul>
      )}
      <SaveRow label={t('sync.relay.save')} message={message} />
    </form>
  );
}
