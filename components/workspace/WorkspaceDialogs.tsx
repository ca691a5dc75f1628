import { useState } from 'preact/hooks';
import { Modal } from '../common/Modal';

/** Takes an invite code and joins; malformed codes are refused with the reason. */
export function JoinWorkspaceDialog(props: {
  onJoin: (code: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal id="join-workspace" title="Join workspace" onCancel={props.onCancel}>
      <form
        class="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const problem = await props.onJoin(code);
          setBusy(false);
          if (problem) setError(problem);
        }}
      >
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="join-invite-code">Invite code</label>
          <p id="join-invite-code-hint" class="hint">
            Paste the code someone in the workspace sent you.
          </p>
          <textarea
            id="join-invite-code"
            rows={3}
            value={code}
            autoFocus
            spellcheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={`join-invite-code-hint${error ? ' join-invite-code-error' : ''}`}
            onInput={(event) => {
              setCode(event.currentTarget.value);
              setError('');
            }}
          />
          {error && (
            <p id="join-invite-code-error" class="error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="button" class="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" class="button primary" disabled={busy}>
            Join
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Leaving: keep a local, no-longer-synced copy, or delete it from this device. */
export function LeaveWorkspaceDialog(props: {
  name: string;
  onLeave: (keepCopy: boolean) => void;
  onCancel: () => void;
}) {
  return (
    <Modal id="leave-workspace" title="Leave workspace" onCancel={props.onCancel}>
      <p>
        You will stop syncing “{props.name}” with others. Do you want to keep a local copy of what
        is on this device? Others keep their copies either way.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" class="button" onClick={() => props.onLeave(true)}>
          Keep a local copy
        </button>
        <button type="button" class="button danger" onClick={() => props.onLeave(false)}>
          Delete from this device
        </button>
      </div>
    </Modal>
  );
}
