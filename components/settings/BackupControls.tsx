import { useRef, useState } from 'preact/hooks';
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
  onBackup: () => void;
  onCheck: (text: string) => BackupCheck;
  onRestore: (text: string) => Promise<SnapshotOutcome>;
}

const TEXT = {
  title: 'Backup',
  intro:
    'A backup is one file with everything in this workspace. Restoring it merges it back in; nothing here is deleted.',
  backUp: 'Back up workspace',
  restore: 'Restore backup',
  file: 'File',
  downloaded: 'Backup downloaded.',
  tooLarge: (mb: number) =>
    `This file is larger than ${mb} MB, too large for a Bridgework backup. Nothing changed.`,
  unreadable: 'This file could not be read. Nothing changed.',
  confirmTitle: (name: string, when: string) => `Restore the backup of “${name}” from ${when}?`,
  confirm: 'Yes, restore backup',
};

/** Settings → Back up workspace / Restore backup. */
export function BackupControls(props: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ text: string; title: string } | null>(null);
  const [outcome, setOutcome] = useState<SnapshotOutcome | null>(null);

  const choose = async (file: File | undefined) => {
    setOutcome(null);
    if (!file) return;
    if (file.size > props.maxBytes) {
      setOutcome({ ok: false, message: TEXT.tooLarge(Math.round(props.maxBytes / 1024 / 1024)) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setOutcome({ ok: false, message: TEXT.unreadable });
      return;
    }
    const check = props.onCheck(text);
    if (!check.ok) {
      setOutcome({ ok: false, message: check.message });
      return;
    }
    const when = new Date(check.createdAt ?? 0).toLocaleString(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    setPending({ text, title: TEXT.confirmTitle(check.name ?? file.name, when) });
  };

  return (
    <section class="form backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{TEXT.title}</h2>
      <p class="muted small">{TEXT.intro}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => {
            props.onBackup();
            setOutcome({ ok: true, message: TEXT.downloaded });
          }}
        >
          {TEXT.backUp}
        </button>
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => input.current?.click()}
        >
          {TEXT.restore}
        </button>
        <input
          ref={input}
          type="file"
          class="visually-hidden"
          aria-label={TEXT.file}
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
          message={props.confirmation}
          confirmLabel={TEXT.confirm}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const { text } = pending;
            setPending(null);
            void props.onRestore(text).then(setOutcome);
          }}
        />
      )}
    </section>
  );
}
