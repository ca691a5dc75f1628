import { formatBytes, t, type MessageKey } from '../../lib/i18n';

interface Props {
  /** Whether the browser granted persistent storage; null while asking. */
  persisted: boolean | null;
  /** Bytes used and available to Bridgework, when the browser says. */
  estimate: { usage: number; quota: number } | null;
  onAskAgain: () => void;
}

const STEPS = [
  'settings.storage.stepExport',
  'settings.storage.stepShare',
  'settings.storage.stepFree',
] as const satisfies readonly MessageKey[];

/** Whether the browser may evict Bridgework's data, and what to do when it may. */
export function StorageStatus({ persisted, estimate, onAskAgain }: Props) {
  return (
    <section class="form storage-status" aria-labelledby="storage-status-title">
      <h2 id="storage-status-title">{t('settings.storage.title')}</h2>
      {persisted === null ? (
        <p class="small muted" role="status">
          {t('settings.storage.checking')}
        </p>
      ) : persisted ? (
        <p class="small" role="status">
          {t('settings.storage.persisted')}
        </p>
      ) : (
        <div class="notice" role="status">
          <p>{t('settings.storage.refused')}</p>
          <p>{t('settings.storage.whatToDo')}</p>
          <ul>
            {STEPS.map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={onAskAgain}>
            {t('settings.storage.askAgain')}
          </button>
        </div>
      )}
      {estimate && estimate.quota > 0 && (
        <p class="small muted">
          {t('settings.storage.usage', {
            used: formatBytes(estimate.usage),
            quota: formatBytes(estimate.quota),
          })}
        </p>
      )}
    </section>
  );
}
