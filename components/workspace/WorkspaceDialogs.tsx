import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Modal } from '../common/Modal';

/**
 * Takes an invite code and joins; malformed codes are refused with the reason. With `initialCode`
 * (an invite link that was opened) the code is filled in and Join is the confirmation.
 */
export function JoinWorkspaceDialog(props: {
  onJoin: (code: string) => Promise<string | null>;
  onCancel: () => void;
  initialCode?: string | undefined;
}) {
  const [code, setCode] = useState(props.initialCode ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal id="join-workspace" title={t('workspace.join.title')} onCancel={props.onCancel}>
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
            setError(
              t('workspace.join.failed', {
                reason: error instanceof Error ? error.message : String(error),
              }),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="join-invite-code">{t('workspace.join.code')}</label>
          <p id="join-invite-code-hint" class="hint">
            {t(props.initialCode ? 'workspace.join.fromLink' : 'workspace.join.hint')}
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
            {t('common.cancel')}
          </button>
          <button type="submit" class="button primary" disabled={busy}>
            {t('workspace.join.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

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
      title={t('workspace.leave.title')}
      describedBy={props.unsent ? 'leave-workspace-unsent' : undefined}
      onCancel={props.onCancel}
    >
      {props.unsent && (
        <p id="leave-workspace-unsent" class="notice error-notice" role="alert">
          {t('workspace.leave.unsent')}
        </p>
      )}
      {confirming ? (
        <>
          <p>{t('workspace.leave.confirmDelete', { name: props.name })}</p>
          <div class="actions">
            <button type="button" class="button" onClick={props.onCancel} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="button" class="button danger" onClick={() => props.onLeave(false)}>
              {t('workspace.leave.deleteAnyway')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('workspace.leave.intro', { name: props.name })}</p>
          <div class="actions">
            <button type="button" class="button" onClick={props.onCancel} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="button" class="button" onClick={() => props.onLeave(true)}>
              {t('workspace.leave.keepCopy')}
            </button>
            <button
              type="button"
              class="button danger"
              onClick={() => (props.unsent ? setConfirming(true) : props.onLeave(false))}
            >
              {t('workspace.leave.delete')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

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
      title={t('workspace.rotate.title', { name: props.name })}
      describedBy="rotate-invite-what"
      onCancel={props.onCancel}
    >
      <div id="rotate-invite-what">
        <p>{t('workspace.rotate.what')}</p>
        <p>
          <strong>{t('workspace.rotate.notProtected')}</strong>
        </p>
        <p>{t('workspace.rotate.stay')}</p>
        <p class="small muted">{t('workspace.rotate.snapshot')}</p>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={props.onCancel} autoFocus>
          {t('common.cancel')}
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
                t('workspace.rotate.failed', {
                  reason: failure instanceof Error ? failure.message : String(failure),
                }),
              );
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('workspace.rotate.moving') : t('workspace.rotate.now')}
        </button>
      </div>
    </Modal>
  );
}
