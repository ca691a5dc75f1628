import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ColumnMapping, ImportField } from '../../lib/model/csv-mapping';
import type { CsvTable } from '../../lib/model/csv-table';
import type {
  DuplicateChoice,
  ImportPlan,
  ImportSummary,
  RowError,
} from '../../lib/model/import-plan';
import { ImportChoose } from './ImportChoose';
import { ImportMapping } from './ImportMapping';
import { ImportPreview } from './ImportPreview';
import { ImportResult } from './ImportResult';

/** The import flow's state and actions (lib/state/data-import.ts `ImportFlow`). */
export interface ImportFlowView {
  step: ReadonlySignal<'choose' | 'busy' | 'mapping' | 'preview' | 'done'>;
  busy: ReadonlySignal<{ label: string; progress: number } | null>;
  error: ReadonlySignal<string | null>;
  found: ReadonlySignal<string>;
  table: ReadonlySignal<CsvTable | null>;
  mapping: ReadonlySignal<ColumnMapping>;
  plan: ReadonlySignal<ImportPlan | null>;
  choices: ReadonlySignal<ReadonlyMap<string, DuplicateChoice>>;
  result: ReadonlySignal<{ summary: ImportSummary; errors: RowError[]; safety: boolean } | null>;
  readFile: (file: File) => Promise<void>;
  readText: (text: string) => Promise<void>;
  setField: (column: number, field: ImportField) => void;
  preview: () => Promise<void>;
  choose: (key: string, choice: DuplicateChoice) => void;
  chooseAll: (choice: DuplicateChoice) => void;
  back: () => void;
  confirm: () => Promise<void>;
  reset: () => void;
}

interface Props {
  flow: ImportFlowView;
  onClose: () => void;
}

const STEP_TITLES = {
  choose: 'data.import.title',
  busy: 'data.import.title',
  mapping: 'data.mapping.title',
  preview: 'data.preview.title',
  done: 'data.import.title',
} as const;

/** Settings → Import: choose a file, check the columns, preview, import, see the result. */
export function ImportPanel({ flow, onClose }: Props) {
  const step = flow.step.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step opens at its heading, so keyboard and screen reader users start at the top of it.
  useEffect(() => heading.current?.focus(), [step]);
  const busy = flow.busy.value;
  const table = flow.table.value;
  const plan = flow.plan.value;
  const result = flow.result.value;
  const error = flow.error.value;
  return (
    <section class="form inset import-panel" aria-labelledby="import-title">
      <h3 id="import-title" tabIndex={-1} ref={heading}>
        {t(STEP_TITLES[step])}
      </h3>
      {flow.found.value && step !== 'choose' && <p class="muted small">{flow.found.value}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {step === 'choose' && (
        <ImportChoose
          onFile={(file) => void flow.readFile(file)}
          onPaste={(text) => void flow.readText(text)}
        />
      )}
      {step === 'busy' && busy && (
        <div class="field">
          <label for="import-progress">{busy.label}</label>
          <progress id="import-progress" max={1} value={busy.progress} />
        </div>
      )}
      {step === 'mapping' && table && (
        <>
          <ImportMapping
            table={table}
            mapping={flow.mapping.value}
            onField={(column, field) => flow.setField(column, field)}
          />
          <div class="actions">
            <button type="button" class="button primary" onClick={() => void flow.preview()}>
              {t('data.mapping.preview')}
            </button>
            <button type="button" class="button" onClick={() => flow.reset()}>
              {t('data.import.cancel')}
            </button>
          </div>
        </>
      )}
      {step === 'preview' && plan && (
        <>
          <ImportPreview
            plan={plan}
            choices={flow.choices.value}
            onChoose={(key, choice) => flow.choose(key, choice)}
            onChooseAll={(choice) => flow.chooseAll(choice)}
          />
          {plan.validRows === 0 && <p>{t('data.preview.nothing')}</p>}
          <div class="actions">
            <button
              type="button"
              class="button primary"
              disabled={plan.validRows === 0}
              onClick={() => void flow.confirm()}
            >
              {t('data.preview.confirm')}
            </button>
            <button type="button" class="button" onClick={() => flow.back()}>
              {t('data.preview.back')}
            </button>
          </div>
        </>
      )}
      {step === 'done' && result && (
        <>
          <ImportResult summary={result.summary} errors={result.errors} safety={result.safety} />
          <div class="actions">
            <button type="button" class="button" onClick={() => flow.reset()}>
              {t('data.result.again')}
            </button>
          </div>
        </>
      )}
      <div class="actions">
        <button type="button" class="button link" onClick={onClose}>
          {t('data.close')}
        </button>
      </div>
    </section>
  );
}
