import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** One snapshot as the view model formats it (lib/state/snapshots-view.ts). */
export interface SnapshotItem {
  id: string;
  when: string;
  isoTime: string;
  why: string;
  size: string;
  counts: string;
}

export interface SnapshotOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  /** null while loading. */
  snapshots: SnapshotItem[] | null;
  loadError: string | null;
  busy: boolean;
  /** What a restore does, shown before it happens. */
  confirmation: string;
  /** The list was opened: time to read it. */
  onOpen: () => void;
  onTakeSnapshot: () => Promise<SnapshotOutcome>;
  onRestore: (id: string) => Promise<SnapshotOutcome>;
}

/** Settings → Snapshots: the open workspace's snapshots, each with Restore. */
export function SnapshotsView(props: Props) {
  const [expanded, setExpanded] = useState(false);
  const [asking, setAsking] = useState<SnapshotItem | null>(null);
  const [outcome, setOutcome] = useState<SnapshotOutcome | null>(null);
  const run = async (action: () => Promise<SnapshotOutcome>) => {
    setOutcome(null);
    setOutcome(await action());
  };
  return (
    <section class="form snapshots" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">{t('settings.snapshots.title')}</h2>
      <p class="muted small">{t('settings.snapshots.intro')}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-expanded={expanded}
          aria-controls="snapshots-panel"
          onClick={() => {
            if (!expanded) props.onOpen();
            setExpanded(!expanded);
          }}
        >
          {t('settings.snapshots.title')}
        </button>
      </div>
      {expanded && (
        <div id="snapshots-panel">
          {props.loadError && (
            <p class="error" role="alert">
              {props.loadError}
            </p>
          )}
          {props.snapshots === null && !props.loadError && (
            <p class="muted">{t('settings.snapshots.loading')}</p>
          )}
          {props.snapshots?.length === 0 && <p class="muted">{t('settings.snapshots.empty')}</p>}
          {props.snapshots && props.snapshots.length > 0 && (
            <ul class="snapshot-list">
              {props.snapshots.map((snapshot) => (
                <li
                  key={snapshot.id}
                  aria-label={t('settings.snapshots.item', {
                    when: snapshot.when,
                    why: snapshot.why,
                  })}
                >
                  <div>
                    <time dateTime={snapshot.isoTime}>{snapshot.when}</time> · {snapshot.why} ·{' '}
                    <span class="muted">{snapshot.size}</span>
                  </div>
                  <div class="muted small">{snapshot.counts}</div>
                  <button
                    type="button"
                    class="button small"
                    disabled={props.busy}
                    onClick={() => setAsking(snapshot)}
                  >
                    {t('settings.snapshots.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button
              type="button"
              class="button"
              disabled={props.busy}
              onClick={() => void run(props.onTakeSnapshot)}
            >
              {t('settings.snapshots.take')}
            </button>
          </div>
          <p role="status" class={outcome && !outcome.ok ? 'error' : 'muted small'}>
            {outcome?.message ?? ''}
          </p>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={t('settings.snapshots.confirmTitle', { when: asking.when })}
          message={props.confirmation}
          confirmLabel={t('settings.snapshots.confirm')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const { id } = asking;
            setAsking(null);
            void run(() => props.onRestore(id));
          }}
        />
      )}
    </section>
  );
}
