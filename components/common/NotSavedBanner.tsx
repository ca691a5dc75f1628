import { useState } from 'preact/hooks';

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

const TEXT = {
  lead: (since: string) => `Not saved: changes since ${since} are only in this panel.`,
  advice:
    'Bridgework keeps trying. Export a copy now so nothing is lost if the panel closes; freeing disk space or restarting the browser may help.',
  export: 'Export',
  exportFailed: 'The export could not be made',
  exported: 'Export downloaded.',
};

/**
 * Shown while the open workspace's edits fail to reach the disk (quota, a failing disk). It stays
 * until a later write succeeds; Export is the way out that does not depend on the disk.
 */
export function NotSavedBanner({ reason, since, onExport, onDownload }: Props) {
  const [result, setResult] = useState<string | null>(null);
  const time = new Date(since).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <div class="notice error-notice not-saved" role="alert">
      <div>
        <p>
          <strong>{TEXT.lead(time)}</strong> {reason}
        </p>
        <p>{TEXT.advice}</p>
        {result && <p role="status">{result}</p>}
      </div>
      <button
        type="button"
        class="button"
        onClick={() => {
          try {
            onDownload(onExport());
            setResult(TEXT.exported);
          } catch (error) {
            setResult(
              `${TEXT.exportFailed}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }}
      >
        {TEXT.export}
      </button>
    </div>
  );
}
