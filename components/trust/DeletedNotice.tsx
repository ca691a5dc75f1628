import { formatDateTime, t } from '../../lib/i18n';

const deletedBy = (what: string, by: string | undefined, when: string) =>
  by ? t('trust.deleted.by', { what, by, when }) : t('trust.deleted.byUnknown', { what, when });

/** "26 Nov 2026, 10:42" in the interface language. */
export function formatDeletedAt(at: number): string {
  return formatDateTime(at);
}

interface Props {
  title: string;
  /** "partner", "log entry", … in the interface language. */
  what: string;
  deletedAt: number;
  deletedBy: string | undefined;
  backLabel: string;
  onRestore: () => void;
  onBack: () => void;
}

/** The page of a record someone deleted: who, when, and Restore (anyone can). */
export function DeletedNotice(props: Props) {
  return (
    <section class="detail" aria-labelledby="deleted-record-title">
      <div class="notice" role="status">
        <h2 id="deleted-record-title">{props.title}</h2>
        <p>{deletedBy(props.what, props.deletedBy, formatDeletedAt(props.deletedAt))}</p>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={props.onBack}>
          {props.backLabel}
        </button>
        <button type="button" class="button primary" onClick={props.onRestore}>
          {t('common.restore')}
        </button>
      </div>
    </section>
  );
}
