import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
}

/** The first step of an import: a file, or rows pasted from a spreadsheet. */
export function ImportChoose({ onFile, onPaste }: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <>
      <div class="field">
        <label for="import-file">{t('data.import.file')}</label>
        <input
          id="import-file"
          type="file"
          aria-describedby="import-file-hint"
          accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard,text/plain"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }}
        />
        <p class="hint" id="import-file-hint">
          {t('data.import.fileHint')}
        </p>
      </div>
      <div class="field">
        <label for="import-paste">{t('data.import.paste')}</label>
        <textarea
          id="import-paste"
          rows={4}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={!pasted.trim()}
          onClick={() => onPaste(pasted)}
        >
          {t('data.import.read')}
        </button>
      </div>
    </>
  );
}
