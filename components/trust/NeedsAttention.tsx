import { useState } from 'preact/hooks';
import type { CollectionName } from '../../lib/model/doc';
import type { QuarantinedRecord } from '../../lib/model/quarantine';
import { ConfirmDialog } from '../common/ConfirmDialog';

/** Every string this component shows, in one place for the coming catalogue. */
const TEXT = {
  title: 'Needs attention',
  summary: (n: number) =>
    n === 1
      ? '1 record could not be read. It is set aside and kept unchanged.'
      : `${n} records could not be read. They are set aside and kept unchanged.`,
  show: 'Show',
  hide: 'Hide',
  exportAll: 'Export all as JSON',
  exportOne: 'Export JSON',
  delete: 'Delete',
  writtenBy: 'Written by',
  unknownWriter: 'not known',
  peer: (clientId: number) => `a peer (client ${clientId})`,
  createdBy: (name: string) => `created by “${name}”`,
  confirmTitle: 'Delete this record?',
  confirmMessage: (what: string) =>
    `${what} is removed from this workspace for everyone. Undo brings it back; export it first if you want a copy.`,
} as const;

const COLLECTION_LABELS: Record<CollectionName, string> = {
  partners: 'Partner',
  people: 'Person',
  goals: 'Goal',
  checkins: 'Check-in',
  log: 'Log entry',
  followups: 'Follow-up',
  contributions: 'Contribution',
  feedback: 'Feedback',
  stories: 'Story',
  lessons: 'Lesson',
  boardColumns: 'Board column',
};

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
  const parts = record.writers.map((id) => nameOf?.(id) ?? TEXT.peer(id));
  if (record.createdBy) parts.push(TEXT.createdBy(record.createdBy));
  return parts.length ? parts.join(', ') : TEXT.unknownWriter;
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
  const describe = (record: QuarantinedRecord) =>
    `${COLLECTION_LABELS[record.collection]} “${record.label}”`;
  return (
    <section class="needs-attention" role="region" aria-labelledby="needs-attention-title">
      <div class="needs-attention-bar">
        <h2 id="needs-attention-title">{TEXT.title}</h2>
        <p class="needs-attention-summary">{TEXT.summary(records.length)}</p>
        <button
          type="button"
          class="button small"
          aria-expanded={open}
          aria-controls="needs-attention-list"
          onClick={() => setOpen(!open)}
        >
          {open ? TEXT.hide : TEXT.show}
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
                  <p class="needs-attention-problem">{record.problem}</p>
                  <p class="muted">
                    {TEXT.writtenBy}: {writerText(record, nameOf)}
                  </p>
                  <div class="actions">
                    <button
                      type="button"
                      class="button small"
                      aria-describedby={titleId}
                      onClick={() => onExport([record])}
                    >
                      {TEXT.exportOne}
                    </button>
                    <button
                      type="button"
                      class="button small danger"
                      aria-describedby={titleId}
                      onClick={() => setConfirming(record)}
                    >
                      {TEXT.delete}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <button type="button" class="button small" onClick={() => onExport(records)}>
            {TEXT.exportAll}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={TEXT.confirmTitle}
          message={TEXT.confirmMessage(describe(confirming))}
          confirmLabel={TEXT.delete}
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
