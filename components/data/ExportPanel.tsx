import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { CSV_EXPORTS, type CsvExportKind } from '../../lib/model/workspace-csv';
import type { VCardVersion } from '../../lib/model/vcard';

export type ExportRequest =
  { kind: CsvExportKind } | { kind: 'vcard'; version: VCardVersion } | { kind: 'ics' };

interface Props {
  /** Makes and downloads the file; returns its name (once every year's log has loaded). */
  onExport: (request: ExportRequest) => string | Promise<string>;
  onClose: () => void;
}

/** Settings → Export: one button per file. */
export function ExportPanel({ onExport, onClose }: Props) {
  const [version, setVersion] = useState<VCardVersion>('4.0');
  const [done, setDone] = useState('');
  const run = (request: ExportRequest) => {
    const file = onExport(request);
    if (typeof file === 'string') {
      setDone(t('data.export.done', { file }));
      return;
    }
    setDone('');
    file.then(
      (name) => setDone(t('data.export.done', { file: name })),
      (error: unknown) =>
        setDone(
          t('data.export.failed', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
  };
  return (
    <section class="form inset export-panel" aria-labelledby="export-title">
      <h3 id="export-title">{t('data.export.title')}</h3>
      <p class="muted small">{t('data.export.intro')}</p>
      <div class="actions">
        {CSV_EXPORTS.map((kind) => (
          <button key={kind} type="button" class="button" onClick={() => run({ kind })}>
            {t(`data.export.${kind}`)}
          </button>
        ))}
      </div>
      <div class="field-row">
        <div class="field">
          <label for="export-vcard-version">{t('data.export.vcardVersion')}</label>
          <select
            id="export-vcard-version"
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value as VCardVersion)}
          >
            <option value="4.0">4.0</option>
            <option value="3.0">3.0</option>
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={() => run({ kind: 'vcard', version })}>
          {t('data.export.vcard')}
        </button>
        <button type="button" class="button" onClick={() => run({ kind: 'ics' })}>
          {t('data.export.ics')}
        </button>
      </div>
      <p role="status" class="muted small">
        {done}
      </p>
      <div class="actions">
        <button type="button" class="button link" onClick={onClose}>
          {t('data.close')}
        </button>
      </div>
    </section>
  );
}
