import { useState } from 'preact/hooks';

export type UnavailableExport =
  { ok: true; fileName: string; json: string } | { ok: false; error: string };

interface Props {
  name: string;
  kind: 'timeout' | 'unavailable';
  message: string;
  /** The other workspaces on this device, to switch to. */
  others: { id: string; name: string }[];
  onSwitch: (id: string) => void;
  onRetry: () => void;
  onExport: () => Promise<UnavailableExport>;
  onDownload: (fileName: string, json: string) => void;
  onLeave: () => void;
}

const TEXT = {
  title: (name: string) => `“${name}” could not open`,
  kind: {
    timeout: 'This device’s storage did not answer in time.',
    unavailable: 'This device’s storage could not be read.',
  },
  unchanged: 'Nothing has been changed or deleted.',
  retry: 'Try again',
  switchLabel: 'Another workspace',
  switch: 'Switch',
  export: 'Export what can be read',
  exporting: 'Reading what can be read…',
  exported: 'Export downloaded.',
  leave: 'Leave this workspace',
  leaveQuestion:
    'Take this workspace off this device’s list? Its stored data is left as it is, and peers keep their copies.',
  confirmLeave: 'Leave',
  cancel: 'Cancel',
};

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
    setStatus(TEXT.exporting);
    try {
      const result = await props.onExport();
      if (result.ok) {
        props.onDownload(result.fileName, result.json);
        setStatus(TEXT.exported);
      } else setStatus(result.error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="workspace-unavailable" aria-labelledby="unavailable-title">
      <div class="notice error-notice" role="alert">
        <div>
          <h1 id="unavailable-title">{TEXT.title(props.name)}</h1>
          <p>{TEXT.kind[props.kind]}</p>
          <p>{props.message}</p>
          <p>{TEXT.unchanged}</p>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={props.onRetry}>
          {TEXT.retry}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => void exportNow()}>
          {TEXT.export}
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
            {TEXT.switchLabel}{' '}
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {props.others.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="button">
            {TEXT.switch}
          </button>
        </form>
      )}
      {confirming ? (
        <div class="actions" role="group" aria-labelledby="leave-question">
          <p id="leave-question">{TEXT.leaveQuestion}</p>
          <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
            {TEXT.cancel}
          </button>
          <button type="button" class="button danger" onClick={props.onLeave}>
            {TEXT.confirmLeave}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="button danger" onClick={() => setConfirming(true)}>
            {TEXT.leave}
          </button>
        </div>
      )}
    </main>
  );
}
