import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import {
  JoinWorkspaceDialog,
  LeaveWorkspaceDialog,
  RotateInviteDialog,
  type RotateOutcome,
} from './WorkspaceDialogs';

export interface WorkspaceItem {
  id: string;
  name: string;
  shared: boolean;
  /** Rebuilt from this device's storage after the workspace list was lost. */
  recovered?: boolean;
}

interface Props {
  workspaces: WorkspaceItem[];
  activeId: string;
  /** The invite for the current workspace, when it is shared. */
  invite: string | null;
  /** The same invite as a link to the web app, when its address is known. */
  inviteLink?: string | null;
  onCreate: (name: string) => Promise<void>;
  /** Resolves to an error message, or null once joined. */
  onJoin: (code: string) => Promise<string | null>;
  onSwitch: (id: string) => void;
  onLeave: (keepCopy: boolean) => void;
  onCopyInvite: (invite: string) => Promise<boolean>;
  /** Moves the current shared workspace to a new room and secret; resolves to the new invite. */
  onRotate: (() => Promise<RotateOutcome>) | undefined;
  /** Whether the current workspace's latest edits have reached no peer yet (asked on Leave). */
  hasUnsentEdits: () => boolean;
  /** An invite from a link that was opened: the Join dialog opens with it. */
  linkedInvite?: string | null;
  /** The Join dialog for `linkedInvite` closed (joined or cancelled). */
  onLinkedInviteDone?: () => void;
}

type Open = 'join' | 'leave' | 'rotate' | null;

/** Your workspaces: switch, create, join with an invite, share, leave. */
export function WorkspacesView(props: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [copied, setCopied] = useState('');
  const [unsent, setUnsent] = useState(false);
  const current = props.workspaces.find((w) => w.id === props.activeId);
  const linked = props.linkedInvite ?? undefined;
  useEffect(() => {
    if (linked) setOpen('join');
  }, [linked]);
  const close = () => {
    setOpen(null);
    if (linked) props.onLinkedInviteDone?.();
  };
  return (
    <section class="form" aria-labelledby="workspaces-title">
      <h2 id="workspaces-title">{t('workspace.list.title')}</h2>
      <ul class="workspace-list" aria-label={t('workspace.list.label')}>
        {props.workspaces.map((w) => (
          <li
            key={w.id}
            aria-label={t(w.shared ? 'workspace.list.itemShared' : 'workspace.list.itemLocal', {
              name: w.name,
            })}
          >
            <button
              type="button"
              class="button link"
              aria-current={w.id === props.activeId ? 'true' : undefined}
              disabled={w.id === props.activeId}
              onClick={() => props.onSwitch(w.id)}
            >
              {w.name}
            </button>{' '}
            <span class="muted small">
              {w.id === props.activeId ? `${t('workspace.list.open')} ` : ''}
              {t(w.shared ? 'workspace.list.shared' : 'workspace.list.local')}
            </span>
            {w.recovered && <p class="small muted">{t('workspace.list.recovered')}</p>}
          </li>
        ))}
      </ul>
      <CreateWorkspaceForm onCreate={props.onCreate} />
      <div class="actions">
        <button type="button" class="button" onClick={() => setOpen('join')}>
          {t('workspace.list.join')}
        </button>
      </div>
      {current?.shared && props.invite && (
        <div class="invite">
          <p class="small">{t('workspace.invite.warning', { name: current.name })}</p>
          <div class="actions">
            <button
              type="button"
              class="button primary"
              onClick={async () => {
                const ok = await props.onCopyInvite(props.invite!);
                setCopied(t(ok ? 'workspace.invite.copied' : 'workspace.invite.copyByHand'));
              }}
            >
              {t('workspace.invite.copy')}
            </button>
            {props.onRotate && (
              <button type="button" class="button" onClick={() => setOpen('rotate')}>
                {t('workspace.invite.rotate')}
              </button>
            )}
            <button
              type="button"
              class="button danger"
              onClick={() => {
                setUnsent(props.hasUnsentEdits());
                setOpen('leave');
              }}
            >
              {t('workspace.list.leave')}
            </button>
          </div>
          <span aria-live="polite" class="muted small">
            {copied}
          </span>
          {copied && (
            <div class="field">
              <label for="invite-to-share">{t('workspace.invite.toShare')}</label>
              <textarea
                id="invite-to-share"
                readOnly
                rows={3}
                value={props.invite}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          )}
          {copied && props.inviteLink && (
            <div class="field">
              <label for="invite-link">{t('workspace.invite.link')}</label>
              <p id="invite-link-hint" class="hint">
                {t('workspace.invite.linkHint')}
              </p>
              <textarea
                id="invite-link"
                readOnly
                rows={3}
                value={props.inviteLink}
                aria-describedby="invite-link-hint"
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          )}
        </div>
      )}
      {current && !current.shared && (
        <p class="small muted">{t('workspace.list.localNote', { name: current.name })}</p>
      )}
      {open === 'join' && (
        <JoinWorkspaceDialog
          initialCode={linked}
          onCancel={close}
          onJoin={async (code) => {
            // Done with the link before joining: the panel reopens for the joined workspace.
            if (linked) props.onLinkedInviteDone?.();
            const problem = await props.onJoin(code);
            if (!problem) close();
            return problem;
          }}
        />
      )}
      {open === 'leave' && current && (
        <LeaveWorkspaceDialog
          name={current.name}
          unsent={unsent}
          onCancel={close}
          onLeave={(keepCopy) => {
            close();
            props.onLeave(keepCopy);
          }}
        />
      )}
      {open === 'rotate' && current && props.onRotate && (
        <RotateInviteDialog
          name={current.name}
          onRotate={props.onRotate}
          onCancel={close}
          onDone={() => {
            close();
            setCopied(t('workspace.invite.rotated'));
          }}
        />
      )}
    </section>
  );
}
