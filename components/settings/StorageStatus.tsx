interface Props {
  /** Whether the browser granted persistent storage; null while asking. */
  persisted: boolean | null;
  /** Bytes used and available to Bridgework, when the browser says. */
  estimate: { usage: number; quota: number } | null;
  onAskAgain: () => void;
}

const TEXT = {
  title: 'Storage on this device',
  checking: 'Checking storage…',
  persisted: 'The browser has agreed to keep this data even when disk space runs low.',
  refused:
    'Your browser may clear this data under storage pressure (when the disk runs low), because it did not agree to keep it.',
  whatToDo: 'What you can do:',
  steps: [
    'Export or back up each workspace regularly and keep the file somewhere safe.',
    'Share important workspaces: every member’s device keeps a full copy.',
    'Free some disk space, then ask again.',
  ],
  askAgain: 'Ask the browser again',
  usage: (used: string, quota: string) => `Using ${used} of the ${quota} the browser allows.`,
};

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Whether the browser may evict Bridgework's data, and what to do when it may. */
export function StorageStatus({ persisted, estimate, onAskAgain }: Props) {
  return (
    <section class="form storage-status" aria-labelledby="storage-status-title">
      <h2 id="storage-status-title">{TEXT.title}</h2>
      {persisted === null ? (
        <p class="small muted" role="status">
          {TEXT.checking}
        </p>
      ) : persisted ? (
        <p class="small" role="status">
          {TEXT.persisted}
        </p>
      ) : (
        <div class="notice" role="status">
          <p>{TEXT.refused}</p>
          <p>{TEXT.whatToDo}</p>
          <ul>
            {TEXT.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={onAskAgain}>
            {TEXT.askAgain}
          </button>
        </div>
      )}
      {estimate && estimate.quota > 0 && (
        <p class="small muted">
          {TEXT.usage(megabytes(estimate.usage), megabytes(estimate.quota))}
        </p>
      )}
    </section>
  );
}
