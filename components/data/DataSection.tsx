import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { ExportPanel, type ExportRequest } from './ExportPanel';
import { ImportPanel, type ImportFlowView } from './ImportPanel';

interface Props {
  flow: ImportFlowView;
  onExport: (request: ExportRequest) => string | Promise<string>;
}

/** Settings → Your data: `Import` and `Export`, each opening its panel below. */
export function DataSection({ flow, onExport }: Props) {
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const toggle = (panel: 'import' | 'export') => {
    if (panel === 'import' && open !== 'import') flow.reset();
    setOpen(open === panel ? null : panel);
  };
  return (
    <section class="form data-section" aria-labelledby="data-io-title">
      <h2 id="data-io-title">{t('data.title')}</h2>
      <p class="muted small">{t('data.intro')}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-expanded={open === 'import'}
          onClick={() => toggle('import')}
        >
          {t('data.import')}
        </button>
        <button
          type="button"
          class="button"
          aria-expanded={open === 'export'}
          onClick={() => toggle('export')}
        >
          {t('data.export')}
        </button>
      </div>
      {open === 'import' && <ImportPanel flow={flow} onClose={() => setOpen(null)} />}
      {open === 'export' && <ExportPanel onExport={onExport} onClose={() => setOpen(null)} />}
    </section>
  );
}
