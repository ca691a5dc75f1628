import { useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { SnapshotOutcome } from './SnapshotsView';

export interface BackupCheck {
  ok: boolean;
  message: string;
  /** The backed-up workspace's name and when the backup was made, when readable. */
  name?: string;
  createdAt?: number;
}

interface Props {
  busy: boolean;
  /** Larger files are refused before they are read. */
  maxBytes: number;
  /** What a restore does, shown before it happens. */
  confirmation: string;
  /** Makes and downloads the backup file (components cannot download by themselves). */
  onBackup: () => void | Promise<void>;
  onCheck: (text: string) => BackupCheck;
  onRestore: (text: string) => Promise<SnapshotOutcome>;
  /** Restores the backup as a new workspace, leaving the open one as it is. */
  onRestoreNew?: (text: string) => Promise<SnapshotOutcome>;
}

type RestoreMode = 'merge' | 'new';

/** Settings → Back up workspace / Restore backup. */
export function BackupControls(props: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{
    text: string;
    title: string;
    mode: RestoreMode;
  } | null>(null);
  // Which restore button opened the file picker.
  const mode = useRef<RestoreMode>('merge');
  const [outcome, setOutcome] = useState<SnapshotOutcome | null>(null);

  const choose = async (file: File | undefined) => {
    setOutcome(null);
    if (!file) return;
    if (file.size > props.maxBytes) {
      setOutcome({
        ok: false,
        message: t('settings.backup.tooLarge', {
          megabytes: Math.round(props.maxBytes / 1024 / 1024),
        }),
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ ok: false, message: t('settings.backup.unreadable') });
      return;
    }
    const check = props.onCheck(text);
    if (!check.ok) {
      setOutcome({ ok: false, message: check.message });
      return;
    }
    const when = formatDateTime(check.createdAt ?? 0);
    setPending({
      text,
      title: t('settings.backup.confirmTitle', { name: check.name ?? file.name, when }),
      mode: mode.current,
    });
  };

  return (
    <section class="form backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup.title')}</h2>
      <p class="muted small">{t('settings.backup.intro')}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => {
            // Every school year is read first, so the file may come a moment later.
            setOutcome(null);
            Promise.resolve(props.onBackup()).then(
              () => setOutcome({ ok: true, message: t('settings.backup.downloaded') }),
              (error: unknown) =>
                setOutcome({
                  ok: false,
                  message: t('settings.backup.failed', {
                    reason: error instanceof Error ? error.message : String(error),
                  }),
                }),
            );
          }}
        >
          {t('settings.backup.backUp')}
        </button>
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => {
            mode.current = 'merge';
            input.current?.click();
          }}
        >
          {t('settings.backup.restore')}
        </button>
        {props.onRestoreNew && (
          <button
            type="button"
            class="button"
            disabled={props.busy}
            onClick={() => {
              mode.current = 'new';
              input.current?.click();
            }}
          >
            {t('data.backup.restoreNew')}
          </button>
        )}
        <input
          ref={input}
          type="file"
          class="visually-hidden"
          aria-label={t('settings.backup.file')}
          accept=".json,application/json"
          tabIndex={-1}
          onChange={(event) => {
            const target = event.currentTarget;
            void choose(target.files?.[0]).finally(() => (target.value = ''));
          }}
        />
      </div>
      <p role="status" class={outcome && !outcome.ok ? 'error' : 'muted small'}>
        {outcome?.message ?? ''}
      </p>
      {pending && (
        <ConfirmDialog
          title={pending.title}
          message={
            pending.mode === 'new' ? t('data.backup.restoreNewConfirmation') : props.confirmation
          }
          confirmLabel={t('settings.backup.confirm')}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const { text } = pending;
            setPending(null);
            const restore =
              pending.mode === 'new' && props.onRestoreNew ? props.onRestoreNew : props.onRestore;
            void restore(text).then(setOutcome);
          }}
        />
      )}
    </section>
  );
}
