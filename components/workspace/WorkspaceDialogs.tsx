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
          if (busy) return;
          setBusy(true);
          // Whatever happens while joining, `Join` comes back: a stuck button is a dead end.
          try {
            const problem = await props.onJoin(code);
            if (problem) setError(problem);
          } catch (error) {
            setError(`Could not join: ${error instanceof Error ? error.message : String(error)}`);
          } finally {
            setBusy(false);
          }
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

const LEAVE_TEXT = {
  intro: (name: string) =>
    `You will stop syncing “${name}” with others. Do you want to keep a local copy of what is on this device? Others keep their copies either way.`,
  unsent:
    'Your latest edits have not reached anyone yet. If you leave, they stay only on this device; if you delete, they are gone for good. Wait until a member is online to be safe.',
  confirmDelete: (name: string) =>
    `Delete “${name}” from this device? Your latest edits exist nowhere else and cannot be brought back.`,
};

/**
 * Leaving: keep a local, no-longer-synced copy, or delete it from this device. When the latest
 * edits reached no peer it says so, and deleting takes a second, explicit step.
 */
export function LeaveWorkspaceDialog(props: {
  name: string;
  /** The latest edits made here have reached no peer yet. */
  unsent: boolean;
  onLeave: (keepCopy: boolean) => void;
  onCancel: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Modal
      id="leave-workspace"
      title="Leave workspace"
      describedBy={props.unsent ? 'leave-workspace-unsent' : undefined}
      onCancel={props.onCancel}
    >
      {props.unsent && (
        <p id="leave-workspace-unsent" class="notice error-notice" role="alert">
          {LEAVE_TEXT.unsent}
        </p>
      )}
      {confirming ? (
        <>
          <p>{LEAVE_TEXT.confirmDelete(props.name)}</p>
          <div class="actions">
            <button type="button" class="button" onClick={props.onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" class="button danger" onClick={() => props.onLeave(false)}>
              Delete anyway
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{LEAVE_TEXT.intro(props.name)}</p>
          <div class="actions">
            <button type="button" class="button" onClick={props.onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" class="button" onClick={() => props.onLeave(true)}>
              Keep a local copy
            </button>
            <button
              type="button"
              class="button danger"
              onClick={() => (props.unsent ? setConfirming(true) : props.onLeave(false))}
            >
              Delete from this device
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

const ROTATE_TEXT = {
  what: 'Rotating moves this workspace to a new room with a new secret. Everything in it comes along. Anyone you do not send the new invite to is kept out of what happens from now on.',
  notProtected:
    'It cannot take anything back: a removed member keeps everything they already had, on their own device.',
  stay: 'Members who stay need the new invite. Nobody gets it automatically: send it to each of them yourself with Copy invite. Until then they see that the workspace has moved, and their changes no longer reach you.',
  snapshot: 'A snapshot of the workspace is taken first.',
};

export type RotateOutcome = { ok: true; invite: string } | { ok: false; error: string };

/** `Rotate invite`: says plainly what it protects and what not, then moves to a new room. */
export function RotateInviteDialog(props: {
  name: string;
  onRotate: () => Promise<RotateOutcome>;
  onDone: (invite: string) => void;
  onCancel: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <Modal
      id="rotate-invite"
      title={`Rotate the invite of “${props.name}”`}
      describedBy="rotate-invite-what"
      onCancel={props.onCancel}
    >
      <div id="rotate-invite-what">
        <p>{ROTATE_TEXT.what}</p>
        <p>
          <strong>{ROTATE_TEXT.notProtected}</strong>
        </p>
        <p>{ROTATE_TEXT.stay}</p>
        <p class="small muted">{ROTATE_TEXT.snapshot}</p>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          class="button danger"
          disabled={busy}
          aria-busy={busy ? true : undefined}
          onClick={async () => {
            setBusy(true);
            try {
              const outcome = await props.onRotate();
              if (outcome.ok) props.onDone(outcome.invite);
              else setError(outcome.error);
            } catch (failure) {
              setError(
                `The invite was not rotated: ${failure instanceof Error ? failure.message : String(failure)}`,
              );
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? 'Moving…' : 'Rotate now'}
        </button>
      </div>
    </Modal>
  );
}
