import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export type UnavailableExport =
  { ok: true; fileName: string; json: string } | { ok: false; error: string };

interface Props {
  name: string;
  kind: 'timeout' | 'unavailable';
  /** How long storage was waited for (a timeout). */
  seconds?: number;
  /** The browser's own error text, shown as a technical detail. */
  detail?: string;
  /** The other workspaces on this device, to switch to. */
  others: { id: string; name: string }[];
  onSwitch: (id: string) => void;
  onRetry: () => void;
  onExport: () => Promise<UnavailableExport>;
  onDownload: (fileName: string, json: string) => void;
  onLeave: () => void;
}

/**
 * Why it did not open, worded from the kind, the wait and the browser's own error text (shown as
 * it came: a technical detail, not ours to translate). Same keys as lib/state/open-failure.ts.
 */
function failureLines({ kind, seconds, detail }: Pick<Props, 'kind' | 'seconds' | 'detail'>) {
  if (kind === 'timeout')
    return [
      seconds === undefined
        ? t('workspace.unavailable.timeout')
        : t('workspace.unavailable.timeoutAfter', { seconds }),
    ];
  const lines = [t('workspace.unavailable.unavailable')];
  if (detail) lines.push(t('workspace.unavailable.browserSaid', { detail }));
  return lines;
}

/**
 * The panel when the active workspace cannot open (storage timeout or error): it says why and
 * offers the ways on — try again, switch to another workspace, export what can be read, leave.
 */
export function WorkspaceUnavailable(props: Props) {
  const [target, setTarget] = useState(props.others[0]?.id ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    setStatus(t('workspace.unavailable.exporting'));
    try {
      const result = await props.onExport();
      if (result.ok) {
        props.onDownload(result.fileName, result.json);
        setStatus(t('workspace.unavailable.exported'));
      } else setStatus(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="workspace-unavailable" aria-labelledby="unavailable-title">
      <div class="notice error-notice" role="alert">
        <div>
          <h1 id="unavailable-title">{t('workspace.unavailable.title', { name: props.name })}</h1>
          {failureLines(props).map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p>{t('workspace.unavailable.unchanged')}</p>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={props.onRetry}>
          {t('workspace.unavailable.retry')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
          {t('workspace.unavailable.export')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
      {props.others.length > 0 && (
        <form
          class="actions"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) props.onSwitch(target);
          }}
        >
          <label>
            {t('workspace.unavailable.switchLabel')}{' '}
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {props.others.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="button">
            {t('workspace.unavailable.switch')}
          </button>
        </form>
      )}
      {confirming ? (
        <div class="actions" role="group" aria-labelledby="leave-question">
          <p id="leave-question">{t('workspace.unavailable.leaveQuestion')}</p>
          <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" class="button danger" onClick={props.onLeave}>
            {t('workspace.unavailable.confirmLeave')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button danger" onClick={() => setConfirming(true)}>
            {t('workspace.unavailable.leave')}
          </button>
        </div>
      )}
    </main>
  );
}
