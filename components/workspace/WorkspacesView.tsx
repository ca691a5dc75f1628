import { useState } from 'preact/hooks';
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
}

type Open = 'join' | 'leave' | 'rotate' | null;

const RECOVERED_NOTE =
  'Recovered from this device after the list of workspaces was lost. If it was shared, it is now a copy on this device only: ask a member for a new invite to sync again.';

/** Your workspaces: switch, create, join with an invite, share, leave. */
export function WorkspacesView(props: Props) {
  const [open, setOpen] = useState<Open>(null);
  const [copied, setCopied] = useState('');
  const [unsent, setUnsent] = useState(false);
  const current = props.workspaces.find((w) => w.id === props.activeId);
  const close = () => setOpen(null);
  return (
    <section class="form" aria-labelledby="workspaces-title">
      <h2 id="workspaces-title">Workspaces</h2>
      <ul class="workspace-list" aria-label="Your workspaces">
        {props.workspaces.map((w) => (
          <li key={w.id} aria-label={`${w.name}${w.shared ? ', shared' : ', on this device only'}`}>
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
              {w.id === props.activeId ? '(open) ' : ''}
              {w.shared ? 'shared' : 'this device only'}
            </span>
            {w.recovered && <p class="small muted">{RECOVERED_NOTE}</p>}
          </li>
        ))}
      </ul>
      <CreateWorkspaceForm onCreate={props.onCreate} />
      <div class="actions">
        <button type="button" class="button" onClick={() => setOpen('join')}>
          Join workspace
        </button>
      </div>
      {current?.shared && props.invite && (
        <div class="invite">
          <p class="small">
            Anyone with the invite can read and edit “{current.name}”. Send it only to people you
            trust, over a channel you trust.
          </p>
          <div class="actions">
            <button
              type="button"
              class="button primary"
              onClick={async () => {
                const ok = await props.onCopyInvite(props.invite!);
                setCopied(
                  ok ? 'Invite copied. It is also shown below.' : 'Copy it from the box below.',
                );
              }}
            >
              Copy invite
            </button>
            {props.onRotate && (
              <button type="button" class="button" onClick={() => setOpen('rotate')}>
                Rotate invite
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
              Leave workspace
            </button>
          </div>
          <span aria-live="polite" class="muted small">
            {copied}
          </span>
          {copied && (
            <div class="field">
              <label for="invite-to-share">Invite to share</label>
              <textarea
                id="invite-to-share"
                readOnly
                rows={3}
                value={props.invite}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          )}
        </div>
      )}
      {current && !current.shared && (
        <p class="small muted">
          “{current.name}” stays on this device. Create a workspace to share with partners.
        </p>
      )}
      {open === 'join' && (
        <JoinWorkspaceDialog
          onCancel={close}
          onJoin={async (code) => {
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
            setCopied(
              'The invite was rotated. Send the new invite below to each member who stays: Copy invite.',
            );
          }}
        />
      )}
    </section>
  );
}
