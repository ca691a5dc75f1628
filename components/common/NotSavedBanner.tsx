import { useState } from 'preact/hooks';
import { formatTime, t } from '../../lib/i18n';

/** The export the banner offers: the caller builds it from the open workspace. */
export type BannerExport = { fileName: string; json: string };

interface Props {
  /** Why the last write failed, in plain words. */
  reason: string;
  /** When edits stopped being saved (ms since epoch). */
  since: number;
  onExport: () => BannerExport;
  onDownload: (file: BannerExport) => void;
}

/**
 * Shown while the open workspace's edits fail to reach the disk (quota, a failing disk). It stays
 * until a later write succeeds; Export is the way out that does not depend on the disk.
 */
export function NotSavedBanner({ reason, since, onExport, onDownload }: Props) {
  const [result, setResult] = useState<string | null>(null);
  const time = formatTime(since);
  return (
    <div class="notice error-notice not-saved" role="alert">
      <div>
        <p>
          <strong>{t('trust.notSaved.lead', { since: time })}</strong> {reason}
        </p>
        <p>{t('trust.notSaved.advice')}</p>
        {result && <p role="status">{result}</p>}
      </div>
      <button
        type="button"
        class="button"
        onClick={() => {
          try {
            onDownload(onExport());
            setResult(t('trust.notSaved.exported'));
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            setResult(t('trust.notSaved.exportFailed', { reason }));
          }
        }}
      >
        {t('trust.notSaved.export')}
      </button>
    </div>
  );
}
