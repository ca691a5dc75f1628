import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { Field } from '../common/Field';
import { Modal } from '../common/Modal';

interface Props {
  /** Deletes everything; resolves to a problem to show, or null when the panel reloads. */
  onDelete: () => Promise<string | null>;
  onReload: () => void;
}

/** Settings → Delete everything on this device, behind a typed confirmation. */
export function DeleteEverything({ onDelete, onReload }: Props) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The word to type is in the interface language, like the label that asks for it.
  const confirmWord = t('settings.wipe.confirmWord');
  const close = () => {
    if (working) return;
    setOpen(false);
    setTyped('');
  };
  return (
    <section class="form danger-zone" aria-labelledby="wipe-section-title">
      <h2 id="wipe-section-title">{t('settings.wipe.heading')}</h2>
      <div class="actions">
        <button type="button" class="button danger" onClick={() => setOpen(true)}>
          {t('settings.wipe.button')}
        </button>
      </div>
      {open && (
        <Modal
          id="delete-everything"
          title={t('settings.wipe.title')}
          describedBy="delete-everything-what"
          onCancel={close}
        >
          <div id="delete-everything-what">
            <p>{t('settings.wipe.what')}</p>
            <p>{t('settings.wipe.peers')}</p>
            <p>{t('settings.wipe.after')}</p>
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (typed.trim() !== confirmWord || working) return;
              setWorking(true);
              void onDelete().then((result) => {
                setWorking(false);
                setProblem(result);
              });
            }}
          >
            <Field
              id="delete-everything-confirm"
              label={t('settings.wipe.typeLabel', { word: confirmWord })}
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
            <p role="status">{working ? t('settings.wipe.working') : ''}</p>
            <div class="actions">
              {problem === null ? (
                <>
                  <button type="button" class="button" onClick={close} disabled={working}>
                    {t('common.cancel')}
                  </button>
                  <button
                    type="submit"
                    class="button danger"
                    disabled={typed.trim() !== confirmWord || working}
                  >
                    {t('settings.wipe.confirm')}
                  </button>
                </>
              ) : (
                <button type="button" class="button primary" onClick={onReload}>
                  {t('settings.wipe.reload')}
                </button>
              )}
            </div>
          </form>
        </Modal>
      )}
    </section>
  );
}
