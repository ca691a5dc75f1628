import { useState } from 'preact/hooks';
import { Field } from '../common/Field';
import { Modal } from '../common/Modal';

interface Props {
  /** Deletes everything; resolves to a problem to show, or null when the panel reloads. */
  onDelete: () => Promise<string | null>;
  onReload: () => void;
}

const CONFIRM_WORD = 'DELETE';

const TEXT = {
  heading: 'This device',
  button: 'Delete everything on this device',
  title: 'Delete everything on this device?',
  what: 'Every workspace, every snapshot and every setting stored by Bridgework in this browser is removed. This cannot be undone here.',
  peers:
    'Copies that other members have stay with them: shared workspaces can be joined again with an invite from a member. A personal workspace that syncs with no one is gone for good unless you have a backup.',
  after: 'The panel then starts again with an empty personal workspace.',
  typeLabel: `Type ${CONFIRM_WORD} to confirm`,
  cancel: 'Cancel',
  confirm: 'Yes, delete everything',
  working: 'Deleting…',
  reload: 'Start again',
};

/** Settings → Delete everything on this device, behind a typed confirmation. */
export function DeleteEverything({ onDelete, onReload }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    if (working) return;
    setOpen(false);
    setTyped('');
  };
  return (
    <section class="form danger-zone" aria-labelledby="delete-everything-title">
      <h2 id="delete-everything-title">{TEXT.heading}</h2>
      <div class="actions">
        <button type="button" class="button danger" onClick={() => setOpen(true)}>
          {TEXT.button}
        </button>
      </div>
      {open && (
        <Modal
          id="delete-everything"
          title={TEXT.title}
          describedBy="delete-everything-what"
          onCancel={close}
        >
          <div id="delete-everything-what">
            <p>{TEXT.what}</p>
            <p>{TEXT.peers}</p>
            <p>{TEXT.after}</p>
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (typed.trim() !== CONFIRM_WORD || working) return;
              setWorking(true);
              void onDelete().then((result) => {
                setWorking(false);
                setProblem(result);
              });
            }}
          >
            <Field
              id="delete-everything-confirm"
              label={TEXT.typeLabel}
              value={typed}
              onInput={setTyped}
              autoFocus
              inputProps={{ autoComplete: 'off', disabled: working || problem !== null }}
            />
            {problem !== null && (
              <p class="error" role="alert">
                {problem}
              </p>
            )}
            <p role="status">{working ? TEXT.working : ''}</p>
            <div class="actions">
              {problem === null ? (
                <>
                  <button type="button" class="button" onClick={close} disabled={working}>
                    {TEXT.cancel}
                  </button>
                  <button
                    type="submit"
                    class="button danger"
                    disabled={typed.trim() !== CONFIRM_WORD || working}
                  >
                    {TEXT.confirm}
                  </button>
                </>
              ) : (
                <button type="button" class="button primary" onClick={onReload}>
                  {TEXT.reload}
                </button>
              )}
            </div>
          </form>
        </Modal>
      )}
    </section>
  );
}
