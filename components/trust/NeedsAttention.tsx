import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { RecordProblem } from '../../lib/model/problem';
import type { QuarantinedRecord } from '../../lib/model/quarantine';
import { ConfirmDialog } from '../common/ConfirmDialog';

interface Props {
  records: readonly QuarantinedRecord[];
  /** A person's name for a Yjs client id, when that peer is online now. */
  nameOf?: (clientId: number) => string | undefined;
  onExport: (records: readonly QuarantinedRecord[]) => void;
  onDelete: (record: QuarantinedRecord) => void;
  /** Start with the list open (Settings); the header notice starts closed. */
  initiallyOpen?: boolean;
}

function writerText(record: QuarantinedRecord, nameOf: Props['nameOf']): string {
  const parts = record.writers.map(
    (id) => nameOf?.(id) ?? t('trust.attention.peer', { clientId: String(id) }),
  );
  if (record.createdBy) parts.push(t('trust.attention.createdBy', { name: record.createdBy }));
  return parts.length ? parts.join(', ') : t('trust.attention.unknownWriter');
}

/** Why a record is set aside, in the reader's language (the model gives only the code). */
export function problemMessage(reason: RecordProblem): string {
  return 'values' in reason
    ? t(`trust.problem.${reason.code}`, reason.values)
    : t(`trust.problem.${reason.code}`);
}

/**
 * Records a peer wrote that cannot be read, set aside instead of breaking the panel: what each
 * is, what was wrong, who wrote it, and a way to export or delete it. Renders nothing when there
 * are none.
 */
export function NeedsAttention({ records, nameOf, onExport, onDelete, initiallyOpen }: Props) {
  const [open, setOpen] = useState(initiallyOpen ?? false);
  const [confirming, setConfirming] = useState<QuarantinedRecord | null>(null);
  if (records.length === 0) return null;
  const describe = (record: QuarantinedRecord) => {
    const kind = t(`trust.kind.${record.collection}`);
    return t('trust.attention.record', {
      kind: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
      label: record.label,
    });
  };
  return (
    <section class="needs-attention" role="region" aria-labelledby="needs-attention-title">
      <div class="needs-attention-bar">
        <h2 id="needs-attention-title">{t('trust.attention.title')}</h2>
        <p class="needs-attention-summary">
          {t('trust.attention.summary', { count: records.length })}
        </p>
        <button
          type="button"
          class="button small"
          aria-expanded={open}
          aria-controls="needs-attention-list"
          onClick={() => setOpen(!open)}
        >
          {open ? t('trust.attention.hide') : t('trust.attention.show')}
        </button>
      </div>
      {open && (
        <div id="needs-attention-list">
          <ul class="needs-attention-list">
            {records.map((record, index) => {
              const titleId = `needs-attention-${index}`;
              return (
                <li key={`${record.collection}:${record.id}`} aria-labelledby={titleId}>
                  <p class="needs-attention-record" id={titleId}>
                    {describe(record)}
                  </p>
                  <p class="needs-attention-problem">{problemMessage(record.reason)}</p>
                  <p class="muted">
                    {t('trust.attention.writtenBy', { writers: writerText(record, nameOf) })}
                  </p>
                  <div class="actions">
                    <button
                      type="button"
                      class="button small"
                      aria-describedby={titleId}
                      onClick={() => onExport([record])}
                    >
                      {t('trust.attention.exportOne')}
                    </button>
                    <button
                      type="button"
                      class="button small danger"
                      aria-describedby={titleId}
                      onClick={() => setConfirming(record)}
                    >
                      {t('common.delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <button type="button" class="button small" onClick={() => onExport(records)}>
            {t('trust.attention.exportAll')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trust.attention.confirmTitle')}
          message={t('trust.attention.confirmMessage', { what: describe(confirming) })}
          confirmLabel={t('common.delete')}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            onDelete(confirming);
            setConfirming(null);
          }}
        />
      )}
    </section>
  );
}
