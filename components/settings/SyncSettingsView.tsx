import { useEffect, useState } from 'preact/hooks';

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
        setMessage(problem ? '' : 'Sync settings applied.');
      }}
    >
      <h2 id="sync-title">Sync</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={props.values.paused}
          onChange={(event) => props.onPause(event.currentTarget.checked)}
        />{' '}
        Pause sync
      </label>
      <p class="small muted">
        While paused, your edits are kept on this device and go out when you resume.
      </p>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for="sync-signaling">Signaling servers</label>
        <p id="sync-signaling-hint" class="hint">
          One ws:// or wss:// address per line. They introduce peers to each other and see only room
          ids and IP addresses, never your data.
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
        <label for="sync-ice">STUN/TURN servers</label>
        <p id="sync-ice-hint" class="hint">
          Optional, one per line, e.g. stun:stun.example.org:3478 or
          turn:user:password@turn.example.org:3478. Empty: direct connections only (same network).
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
          Save sync settings
        </button>
        <span aria-live="polite" class="muted small">
          {message}
        </span>
      </div>
    </form>
  );
}
